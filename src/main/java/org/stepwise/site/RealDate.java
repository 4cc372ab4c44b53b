package org.stepwise.site;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link DateField} holds a real date (between {@link DateField#EARLIEST} and {@link
 * DateField#LATEST}). Blank passes unless {@link #missing} names a message: then the date is
 * required and blank gets that message.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = RealDate.Check.class)
public @interface RealDate {

  /** The message when the boxes do not make a real date. */
  String message() default "{date.real}";

  /** The message when the date is required and blank; empty when the date is optional. */
  String missing() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks one date field. */
  class Check implements ConstraintValidator<RealDate, DateField> {

    private String missing;

    @Override
    public void initialize(RealDate annotation) {
      missing = annotation.missing();
    }

    @Override
    public boolean isValid(DateField value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        if (missing.isEmpty()) {
          return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(missing).addConstraintViolation();
        return false;
      }
      return value.toDate() != null;
    }
  }
}
