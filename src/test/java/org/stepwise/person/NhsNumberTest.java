package org.stepwise.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

  @Test
  void acceptsTheWorkedExample() {
    assertThat(NhsNumber.isValid("9434765919")).isTrue();
  }

  @Test
  void rejectsAWrongCheckDigit() {
    assertThat(NhsNumber.isValid("9434765918")).isFalse();
    assertThat(NhsNumber.isValid("9434765910")).isFalse();
  }

  @Test
  void rejectsANumberWhoseCheckIsTen() {
    // 999000000: weighted sum 243, remainder 1, so the check would be 10 whatever the last digit.
    for (int last = 0; last <= 9; last++) {
      assertThat(NhsNumber.isValid("999000000" + last)).isFalse();
    }
  }

  @Test
  void acceptsACheckOfElevenAsZero() {
    // 999000005: weighted sum 253, remainder 0, so the check digit is 0.
    assertThat(NhsNumber.isValid("9990000050")).isTrue();
    assertThat(NhsNumber.isValid("9990000051")).isFalse();
  }

  @Test
  void rejectsAnythingButTenDigits() {
    assertThat(NhsNumber.isValid("943476591")).isFalse();
    assertThat(NhsNumber.isValid("94347659190")).isFalse();
    assertThat(NhsNumber.isValid("94347659A9")).isFalse();
    assertThat(NhsNumber.isValid(null)).isFalse();
  }

  @Test
  void readsNumbersTypedWithSpacesOrHyphens() {
    assertThat(NhsNumber.parse("943 476 5919")).contains(new NhsNumber("9434765919"));
    assertThat(NhsNumber.parse("943-476-5919")).contains(new NhsNumber("9434765919"));
    assertThat(NhsNumber.parse(" 943 476 5918 ")).isEmpty();
  }

  @Test
  void showsTheNumberInThreeGroups() {
    assertThat(new NhsNumber("9434765919").formatted()).isEqualTo("943 476 5919");
  }

  @Test
  void refusesToHoldAnInvalidNumber() {
    assertThatThrownBy(() -> new NhsNumber("9434765918"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
