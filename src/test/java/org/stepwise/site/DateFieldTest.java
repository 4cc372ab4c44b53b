package org.stepwise.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFieldTest {

  @Test
  void readsARealDateAndKeepsWhatWasTyped() {
    var field = new DateField(" 2", "12", "2026");
    assertThat(field.toDate()).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(field.day()).isEqualTo(" 2");
  }

  @Test
  void aDateThatDoesNotExistOrCannotBeStoredIsNotReal() {
    assertThat(new DateField("31", "2", "2027").toDate()).isNull();
    assertThat(new DateField("1", "1", "9999999").toDate()).isNull();
    assertThat(new DateField("1", "1", "-10000").toDate()).isNull();
    assertThat(new DateField("1", "1", "1899").toDate()).isNull();
    assertThat(new DateField("a", "1", "2026").toDate()).isNull();
    assertThat(new DateField("1", "1", "99999999999999999999").toDate()).isNull();
  }

  @Test
  void blankAndPartAreToldApart() {
    assertThat(DateField.empty().isBlank()).isTrue();
    assertThat(new DateField(null, null, null).isBlank()).isTrue();
    assertThat(new DateField("1", "", "").isPartial()).isTrue();
    assertThat(DateField.dateIn(null)).isNull();
    assertThat(DateField.of(LocalDate.of(2027, 3, 27))).isEqualTo(new DateField("27", "3", "2027"));
  }
}
