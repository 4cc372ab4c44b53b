package org.stepwise.correspondence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.correspondence.internal.LetterRenderer;
import org.stepwise.correspondence.internal.TemplateStore;
import org.stepwise.site.EditConflict;
import org.stepwise.site.RecordNotFound;

/**
 * Administrators edit letter templates. Each save adds a version; letters already made keep the
 * version they were made from. A preview fills the template with made-up details.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class LetterTemplates {

  /** The longest subject, in characters. */
  public static final int MAX_SUBJECT = 200;

  /** The longest wording, in characters. */
  public static final int MAX_BODY = 10_000;

  /** The names a template can use, with made-up values for previews. */
  public static final Map<String, String> PREVIEW_INPUTS =
      Map.ofEntries(
          Map.entry("recipientName", "Dr Rachel Okafor"),
          Map.entry("personName", "Aisha Rahman"),
          Map.entry("personFirstName", "Aisha"),
          Map.entry("reference", "SW-7K3D-9QX2"),
          Map.entry("serviceName", "MS job retention (neurology)"),
          Map.entry("receivedOn", "3 November 2026"),
          Map.entry(
              "declineReason",
              "The service is for people in work; we have sent details of the IPS service."),
          Map.entry("reviewDate", "2 March 2027"),
          Map.entry("stepName", "brief vocational advice, often by phone"),
          Map.entry("waitTargetWeeks", "4"),
          Map.entry("outcome", "went back to work after time off"),
          Map.entry(
              "summary",
              "Their worker's summary: back three days a week with a later start; she knows to call us if things change."),
          Map.entry("appointmentDate", "Monday 7 December 2026"),
          Map.entry("appointmentTime", "2:30pm"),
          Map.entry("minutes", "45"),
          Map.entry("how", "in person, at Riverside Health Centre, room 4"),
          Map.entry("workerName", "Priya Shah"),
          Map.entry("change", ""),
          Map.entry("today", "30 November 2026"));

  private final TemplateStore templates;
  private final LetterRenderer renderer;
  private final AuditLog auditLog;

  LetterTemplates(TemplateStore templates, LetterRenderer renderer, AuditLog auditLog) {
    this.templates = templates;
    this.renderer = renderer;
    this.auditLog = auditLog;
  }

  @Transactional(readOnly = true)
  public List<TemplateView> current() {
    return templates.currentVersions().stream().map(LetterTemplates::view).toList();
  }

  @Transactional(readOnly = true)
  public Optional<TemplateView> current(String key) {
    return templates.current(key).map(LetterTemplates::view);
  }

  /** Every version, newest first. */
  @Transactional(readOnly = true)
  public List<TemplateView> history(String key) {
    return templates.history(key).stream().map(LetterTemplates::view).toList();
  }

  /**
   * The letter as it would look with made-up details.
   *
   * @throws TemplateMistake when the subject or the body is not well formed
   */
  public Preview preview(String subject, String body) {
    var inputs = new java.util.HashMap<>(renderer.serviceInputs());
    inputs.putAll(PREVIEW_INPUTS);
    var rendered = renderer.render(subject, body, inputs);
    return new Preview(
        rendered.subject(), rendered.paragraphs(), ReadingAge.of(rendered.paragraphs()));
  }

  /**
   * Saves a new version after checking it renders.
   *
   * @param readAt the version the wording was read at
   * @throws RecordNotFound when there is no such template
   * @throws EditConflict when someone saved another version since {@code readAt}
   * @throws TemplateMistake when the subject or the body is not well formed
   */
  @Transactional
  public TemplateView save(String key, Long readAt, String subject, String body) {
    var current = templates.current(key).orElseThrow(() -> new RecordNotFound("letter template"));
    EditConflict.check(readAt, current.number());
    preview(subject, body);
    var by = SecurityContextHolder.getContext().getAuthentication().getName();
    TemplateStore.Version saved;
    try {
      saved = templates.addVersion(key, subject.trim(), body.trim(), by);
    } catch (DuplicateKeyException sameTime) {
      // Another save of the same version committed between the check and the insert.
      throw new EditConflict(readAt, current.number() + 1);
    }
    auditLog.record(
        AuditAction.UPDATE, "letter-template", saved.templateId(), "version " + saved.number());
    return view(saved);
  }

  /** A rendered preview, with its estimated reading age ({@link ReadingAge}). */
  public record Preview(String subject, List<String> paragraphs, int readingAge) {}

  private static TemplateView view(TemplateStore.Version v) {
    return new TemplateView(
        v.key(), v.name(), v.audience(), v.description(), v.number(), v.subject(), v.body());
  }
}
