package org.stepwise.correspondence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadingAgeTest {

  @Test
  void countsSyllablesByVowelGroups() {
    assertThat(ReadingAge.syllables("work")).isEqualTo(1);
    assertThat(ReadingAge.syllables("service")).isEqualTo(2);
    assertThat(ReadingAge.syllables("people")).isEqualTo(2);
    assertThat(ReadingAge.syllables("rehabilitation")).isEqualTo(6);
  }

  @Test
  void shortPlainSentencesReadYoungerThanLongWordySentences() {
    int plain =
        ReadingAge.of(
            List.of(
                "We can help you stay in work. Your worker will call you soon. It is your choice."));
    int dense =
        ReadingAge.of(
            List.of(
                "Vocational rehabilitation interventions facilitate occupational participation for "
                    + "individuals experiencing musculoskeletal conditions, notwithstanding considerable organisational "
                    + "heterogeneity regarding implementation."));
    assertThat(plain).isBetween(5, 9);
    assertThat(dense).isGreaterThan(18);
  }

  @Test
  void noWordsHasNoReadingAge() {
    assertThat(ReadingAge.of(List.of("", "  "))).isZero();
  }
}
