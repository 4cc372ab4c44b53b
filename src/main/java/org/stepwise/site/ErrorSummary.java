package org.stepwise.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The GOV.UK error summary and the message beside each field: one message per field in error, in
 * the order the fields appear on the page, each linking to its field. Put it in the model as {@code
 * errors}; the {@code form} fragments read it.
 */
public final class ErrorSummary {

  /** One message, linking to the element with id {@code target}. */
  public record Entry(String field, String target, String message) {}

  private final List<Entry> entries;
  private final Map<String, String> byField;

  private ErrorSummary(List<Entry> entries) {
    this.entries = List.copyOf(entries);
    this.byField = new LinkedHashMap<>();
    entries.forEach(entry -> byField.putIfAbsent(entry.field(), entry.message()));
  }

  /** No errors: for the first showing of a form. */
  public static ErrorSummary none() {
    return new ErrorSummary(List.of());
  }

  /** Errors a controller worked out itself, in page order. */
  public static ErrorSummary of(List<Entry> entries) {
    return new ErrorSummary(entries);
  }

  /** One error, for forms with a single question. */
  public static ErrorSummary single(String field, String target, String message) {
    return new ErrorSummary(List.of(new Entry(field, target, message)));
  }

  /**
   * @param fieldOrder field names in page order; a field named {@code x} links to the element with
   *     id {@code x}, or to another element written as {@code "x=x-day"}
   */
  public static ErrorSummary of(
      BindingResult result, MessageSource messages, Locale locale, List<String> fieldOrder) {
    var entries = new ArrayList<Entry>();
    for (String spec : fieldOrder) {
      int split = spec.indexOf('=');
      String field = split < 0 ? spec : spec.substring(0, split);
      String target = split < 0 ? spec : spec.substring(split + 1);
      FieldError error = result.getFieldError(field);
      if (error != null) {
        entries.add(new Entry(field, target, messages.getMessage(error, locale)));
      }
    }
    for (var error : result.getGlobalErrors()) {
      entries.add(new Entry("", "main-content", messages.getMessage(error, locale)));
    }
    return new ErrorSummary(entries);
  }

  /** The same errors with some messages replaced, e.g. to address the reader as "you". */
  public ErrorSummary reworded(java.util.function.UnaryOperator<String> rewording) {
    return new ErrorSummary(
        entries.stream()
            .map(e -> new Entry(e.field(), e.target(), rewording.apply(e.message())))
            .toList());
  }

  public List<Entry> entries() {
    return entries;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The message for a field, or null when the field is fine. */
  public String messageFor(String field) {
    return byField.get(field);
  }
}
