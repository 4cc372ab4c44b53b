package org.stepwise.caseload.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.validation.BindingResult;
import org.stepwise.caseload.CaseNotes;
import org.stepwise.caseload.ContactType;
import org.stepwise.caseload.Topic;
import org.stepwise.site.DateField;
import org.stepwise.site.FormValues;
import org.stepwise.site.RealDate;

/**
 * A case note exactly as typed.
 *
 * @param contactType a {@link ContactType} name
 * @param minutes the length of the contact, optional, in whole minutes
 * @param topics {@link Topic} names
 * @param on the day of the contact, optional (today when blank)
 */
record NoteForm(
    @NotBlank(message = "{note.contactType.required}") String contactType,
    @RealDate(message = "{note.on.real}") DateField on,
    @Pattern(regexp = "\\s*\\d{0,6}\\s*", message = "{note.minutes.number}") String minutes,
    List<String> topics,
    @Size(max = CaseNotes.MAX_TEXT, message = "{note.text.size}") String text) {

  static final List<String> FIELD_ORDER =
      List.of("contactType", "on=on-day", "minutes", "topics", "text");

  static NoteForm empty() {
    return new NoteForm("", DateField.empty(), "", List.of(), "");
  }

  public List<String> selectedTopics() {
    return topics == null ? List.of() : topics;
  }

  /**
   * Adds errors for a contact type or topic not on the list, the length, the date and no content.
   */
  void check(BindingResult result, LocalDate today) {
    if (!FormValues.blank(contactType)
        && FormValues.choice(ContactType.class, contactType).isEmpty()) {
      FormValues.reject(result, "contactType", "note.contactType.required");
    }
    var length = FormValues.wholeNumber(minutes);
    if (length != null && (length < 1 || length > CaseNotes.MAX_MINUTES)) {
      FormValues.reject(result, "minutes", "note.minutes.range");
    }
    if (FormValues.choices(Topic.class, topics).isEmpty()) {
      FormValues.reject(result, "topics", "note.topics.real");
    }
    var day = DateField.dateIn(on);
    if (day != null && day.isAfter(today)) {
      FormValues.reject(result, "on", "note.on.future");
    }
    if (selectedTopics().isEmpty() && FormValues.blank(text)) {
      FormValues.reject(result, "text", "note.topicsOrText.required");
    }
  }

  /** The note to save; call only when {@link #check} found nothing. */
  CaseNotes.NewNote toNewNote() {
    return new CaseNotes.NewNote(
        FormValues.choice(ContactType.class, contactType).orElse(null),
        FormValues.wholeNumber(minutes),
        FormValues.choices(Topic.class, topics).orElseThrow(),
        FormValues.text(text),
        DateField.dateIn(on));
  }
}
