package org.stepwise.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {

  @Test
  void writesDatesAndTimesInTheHouseStyleInLondon() {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time).
    var lateJune = Instant.parse("2026-06-30T23:30:00Z");
    assertThat(Dates.date(lateJune)).isEqualTo("1 July 2026");
    assertThat(Dates.time(lateJune)).isEqualTo("12:30am");
    assertThat(Dates.shortDate(LocalDate.of(2026, 12, 2))).isEqualTo("2 Dec 2026");
    assertThat(Dates.dayAndDate(LocalDate.of(2026, 12, 2))).isEqualTo("Wednesday 2 December 2026");
    assertThat(Dates.time(Instant.parse("2026-12-02T12:00:00Z"))).isEqualTo("midday");
    assertThat(Dates.time(Instant.parse("2026-12-02T00:00:00Z"))).isEqualTo("midnight");
    assertThat(Dates.time(Instant.parse("2026-12-02T09:00:00Z"))).isEqualTo("9am");
    assertThat(Dates.dateTime(Instant.parse("2026-12-02T15:15:00Z")))
        .isEqualTo("2 December 2026 at 3:15pm");
    assertThat(Dates.date(null)).isEmpty();
  }

  @Test
  void writesMoneyInPoundsAndPence() {
    assertThat(Money.pounds(new BigDecimal("1234.565"))).isEqualTo("£1,234.57");
    assertThat(Money.pounds(new BigDecimal("-3"))).isEqualTo("-£3.00");
    assertThat(Money.percent(new BigDecimal("55.00"))).isEqualTo("55%");
    assertThat(Money.plain(new BigDecimal("37.50"))).isEqualTo("37.5");
  }
}
