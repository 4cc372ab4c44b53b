package org.stepwise.site;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Small checks that form records share: reading a choice or several, a whole number (in a range),
 * blank text, and adding an error to a field. For the checks in a form record's {@code check}
 * method; see {@code docs/forms.md}.
 */
public final class FormValues {

  private FormValues() {}

  /** The enum value named, or empty for blank or nonsense. */
  public static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value) {
    if (blank(value)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, value.trim()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The enum values named; empty when any is nonsense. */
  public static <E extends Enum<E>> Optional<Set<E>> choices(Class<E> type, List<String> values) {
    var chosen = EnumSet.noneOf(type);
    for (String value : values == null ? List.<String>of() : values) {
      var one = choice(type, value);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      chosen.add(one.get());
    }
    return Optional.of(chosen);
  }

  /** A whole number typed, or null when blank or not a whole number. */
  public static Integer wholeNumber(String value) {
    if (blank(value)) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** True when the value is a whole number from {@code min} to {@code max}. */
  public static boolean inRange(String value, int min, int max) {
    var number = wholeNumber(value);
    return number != null && number >= min && number <= max;
  }

  public static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  /** Text as stored: trimmed, or null when blank. */
  public static String text(String value) {
    return blank(value) ? null : value.trim();
  }

  /** Adds an error to a field unless it has one already. */
  public static void reject(BindingResult result, String field, String code, Object... arguments) {
    if (result.getFieldError(field) == null) {
      result.addError(
          new FieldError(
              result.getObjectName(), field, null, false, new String[] {code}, arguments, code));
    }
  }
}
