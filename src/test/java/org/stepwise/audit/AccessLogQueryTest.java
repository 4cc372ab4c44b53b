package org.stepwise.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The log's dates are days in London, in winter (GMT) and summer (BST) alike. */
class AccessLogQueryTest {

  private static AccessLogQuery between(LocalDate from, LocalDate to) {
    return new AccessLogQuery(null, null, null, null, null, null, null, null, from, to, false);
  }

  @Test
  void aSummerDayRunsFromMidnightBritishSummerTime() {
    var query = between(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1));
    assertThat(query.fromInstant()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
    assertThat(query.untilInstant()).isEqualTo(Instant.parse("2026-07-01T23:00:00Z"));
  }

  @Test
  void aWinterDayRunsFromMidnightGreenwichMeanTime() {
    var query = between(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 3));
    assertThat(query.fromInstant()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
    assertThat(query.untilInstant()).isEqualTo(Instant.parse("2026-12-04T00:00:00Z"));
  }

  @Test
  void theDayTheClocksGoForwardIsTwentyThreeHoursLong() {
    var query = between(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 29));
    assertThat(query.fromInstant()).isEqualTo(Instant.parse("2026-03-29T00:00:00Z"));
    assertThat(query.untilInstant()).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
  }

  @Test
  void describesTheFiltersWithoutWhatWasTypedAboutThePerson() {
    var query =
        new AccessLogQuery(
            null,
            "9434765919",
            "Jane",
            "Smith",
            LocalDate.of(1980, 2, 1),
            "jordan",
            AuditAction.BREAK_GLASS,
            "case",
            LocalDate.of(2026, 12, 1),
            null,
            true);
    assertThat(query.describe())
        .isEqualTo(
            "person by NHS number; person by name and date of birth; user jordan;"
                + " action BREAK_GLASS; record type case; from 2026-12-01; break-glass only");
    assertThat(AccessLogQuery.everything().describe()).isEqualTo("no filters");
  }
}
