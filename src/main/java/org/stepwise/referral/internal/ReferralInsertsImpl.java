package org.stepwise.referral.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link ReferralInserts} with {@link JdbcClient}; found by Spring Data by its name. The audit
 * columns come from the same {@link AuditorAware} and {@link DateTimeProvider} as Spring Data's.
 */
class ReferralInsertsImpl implements ReferralInserts {

  private final JdbcClient jdbc;
  private final AuditorAware<String> auditor;
  private final DateTimeProvider clock;
  private final ApplicationEventPublisher events;

  ReferralInsertsImpl(
      JdbcClient jdbc,
      AuditorAware<String> auditor,
      DateTimeProvider clock,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.auditor = auditor;
    this.clock = clock;
    this.events = events;
  }

  @Override
  public void insert(Referral fresh) {
    if (!fresh.overrides().isEmpty() || fresh.transitions().size() != 1) {
      throw new IllegalArgumentException("Only a referral just received can be inserted");
    }
    Instant now = Instant.from(clock.getNow().orElseThrow());
    String by = auditor.getCurrentAuditor().orElse("system");
    jdbc.sql(
            """
        insert into referral (id, reference, person_id, programme_id, source, channel, conditions,
          other_condition, employment_status, weeks_off_work, employer, gp_practice, reason,
          consent_to_contact, status, received_at, status_changed_at, referred_by, person_choice,
          possible_duplicate_of, created_at, created_by, updated_at, updated_by, version)
        values (:id, :reference, :person, :programme, :source, :channel, :conditions,
          :otherCondition, :employment, :weeksOff, :employer, :gp, :reason,
          :consentToContact, :status, :receivedAt, :statusChangedAt, :referredBy, :choice,
          :duplicateOf, :at, :by, :at, :by, 0)""")
        .param("id", fresh.referralId().id())
        .param("reference", fresh.reference())
        .param("person", fresh.personId().id())
        .param("programme", fresh.programmeId().id())
        .param("source", fresh.source().name())
        .param("channel", fresh.channel().name())
        .param(
            "conditions",
            fresh.conditions().stream().sorted().map(Enum::name).toArray(String[]::new))
        .param("otherCondition", fresh.otherCondition())
        .param("employment", fresh.employmentStatus().name())
        .param("weeksOff", fresh.weeksOffWork())
        .param("employer", fresh.employer())
        .param("gp", fresh.gpPractice())
        .param("reason", fresh.reason())
        .param("consentToContact", fresh.consentToContact())
        .param("status", fresh.status().name())
        .param("receivedAt", Timestamp.from(fresh.receivedAt()))
        .param("statusChangedAt", Timestamp.from(fresh.statusChangedAt()))
        .param("referredBy", fresh.referredBy())
        .param("choice", fresh.personChoice().name())
        .param(
            "duplicateOf",
            fresh.possibleDuplicateOf() == null ? null : fresh.possibleDuplicateOf().id())
        .param("at", Timestamp.from(now))
        .param("by", by)
        .update();
    int position = 0;
    for (var transition : fresh.transitions()) {
      jdbc.sql(
              """
          insert into referral_transition (referral_id, position, from_status, to_status, at, by_user, note,
            created_at, created_by) values (:referral, :position, :from, :to, :at, :by, :note, :now, :creator)""")
          .param("referral", fresh.referralId().id())
          .param("position", position++)
          .param("from", transition.fromStatus() == null ? null : transition.fromStatus().name())
          .param("to", transition.toStatus().name())
          .param("at", Timestamp.from(transition.at()))
          .param("by", transition.byUser())
          .param("note", transition.note())
          .param("now", Timestamp.from(now))
          .param("creator", by)
          .update();
    }
    position = 0;
    for (var note : fresh.notes()) {
      jdbc.sql(
              """
          insert into referral_note (referral_id, position, text, at, by_user, created_at, created_by)
          values (:referral, :position, :text, :at, :by, :now, :creator)""")
          .param("referral", fresh.referralId().id())
          .param("position", position++)
          .param("text", note.text())
          .param("at", Timestamp.from(note.at()))
          .param("by", note.byUser())
          .param("now", Timestamp.from(now))
          .param("creator", by)
          .update();
    }
    for (Object event : new ArrayList<>(fresh.pendingEvents())) {
      events.publishEvent(event);
    }
    fresh.eventsPublished();
  }
}
