package org.stepwise.correspondence.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.stepwise.correspondence.LetterTemplates;
import org.stepwise.correspondence.TemplateView;

/**
 * A letter template's wording as typed.
 *
 * @param action {@code preview} to see it filled in with made-up details, anything else to save
 * @param version the template's version number when the form was read
 */
record TemplateForm(
    @NotBlank(message = "{template.subject.required}")
        @Size(max = LetterTemplates.MAX_SUBJECT, message = "{template.subject.size}")
        String subject,
    @NotBlank(message = "{template.body.required}")
        @Size(max = LetterTemplates.MAX_BODY, message = "{template.body.size}")
        String body,
    String action,
    Long version) {

  static final List<String> FIELD_ORDER = List.of("subject", "body");

  static TemplateForm of(TemplateView current) {
    return new TemplateForm(current.subject(), current.body(), null, (long) current.version());
  }

  boolean previewOnly() {
    return "preview".equals(action);
  }

  /** The same words, to be sent again against the given version. */
  TemplateForm atVersion(long number) {
    return new TemplateForm(subject, body, action, number);
  }
}
