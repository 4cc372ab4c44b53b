package org.stepwise.staff.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.site.ChangeRefused;

/**
 * One worker covering another's caseload until a date (inclusive), arranged by a manager; it can be
 * ended early.
 */
@Table("caseload_cover")
public class Cover {

  @Id private final UUID id;
  private final String covered;
  private final String covering;
  private final LocalDate until;
  private Instant endedAt;
  private String endedBy;
  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  Cover(UUID id, String covered, String covering, LocalDate until) {
    this.id = id;
    this.covered = covered;
    this.covering = covering;
    this.until = until;
  }

  public static Cover arrange(String covered, String covering, LocalDate until, LocalDate today) {
    if (covered.equalsIgnoreCase(covering)) {
      throw ChangeRefused.onField("covering", "cover.covering.same");
    }
    if (until.isBefore(today)) {
      throw ChangeRefused.onField("until", "cover.until.past");
    }
    if (until.isAfter(today.plusYears(1))) {
      throw ChangeRefused.onField("until", "cover.until.tooFar");
    }
    return new Cover(UUID.randomUUID(), covered, covering, until);
  }

  public void end(Instant at, String by) {
    if (endedAt != null) {
      throw new ChangeRefused("cover.alreadyEnded");
    }
    this.endedAt = at;
    this.endedBy = by;
  }

  public UUID id() {
    return id;
  }

  public String covered() {
    return covered;
  }

  public String covering() {
    return covering;
  }

  public LocalDate until() {
    return until;
  }

  public String createdBy() {
    return createdBy;
  }
}
