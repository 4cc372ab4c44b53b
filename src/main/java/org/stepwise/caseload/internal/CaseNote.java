package org.stepwise.caseload.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.caseload.ContactType;
import org.stepwise.caseload.Topic;
import org.stepwise.site.ChangeRefused;

/** A note of one contact: quick structured fields plus free text. */
@Table("case_note")
public class CaseNote {

  /** The longest contact a note can record: ten hours. */
  public static final int MAX_MINUTES = 600;

  /** The longest note text. */
  public static final int MAX_TEXT = 10_000;

  @Id private final UUID id;
  private final UUID organisationId;
  private final UUID careCaseId;
  private final ContactType contactType;
  private final Integer minutes;
  private final Set<Topic> topics;
  private final String text;
  private final LocalDate contactOn;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  CaseNote(
      UUID id,
      UUID organisationId,
      UUID careCaseId,
      ContactType contactType,
      Integer minutes,
      Set<Topic> topics,
      String text,
      LocalDate contactOn) {
    this.id = id;
    this.organisationId = organisationId;
    this.careCaseId = careCaseId;
    this.contactType = contactType;
    this.minutes = minutes;
    this.topics = topics;
    this.text = text;
    this.contactOn = contactOn;
  }

  /**
   * @throws ChangeRefused without a contact type, with neither topics nor text, a length outside 1
   *     to 600 minutes, or a date in the future
   */
  public static CaseNote write(
      UUID caseId,
      ContactType type,
      Integer minutes,
      Set<Topic> topics,
      String text,
      LocalDate on,
      LocalDate today) {
    if (type == null) {
      throw ChangeRefused.onField("contactType", "note.contactType.required");
    }
    if ((topics == null || topics.isEmpty()) && (text == null || text.isBlank())) {
      throw ChangeRefused.onField("text", "note.topicsOrText.required");
    }
    if (minutes != null && (minutes < 1 || minutes > MAX_MINUTES)) {
      throw ChangeRefused.onField("minutes", "note.minutes.range");
    }
    if (text != null && text.length() > MAX_TEXT) {
      throw ChangeRefused.onField("text", "note.text.size");
    }
    if (on == null || on.isAfter(today)) {
      throw ChangeRefused.onField("on", "note.on.future");
    }
    return new CaseNote(
        UUID.randomUUID(),
        null,
        caseId,
        type,
        minutes,
        topics == null || topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics),
        text == null || text.isBlank() ? null : text.trim(),
        on);
  }

  /** Whether the other says exactly what this one does: the same note, written twice. */
  public boolean saysTheSameAs(CaseNote other) {
    return careCaseId.equals(other.careCaseId)
        && contactType == other.contactType
        && java.util.Objects.equals(minutes, other.minutes)
        && topics.equals(other.topics)
        && java.util.Objects.equals(text, other.text)
        && contactOn.equals(other.contactOn);
  }

  public UUID id() {
    return id;
  }

  public UUID caseId() {
    return careCaseId;
  }

  public ContactType contactType() {
    return contactType;
  }

  public Integer minutes() {
    return minutes;
  }

  public Set<Topic> topics() {
    return topics == null ? Set.of() : Set.copyOf(topics);
  }

  public String text() {
    return text;
  }

  public LocalDate contactOn() {
    return contactOn;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
