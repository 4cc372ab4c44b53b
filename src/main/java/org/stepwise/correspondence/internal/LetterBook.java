package org.stepwise.correspondence.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.stepwise.audit.AuditAction;
import org.stepwise.audit.AuditLog;
import org.stepwise.correspondence.Channel;
import org.stepwise.correspondence.LetterView;
import org.stepwise.person.PersonId;
import org.stepwise.referral.ReferralId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes letters from templates and renders stored letters again exactly as they were made: the
 * template version and the inputs are kept with each letter.
 */
@Component
public class LetterBook {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  /** An email's parts. */
  public record Email(String subject, String text, String html) {}

  /** Who a new letter goes to, and how. */
  public record Recipient(String name, String email, List<String> address, Channel preferred) {

    /** Email when asked for and possible; post when there is an address; else null. */
    Channel channel() {
      boolean hasEmail = email != null && !email.isBlank();
      boolean hasAddress = address != null && !address.isEmpty();
      if (preferred == Channel.EMAIL && hasEmail || !hasAddress && hasEmail) {
        return Channel.EMAIL;
      }
      return hasAddress ? Channel.POST : null;
    }
  }

  private final LetterRepository letters;
  private final TemplateStore templates;
  private final LetterRenderer renderer;
  private final AuditLog auditLog;
  private final Clock clock;

  LetterBook(
      LetterRepository letters,
      TemplateStore templates,
      LetterRenderer renderer,
      AuditLog auditLog,
      Clock clock) {
    this.letters = letters;
    this.templates = templates;
    this.renderer = renderer;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /**
   * Makes a letter from the template's current version, unless one with the same key exists (events
   * can arrive twice; letters must not). When {@code heldReason} is given, or the recipient has no
   * way to be reached, the letter is kept but held, with the reason.
   *
   * @return the letter, new or existing
   */
  public Letter make(
      String idempotencyKey,
      java.util.UUID personId,
      java.util.UUID referralId,
      String templateKey,
      Recipient recipient,
      Map<String, String> inputs,
      String heldReason) {
    var existing = letters.findByIdempotencyKey(idempotencyKey);
    if (existing.isPresent()) {
      return existing.get();
    }
    var version =
        templates
            .current(templateKey)
            .orElseThrow(() -> new IllegalStateException("No template " + templateKey));
    var allInputs = new HashMap<>(renderer.serviceInputs());
    allInputs.putAll(inputs);
    allInputs.putIfAbsent("recipientName", recipient.name());
    allInputs.putIfAbsent("today", LONG_DATE.format(clock.instant().atZone(LONDON)));
    var rendered = renderer.render(version.subject(), version.body(), allInputs);
    var channel = recipient.channel();
    var draft =
        new Letter.Draft(
            personId,
            referralId,
            templateKey,
            version.id(),
            version.audience(),
            recipient.name(),
            blankToNull(recipient.email()),
            recipient.address() == null || recipient.address().isEmpty()
                ? null
                : String.join("\n", recipient.address()),
            channel == null ? Channel.POST : channel,
            JSON.writeValueAsString(allInputs),
            rendered.subject(),
            idempotencyKey);
    String reason =
        heldReason != null
            ? heldReason
            : channel == null
                ? "There is no email address or postal address for " + recipient.name() + "."
                : null;
    var letter =
        letters.save(
            reason == null ? Letter.ready(draft, clock.instant()) : Letter.held(draft, reason));
    auditLog.record(
        AuditAction.CREATE, "letter", letter.letterId().id(), templateKey + " " + letter.status());
    return letter;
  }

  /** The letter's words, rendered again from its template version and inputs. */
  public LetterRenderer.Rendered words(Letter letter) {
    var version = templates.version(letter.templateVersionId()).orElseThrow();
    return renderer.render(version.subject(), version.body(), inputs(letter));
  }

  public Email email(Letter letter) {
    var words = words(letter);
    var html = renderer.html(words, letter.recipientName(), List.of(), date(letter));
    var text =
        String.join("\n\n", words.paragraphs())
            + "\n\n"
            + renderer.serviceInputs().get("organisation");
    return new Email(words.subject(), text, html);
  }

  public String html(Letter letter) {
    return renderer.html(words(letter), letter.recipientName(), address(letter), date(letter));
  }

  public byte[] pdf(List<Letter> batch) {
    return renderer.pdf(batch.stream().map(this::html).toList());
  }

  public LetterView view(Letter letter) {
    var version = templates.version(letter.templateVersionId()).orElseThrow();
    var words = renderer.render(version.subject(), version.body(), inputs(letter));
    return new LetterView(
        letter.letterId(),
        new PersonId(letter.personId()),
        letter.referralId() == null ? null : new ReferralId(letter.referralId()),
        letter.templateKey(),
        version.name(),
        version.number(),
        letter.audience(),
        letter.recipientName(),
        letter.recipientEmail(),
        address(letter),
        letter.channel(),
        letter.status(),
        letter.heldReason(),
        words.subject(),
        words.paragraphs(),
        letter.attempts(),
        letter.lastError(),
        letter.createdAt(),
        letter.sentAt(),
        letter.postedAt());
  }

  /** The inputs the letter was made with. */
  public Map<String, String> inputs(Letter letter) {
    return JSON.readValue(letter.inputs(), new TypeReference<Map<String, String>>() {});
  }

  private String date(Letter letter) {
    return inputs(letter).getOrDefault("today", "");
  }

  private static List<String> address(Letter letter) {
    return letter.recipientAddress() == null
        ? List.of()
        : Arrays.asList(letter.recipientAddress().split("\n"));
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
