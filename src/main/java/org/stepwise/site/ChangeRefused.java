package org.stepwise.site;

import java.util.Arrays;
import org.springframework.validation.BindingResult;

/**
 * A rule of a record refused a change: an illegal transition, a full caseload, a date on the wrong
 * side of today. Thrown by aggregates and services; it carries a message key from {@code
 * messages.properties} (never English text), its arguments, and the form field it is about, if any.
 *
 * <p>A controller that shows a form catches it and calls {@link #addTo(BindingResult)}, so the
 * message appears in the error summary and beside the field with everything typed kept. Anything
 * not caught is shown by the site's error page with the same message and status 409.
 */
public class ChangeRefused extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  /** A refusal about the whole form (shown in the error summary only). */
  public ChangeRefused(String messageKey, Object... arguments) {
    this(null, messageKey, arguments);
  }

  /** A refusal about one field, for subclasses that name a particular rule. */
  protected ChangeRefused(String field, String messageKey, Object... arguments) {
    super(messageKey);
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments == null ? new Object[0] : arguments.clone();
  }

  /** A refusal about one field of the form that asked for the change. */
  public static ChangeRefused onField(String field, String messageKey, Object... arguments) {
    return new ChangeRefused(field, messageKey, arguments);
  }

  /** The form field this is about, or null when it is about the whole change. */
  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return Arrays.copyOf(arguments, arguments.length);
  }

  /** Adds this refusal to a form's binding result, beside its field if it names one. */
  public void addTo(BindingResult result) {
    if (field != null && result.getFieldError(field) == null) {
      result.rejectValue(field, messageKey, arguments, messageKey);
    } else if (field == null) {
      result.reject(messageKey, arguments, messageKey);
    }
  }

  /**
   * Makes a change a form asks for, unless the form already has errors; a rule the change refuses
   * joins them, beside its field. The controller shows the form again when this is false:
   *
   * <pre>{@code
   * if (ChangeRefused.tryChange(result, () -> notes.add(id, form.toNewNote()))) {
   *   redirect.addFlashAttribute("done", ...);
   *   return "redirect:/cases/" + id;
   * }
   * return show(id, form, ErrorSummary.of(result, ...), model);
   * }</pre>
   *
   * @return true when the change was made
   */
  public static boolean tryChange(BindingResult result, Runnable change) {
    if (result.hasErrors()) {
      return false;
    }
    try {
      change.run();
      return true;
    } catch (ChangeRefused refused) {
      refused.addTo(result);
      return false;
    }
  }
}
