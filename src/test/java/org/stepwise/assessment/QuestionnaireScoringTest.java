package org.stepwise.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stepwise.assessment.internal.QuestionnaireFiles;

/** Every shipped instrument scored against worked examples (sums and bands from DOMAIN.md). */
class QuestionnaireScoringTest {

  static final QuestionnaireFiles FILES =
      new QuestionnaireFiles(QuestionnaireFiles.read("classpath*:questionnaires/*.json"));

  static Questionnaire q(String code) {
    return FILES.all().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
  }

  /** Answers q1..qn from the values given. */
  static Map<String, Integer> answers(String prefix, int... values) {
    var map = new HashMap<String, Integer>();
    for (int i = 0; i < values.length; i++) {
      map.put(prefix + (i + 1), values[i]);
    }
    return map;
  }

  @Test
  void shipsEveryInstrumentNamedInTheDomainNotes() {
    assertThat(FILES.all())
        .extracting(Questionnaire::code)
        .containsExactlyInAnyOrder(
            "PHQ-9",
            "GAD-7",
            "STarT-Back",
            "WAS",
            "WPAI",
            "EQ-5D-5L",
            "WAI",
            "BPI",
            "MFIS",
            "MS-WIS");
    assertThat(FILES.all())
        .filteredOn(d -> d.licence() == Questionnaire.Licence.LICENSED)
        .allSatisfy(d -> assertThat(d.hasWording()).isFalse());
    assertThat(FILES.all())
        .filteredOn(d -> d.licence() == Questionnaire.Licence.FREE)
        .allSatisfy(d -> assertThat(d.hasWording()).isTrue())
        .allSatisfy(d -> assertThat(d.copyright()).isNotBlank());
  }

  @Test
  void phq9SumsNineItemsIntoSeverityBands() {
    // 1+1+2+2+1+1+2+1+1 = 12: moderate (10-14); item 10 is not scored.
    var a = answers("q", 1, 1, 2, 2, 1, 1, 2, 1, 1, 3);
    var r = Scoring.score(q("PHQ-9"), a);
    assertThat(r.value("total")).isEqualTo(12.0);
    assertThat(r.values().getFirst().band()).isEqualTo("Moderate");
    assertThat(r.alerts()).hasSize(1).first().asString().contains("risk procedure");
    // Boundaries: 4 minimal, 5 mild, 9 mild, 10 moderate, 15 moderately severe, 20 severe, 27
    // severe.
    assertThat(band("PHQ-9", "total", answers("q", 1, 1, 1, 1, 0, 0, 0, 0, 0)))
        .isEqualTo("Minimal");
    assertThat(band("PHQ-9", "total", answers("q", 1, 1, 1, 1, 1, 0, 0, 0, 0))).isEqualTo("Mild");
    assertThat(band("PHQ-9", "total", answers("q", 3, 3, 3, 1, 0, 0, 0, 0, 0)))
        .isEqualTo("Moderate");
    assertThat(band("PHQ-9", "total", answers("q", 3, 3, 3, 3, 3, 0, 0, 0, 0)))
        .isEqualTo("Moderately severe");
    assertThat(band("PHQ-9", "total", answers("q", 3, 3, 3, 3, 3, 3, 2, 0, 0))).isEqualTo("Severe");
    var worst = Scoring.score(q("PHQ-9"), answers("q", 3, 3, 3, 3, 3, 3, 3, 3, 3));
    assertThat(worst.value("total")).isEqualTo(27.0);
    assertThat(Scoring.score(q("PHQ-9"), answers("q", 0, 0, 0, 0, 0, 0, 0, 0, 0)).alerts())
        .isEmpty();
  }

  @Test
  void gad7BandsAt5And10And15() {
    assertThat(Scoring.score(q("GAD-7"), answers("q", 0, 0, 0, 0, 0, 0, 0)).value("total"))
        .isZero();
    assertThat(band("GAD-7", "total", answers("q", 1, 1, 1, 1, 0, 0, 0))).isEqualTo("Minimal");
    assertThat(band("GAD-7", "total", answers("q", 1, 1, 1, 1, 1, 0, 0))).isEqualTo("Mild");
    assertThat(band("GAD-7", "total", answers("q", 2, 2, 2, 2, 2, 0, 0))).isEqualTo("Moderate");
    assertThat(band("GAD-7", "total", answers("q", 3, 3, 3, 3, 3, 0, 0))).isEqualTo("Severe");
    assertThat(Scoring.score(q("GAD-7"), answers("q", 3, 3, 3, 3, 3, 3, 3)).value("total"))
        .isEqualTo(21.0);
  }

  @Test
  void startBackSortsIntoRiskGroups() {
    // Agree to 1, 2 and 3 only, bother "Moderately" (scores 0): total 3, low risk.
    var low = Scoring.score(q("STarT-Back"), answers("q", 1, 1, 1, 0, 0, 0, 0, 0, 2));
    assertThat(low.value("total")).isEqualTo(3.0);
    assertThat(low.result()).isEqualTo("Low risk");
    // Agree to 1-4 and 5, bother "Very much" (1): total 6, distress 2: medium risk.
    var medium = Scoring.score(q("STarT-Back"), answers("q", 1, 1, 1, 1, 1, 0, 0, 0, 3));
    assertThat(medium.value("total")).isEqualTo(6.0);
    assertThat(medium.value("distress")).isEqualTo(2.0);
    assertThat(medium.result()).isEqualTo("Medium risk");
    // Agree to 5-8, bother "Extremely": total 5, distress 5: high risk.
    var high = Scoring.score(q("STarT-Back"), answers("q", 0, 0, 0, 0, 1, 1, 1, 1, 4));
    assertThat(high.value("total")).isEqualTo(5.0);
    assertThat(high.value("distress")).isEqualTo(5.0);
    assertThat(high.result()).isEqualTo("High risk");
    // Distress exactly 4 is high; total 4 with distress 3 is medium.
    assertThat(Scoring.score(q("STarT-Back"), answers("q", 0, 0, 0, 0, 1, 1, 1, 1, 0)).result())
        .isEqualTo("High risk");
    assertThat(Scoring.score(q("STarT-Back"), answers("q", 1, 0, 0, 0, 1, 1, 1, 0, 0)).result())
        .isEqualTo("Medium risk");
  }

  @Test
  void startBackAgreesWithTheTriageScreen() {
    var agree = List.of(true, false, true, false, true, true, false, true);
    for (int bother = 0; bother < 5; bother++) {
      var values = new int[9];
      for (int i = 0; i < 8; i++) {
        values[i] = agree.get(i) ? 1 : 0;
      }
      values[8] = bother;
      var engine = Scoring.score(q("STarT-Back"), answers("q", values));
      var triage = org.stepwise.triage.StartBack.score(agree, bother);
      assertThat(engine.value("total")).isEqualTo((double) triage.total());
      assertThat(engine.result()).isEqualTo(triage.risk().label());
    }
  }

  @Test
  void workAbilityScoreBands() {
    assertThat(band("WAS", "score", Map.of("q1", 5))).isEqualTo("Poor");
    assertThat(band("WAS", "score", Map.of("q1", 6))).isEqualTo("Moderate");
    assertThat(band("WAS", "score", Map.of("q1", 7))).isEqualTo("Moderate");
    assertThat(band("WAS", "score", Map.of("q1", 8))).isEqualTo("Good or excellent");
    assertThatThrownBy(() -> Scoring.score(q("WAS"), Map.of("q1", 11)))
        .isInstanceOfSatisfying(
            Scoring.InvalidAnswers.class,
            e ->
                assertThat(e.problems())
                    .containsEntry(
                        "q1", new Scoring.Problem(Scoring.NUMBER_IN_RANGE, List.of(1, 0, 10))));
  }

  @Test
  void wpaiWorkedExample() {
    // Employed; 8 hours missed for health, 0 for other reasons, 32 worked; productivity 5; activity
    // 6.
    // Absenteeism 8/(8+32) = 20%. Presenteeism 5/10 = 50%. Overall 0.2 + 0.8 x 0.5 = 60%. Activity
    // 60%.
    var r = Scoring.score(q("WPAI"), Map.of("q1", 1, "q2", 8, "q3", 0, "q4", 32, "q5", 5, "q6", 6));
    assertThat(r.value("absenteeism")).isEqualTo(20.0);
    assertThat(r.value("presenteeism")).isEqualTo(50.0);
    assertThat(r.value("overall")).isEqualTo(60.0);
    assertThat(r.value("activity")).isEqualTo(60.0);
    assertThat(r.values().getFirst().display()).isEqualTo("20%");
  }

  @Test
  void wpaiSkipsWorkQuestionsForSomeoneNotEmployed() {
    // Not employed: only activity impairment is scored; answers to skipped work questions are
    // dropped.
    var a = Map.of("q1", 0, "q2", 40, "q6", 3);
    var r = Scoring.score(q("WPAI"), a);
    assertThat(r.value("absenteeism")).isNull();
    assertThat(r.value("overall")).isNull();
    assertThat(r.value("activity")).isEqualTo(30.0);
    assertThat(Scoring.check(q("WPAI"), a)).containsOnlyKeys("q1", "q6");
  }

  @Test
  void wpaiWithNoHoursWorkedIsWhollyAbsent() {
    // Employed but off sick all week: 40 missed, 0 worked: absenteeism 100%, overall 100%, no
    // presenteeism.
    var r = Scoring.score(q("WPAI"), Map.of("q1", 1, "q2", 40, "q3", 0, "q4", 0, "q6", 8));
    assertThat(r.value("absenteeism")).isEqualTo(100.0);
    assertThat(r.value("presenteeism")).isNull();
    assertThat(r.value("overall")).isEqualTo(100.0);
  }

  @Test
  void eq5d5lGivesTheHealthStateAndScale() {
    var r =
        Scoring.score(
            q("EQ-5D-5L"), Map.of("mo", 2, "sc", 1, "ua", 1, "pd", 4, "ad", 3, "vas", 65));
    assertThat(r.values().getFirst().text()).isEqualTo("21143");
    assertThat(r.value("vas")).isEqualTo(65.0);
  }

  @Test
  void workAbilityIndexTotalsSevenItems() {
    // 7 + 8 + 5 + 5 + 4 + 7 + 3 = 39: good (37-43).
    var r =
        Scoring.score(
            q("WAI"), Map.of("i1", 7, "i2", 8, "i3", 5, "i4", 5, "i5", 4, "i6", 7, "i7", 3));
    assertThat(r.value("total")).isEqualTo(39.0);
    assertThat(r.values().getFirst().band()).isEqualTo("Good");
    assertThat(
            band(
                "WAI",
                "total",
                Map.of("i1", 0, "i2", 2, "i3", 1, "i4", 1, "i5", 1, "i6", 1, "i7", 1)))
        .isEqualTo("Poor");
    assertThatThrownBy(
            () ->
                Scoring.score(
                    q("WAI"),
                    Map.of("i1", 7, "i2", 8, "i3", 5, "i4", 5, "i5", 4, "i6", 5, "i7", 3)))
        .isInstanceOfSatisfying(
            Scoring.InvalidAnswers.class,
            e ->
                assertThat(e.problems())
                    .containsEntry(
                        "i6", new Scoring.Problem(Scoring.CHOOSE_AN_ANSWER, List.of(6))));
  }

  @Test
  void briefPainInventoryMeans() {
    // Severity (8 + 3 + 5 + 6) / 4 = 5.5; interference (7+5+6+8+2+9+4) / 7 = 41/7 = 5.857... shown
    // as 5.9.
    var a = new HashMap<>(Map.of("worst", 8, "least", 3, "average", 5, "now", 6));
    a.putAll(
        Map.of(
            "activity",
            7,
            "mood",
            5,
            "walking",
            6,
            "work",
            8,
            "relations",
            2,
            "sleep",
            9,
            "enjoyment",
            4));
    var r = Scoring.score(q("BPI"), a);
    assertThat(r.value("severity")).isEqualTo(5.5);
    assertThat(r.value("interference")).isEqualTo(5.9);
  }

  @Test
  void briefPainInterferenceIsScoredFromFourOfSevenAnswered() {
    // BPI User Guide: the interference mean "can be used if more than 50%, or four of seven, of
    // the total items have been completed".
    var severity = Map.of("worst", 8, "least", 3, "average", 5, "now", 6);
    // Four answered (activity 7, mood 5, walking 6, work 8): (7 + 5 + 6 + 8) / 4 = 26 / 4 = 6.5.
    var four = new HashMap<String, Integer>(severity);
    four.putAll(Map.of("activity", 7, "mood", 5, "walking", 6, "work", 8));
    var r = Scoring.score(q("BPI"), four);
    assertThat(r.value("severity")).isEqualTo(5.5);
    assertThat(r.value("interference")).isEqualTo(6.5);
    // Five answered (add sleep 9): (7 + 5 + 6 + 8 + 9) / 5 = 35 / 5 = 7.0.
    var five = new HashMap<>(four);
    five.put("sleep", 9);
    assertThat(Scoring.score(q("BPI"), five).value("interference")).isEqualTo(7.0);
    // Six answered (add enjoyment 0): 35 / 6 = 5.833... shown as 5.8.
    var six = new HashMap<>(five);
    six.put("enjoyment", 0);
    assertThat(Scoring.score(q("BPI"), six).value("interference")).isEqualTo(5.8);
    // Three answered (activity, mood, walking): fewer than 4 of 7, so not scored; severity is.
    var three = new HashMap<String, Integer>(severity);
    three.putAll(Map.of("activity", 7, "mood", 5, "walking", 6));
    var notScored = Scoring.score(q("BPI"), three);
    assertThat(notScored.value("severity")).isEqualTo(5.5);
    assertThat(notScored.value("interference")).isNull();
    assertThat(notScored.summary()).contains("Not scored: fewer than 4 of 7 answered");
    // No interference item answered at all is allowed too, but a severity item is still needed.
    assertThat(Scoring.score(q("BPI"), new HashMap<>(severity)).value("interference")).isNull();
    var noWorst = new HashMap<>(four);
    noWorst.remove("worst");
    assertThatThrownBy(() -> Scoring.score(q("BPI"), noWorst))
        .isInstanceOfSatisfying(
            Scoring.InvalidAnswers.class, e -> assertThat(e.problems()).containsOnlyKeys("worst"));
  }

  @Test
  void gad7DifficultyQuestionIsOptionalAndNotScored() {
    var gad = q("GAD-7");
    var difficulty = gad.item("q8").orElseThrow();
    assertThat(difficulty.mayBeLeft()).isTrue();
    assertThat(difficulty.text())
        .isEqualTo(
            "If you checked any problems, how difficult have they made it for you to do your work,"
                + " take care of things at home, or get along with other people?");
    assertThat(gad.optionsFor(difficulty))
        .extracting(Questionnaire.Option::label)
        .containsExactly(
            "Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult");
    // 1+1+2+2+1+1+2 = 10 (moderate) whether the difficulty question is left, or answered 3.
    var left = answers("q", 1, 1, 2, 2, 1, 1, 2);
    assertThat(Scoring.score(gad, left).value("total")).isEqualTo(10.0);
    var answered = answers("q", 1, 1, 2, 2, 1, 1, 2, 3);
    assertThat(Scoring.score(gad, answered).value("total")).isEqualTo(10.0);
    assertThat(band("GAD-7", "total", answered)).isEqualTo("Moderate");
    assertThat(Scoring.check(gad, answered)).containsEntry("q8", 3);
  }

  @Test
  void wpaiCarriesThePublishedInstructions() {
    var wpai = q("WPAI");
    assertThat(wpai.item("q2").orElseThrow().intro())
        .isEqualTo("The next questions are about the past seven days, not including today.");
    assertThat(wpai.item("q5").orElseThrow().text())
        .endsWith(
            "Consider only how much health problems affected productivity while you were working.");
    assertThat(wpai.item("q6").orElseThrow().text())
        .endsWith(
            "Consider only how much health problems affected your ability to do your regular"
                + " daily activities, other than work at a job.");
    assertThat(wpai.copyright())
        .contains("Reilly MC, Zbrozek AS, Dukes EM. PharmacoEconomics 1993;4(5):353-65")
        .doesNotContain("© Reilly Associates");
    assertThat(q("STarT-Back").preamble())
        .isEqualTo(
            "Thinking about the last 2 weeks tick your response to the following questions:");
    assertThat(q("STarT-Back").note()).contains("No license is required for non-commercial use");
    assertThat(q("WAI").note()).doesNotContain("UNVERIFIED").contains("37 to 43 good");
  }

  @Test
  void mfisSubscales() {
    // Every item 2: total 42; physical 9 items = 18; cognitive 10 = 20; psychosocial 2 = 4.
    var twos = new int[21];
    java.util.Arrays.fill(twos, 2);
    var r = Scoring.score(q("MFIS"), answers("q", twos));
    assertThat(r.value("total")).isEqualTo(42.0);
    assertThat(r.value("physical")).isEqualTo(18.0);
    assertThat(r.value("cognitive")).isEqualTo(20.0);
    assertThat(r.value("psychosocial")).isEqualTo(4.0);
    // Only item 8 answered 4: psychosocial 4, others 0.
    var one = new int[21];
    one[7] = 4;
    assertThat(Scoring.score(q("MFIS"), answers("q", one)).value("psychosocial")).isEqualTo(4.0);
  }

  @Test
  void msWorkInstabilityCountsYesAnswers() {
    var yes = new int[23];
    java.util.Arrays.fill(yes, 0, 12, 1);
    var r = Scoring.score(q("MS-WIS"), answers("q", yes));
    assertThat(r.value("total")).isEqualTo(12.0);
    assertThat(r.values().getFirst().band()).isEqualTo("Medium risk of work instability");
    java.util.Arrays.fill(yes, 1);
    assertThat(band("MS-WIS", "total", answers("q", yes)))
        .isEqualTo("High risk of work instability");
  }

  @Test
  void missingAnswersAreNamedQuestionByQuestion() {
    var a = answers("q", 1, 1, 2);
    assertThatThrownBy(() -> Scoring.score(q("PHQ-9"), a))
        .isInstanceOfSatisfying(
            Scoring.InvalidAnswers.class,
            e ->
                assertThat(e.problems())
                    .containsOnlyKeys("q4", "q5", "q6", "q7", "q8", "q9")
                    .containsEntry("q4", new Scoring.Problem(Scoring.ANSWER_REQUIRED, List.of(4))));
    assertThatThrownBy(() -> Scoring.score(q("PHQ-9"), answers("q", 1, 1, 2, 7, 0, 0, 0, 0, 0)))
        .isInstanceOfSatisfying(
            Scoring.InvalidAnswers.class,
            e ->
                assertThat(e.problems())
                    .containsEntry(
                        "q4", new Scoring.Problem(Scoring.CHOOSE_AN_ANSWER, List.of(4))));
  }

  @Test
  void loadedWordingReplacesTheScoringOnlyHeadings() {
    var wai = q("WAS");
    assertThat(wai.heading(wai.items().getFirst())).isEqualTo("Item 1");
    var eq = q("EQ-5D-5L");
    assertThat(eq.heading(eq.items().getFirst())).isEqualTo("Mobility");
    var worded =
        wai.withText(
            Map.of("q1", new Questionnaire.ItemText("How is your work ability now?", List.of())));
    assertThat(worded.hasWording()).isTrue();
    assertThat(worded.heading(worded.items().getFirst()))
        .isEqualTo("How is your work ability now?");
  }

  @Test
  void refusesADefinitionThatScoresAMissingItem() {
    var phq = q("PHQ-9");
    var broken =
        new Questionnaire(
            phq.code(),
            1,
            phq.name(),
            null,
            phq.licence(),
            phq.copyright(),
            null,
            null,
            null,
            phq.optionSets(),
            phq.items(),
            List.of(
                new Questionnaire.Score(
                    "total",
                    "Total",
                    Questionnaire.Method.SUM,
                    List.of("q1", "q99"),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)),
            null,
            null,
            null);
    assertThatThrownBy(() -> new QuestionnaireFiles(List.of(broken)))
        .hasMessageContaining("names items it does not have");
  }

  private static String band(String code, String score, Map<String, Integer> answers) {
    return Scoring.score(q(code), answers).values().stream()
        .filter(v -> v.id().equals(score))
        .findFirst()
        .orElseThrow()
        .band();
  }
}
