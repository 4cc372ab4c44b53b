package org.stepwise.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.stepwise.StepwiseIntegrationTest;
import org.stepwise.person.PersonId;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.referral.ReferralChannel;
import org.stepwise.referral.ReferralReceived;
import org.stepwise.referral.ReferralSource;

/** The plain-SQL insert of a new referral writes what Spring Data JDBC's save would. */
@StepwiseIntegrationTest
@RecordApplicationEvents
class ReferralInsertsIT {

  @Autowired ReferralRepository referrals;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationEvents events;

  private static Referral fresh(UUID person, Instant now) {
    var referral =
        Referral.receive(
            new Referral.Intake(
                new PersonId(person),
                new ProgrammeId(UUID.randomUUID()),
                ReferralSource.GP,
                ReferralChannel.ELECTRONIC,
                EnumSet.of(Condition.MULTIPLE_SCLEROSIS, Condition.OTHER),
                "Fibromyalgia",
                EmploymentStatus.EMPLOYED_OFF_SICK,
                6,
                "Acme Ltd",
                "Riverside Surgery",
                "Struggling at work",
                true,
                "demo-gp-system"),
            now);
    referral.addNote("Sent electronically for Dr A Patel", "demo-gp-system", now);
    return referral;
  }

  private Map<String, Object> row(String sql, UUID id) {
    var row = new java.util.TreeMap<>(jdbc.sql(sql).param("id", id).query().singleRow());
    for (var column :
        new String[] {
          "id",
          "reference",
          "person_id",
          "programme_id",
          "referral_id",
          "created_at",
          "updated_at",
          "received_at",
          "status_changed_at",
          "at"
        }) {
      row.remove(column);
    }
    row.computeIfPresent("conditions", (column, value) -> value.toString());
    return row;
  }

  @Test
  void insertWritesTheRowsSaveWouldAndPublishesTheEvent() {
    var now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    var inserted = fresh(UUID.randomUUID(), now);
    transactions.executeWithoutResult(status -> referrals.insert(inserted));
    var saved = transactions.execute(status -> referrals.save(fresh(UUID.randomUUID(), now)));

    for (var table :
        new String[] {
          "referral where id",
          "referral_transition where referral_id",
          "referral_note where referral_id"
        }) {
      String sql = "select * from " + table + " = :id";
      assertThat(row(sql, inserted.referralId().id()))
          .as(table)
          .isEqualTo(row(sql, saved.referralId().id()));
    }
    var loaded = referrals.findById(inserted.referralId().id()).orElseThrow();
    assertThat(loaded.conditions())
        .containsExactlyInAnyOrder(Condition.MULTIPLE_SCLEROSIS, Condition.OTHER);
    assertThat(loaded.notes())
        .extracting(Note::text)
        .containsExactly("Sent electronically for Dr A Patel");
    assertThat(loaded.receivedAt()).isEqualTo(now);
    assertThat(
            events.stream(ReferralReceived.class)
                .filter(e -> e.referralId().equals(inserted.referralId())))
        .hasSize(1);

    // Later changes are updates of the inserted row, with optimistic locking as before.
    transactions.executeWithoutResult(
        status -> {
          var again = referrals.findById(inserted.referralId().id()).orElseThrow();
          again.startReview("practitioner", Instant.now());
          referrals.save(again);
        });
    assertThat(
            jdbc.sql("select version from referral where id = :id")
                .param("id", inserted.referralId().id())
                .query(Long.class)
                .single())
        .isEqualTo(1L);
    assertThat(referrals.findById(inserted.referralId().id()).orElseThrow().transitions())
        .hasSize(2);
  }

  @Test
  void onlyAReferralJustReceivedIsInsertedAndOnlyOnce() {
    var inserted = fresh(UUID.randomUUID(), Instant.now());
    transactions.executeWithoutResult(status -> referrals.insert(inserted));
    assertThatThrownBy(
            () -> transactions.executeWithoutResult(status -> referrals.insert(inserted)))
        .isInstanceOf(DuplicateKeyException.class);

    var reviewed = fresh(UUID.randomUUID(), Instant.now());
    reviewed.startReview("practitioner", Instant.now());
    assertThatThrownBy(
            () -> transactions.executeWithoutResult(status -> referrals.insert(reviewed)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(referrals.findById(reviewed.referralId().id())).isEmpty();
  }
}
