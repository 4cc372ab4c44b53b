package org.stepwise.triage.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.validation.BindingResult;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.site.FormValues;
import org.stepwise.triage.Help;
import org.stepwise.triage.JobRisk;
import org.stepwise.triage.Screening;
import org.stepwise.triage.StartBack;

/**
 * The triage screen exactly as typed. The numbers are text, so that "eleven" is shown again as
 * typed; {@link #check} adds what needs parsing: ranges, choices from the lists, and the STarT Back
 * tool (all nine questions, or none).
 *
 * @param help {@link Help} names
 * @param startBack1 items 1 to 8 of the STarT Back tool: "agree", "disagree", or blank
 * @param startBack9 item 9, the index of the answer in {@link StartBack#BOTHER_ANSWERS}
 */
record ScreenForm(
    @NotBlank(message = "{triage.screen.employmentStatus.required}") String employmentStatus,
    @Pattern(regexp = NUMBER, message = "{triage.screen.hoursPerWeek.number}") String hoursPerWeek,
    @Pattern(regexp = NUMBER, message = "{triage.screen.weeksOffWork.number}") String weeksOffWork,
    @NotBlank(message = "{triage.screen.jobAtRisk.required}") String jobAtRisk,
    @NotBlank(message = "{triage.screen.confidence.required}")
        @Pattern(regexp = NUMBER, message = "{triage.screen.confidence.number}")
        String confidence,
    @NotBlank(message = "{triage.screen.painInterference.required}")
        @Pattern(regexp = NUMBER, message = "{triage.screen.painInterference.number}")
        String painInterference,
    @NotBlank(message = "{triage.screen.fatigueInterference.required}")
        @Pattern(regexp = NUMBER, message = "{triage.screen.fatigueInterference.number}")
        String fatigueInterference,
    @NotBlank(message = "{triage.screen.cognitionInterference.required}")
        @Pattern(regexp = NUMBER, message = "{triage.screen.cognitionInterference.number}")
        String cognitionInterference,
    @NotBlank(message = "{triage.screen.moodInterference.required}")
        @Pattern(regexp = NUMBER, message = "{triage.screen.moodInterference.number}")
        String moodInterference,
    List<String> help,
    String startBack1,
    String startBack2,
    String startBack3,
    String startBack4,
    String startBack5,
    String startBack6,
    String startBack7,
    String startBack8,
    String startBack9,
    @Pattern(regexp = NUMBER, message = "{triage.screen.workAbility.number}") String workAbility) {

  /** A whole number of at most three digits, or nothing. */
  static final String NUMBER = "\\s*\\d{0,3}\\s*";

  static final List<String> FIELD_ORDER =
      List.of(
          "employmentStatus",
          "hoursPerWeek",
          "weeksOffWork",
          "jobAtRisk",
          "confidence",
          "painInterference",
          "fatigueInterference",
          "cognitionInterference",
          "moodInterference",
          "help",
          "startBack1",
          "startBack2",
          "startBack3",
          "startBack4",
          "startBack5",
          "startBack6",
          "startBack7",
          "startBack8",
          "startBack9",
          "workAbility");

  /** The screen as recorded before, to change it; empty when there is none. */
  static ScreenForm of(Screening screen) {
    if (screen == null) {
      return empty();
    }
    var agree = screen.startBackAgree();
    return new ScreenForm(
        screen.employmentStatus().name(),
        text(screen.hoursPerWeek()),
        text(screen.weeksOffWork()),
        screen.jobAtRisk().name(),
        text(screen.confidence()),
        text(screen.painInterference()),
        text(screen.fatigueInterference()),
        text(screen.cognitionInterference()),
        text(screen.moodInterference()),
        screen.helpWanted().stream().map(Help::name).toList(),
        agreement(agree, 1),
        agreement(agree, 2),
        agreement(agree, 3),
        agreement(agree, 4),
        agreement(agree, 5),
        agreement(agree, 6),
        agreement(agree, 7),
        agreement(agree, 8),
        text(screen.startBackBother()),
        text(screen.workAbility()));
  }

  private static String text(Integer number) {
    return number == null ? "" : number.toString();
  }

  private static String agreement(List<Boolean> agree, int item) {
    return agree == null ? "" : agree.get(item - 1) ? "agree" : "disagree";
  }

  static ScreenForm empty() {
    return new ScreenForm(
        "", "", "", "", "", "", "", "", "", List.of(), "", "", "", "", "", "", "", "", "", "");
  }

  /** The help chosen, never null. */
  public List<String> selectedHelp() {
    return help == null ? List.of() : help;
  }

  /** The answers to STarT Back items 1 to 8 as sent, in order. */
  public List<String> startBackAnswers() {
    return java.util.Arrays.asList(
        startBack1,
        startBack2,
        startBack3,
        startBack4,
        startBack5,
        startBack6,
        startBack7,
        startBack8);
  }

  /** The answer to one of STarT Back items 1 to 9. */
  public String startBack(int item) {
    return item == 9 ? startBack9 : startBackAnswers().get(item - 1);
  }

  /** What was typed for one of how much each symptom interferes. */
  public String answer(String field) {
    return switch (field) {
      case "painInterference" -> painInterference;
      case "fatigueInterference" -> fatigueInterference;
      case "cognitionInterference" -> cognitionInterference;
      case "moodInterference" -> moodInterference;
      default -> throw new IllegalArgumentException("Not a symptom: " + field);
    };
  }

  /** True when any STarT Back question was answered: then all of them must be. */
  public boolean usesStartBack() {
    return startBackAnswers().stream().anyMatch(a -> !FormValues.blank(a))
        || !FormValues.blank(startBack9);
  }

  /** Adds errors for numbers out of range, answers not on the lists and a half-done STarT Back. */
  void check(BindingResult result) {
    if (!FormValues.blank(employmentStatus)
        && FormValues.choice(EmploymentStatus.class, employmentStatus)
            .filter(s -> s != EmploymentStatus.NOT_KNOWN)
            .isEmpty()) {
      FormValues.reject(result, "employmentStatus", "triage.screen.employmentStatus.required");
    }
    range(result, "hoursPerWeek", hoursPerWeek, 100);
    range(result, "weeksOffWork", weeksOffWork, 520);
    if (!FormValues.blank(jobAtRisk) && FormValues.choice(JobRisk.class, jobAtRisk).isEmpty()) {
      FormValues.reject(result, "jobAtRisk", "triage.screen.jobAtRisk.required");
    }
    range(result, "confidence", confidence, 10);
    range(result, "painInterference", painInterference, 10);
    range(result, "fatigueInterference", fatigueInterference, 10);
    range(result, "cognitionInterference", cognitionInterference, 10);
    range(result, "moodInterference", moodInterference, 10);
    if (FormValues.choices(Help.class, help).map(java.util.Set::isEmpty).orElse(true)) {
      FormValues.reject(result, "help", "triage.screen.help.required");
    }
    if (usesStartBack()) {
      for (int item = 1; item <= 8; item++) {
        String answer = startBack(item);
        if (!"agree".equals(answer) && !"disagree".equals(answer)) {
          FormValues.reject(result, "startBack" + item, "triage.screen.startBack.required", item);
        }
      }
      if (!FormValues.inRange(startBack9, 0, StartBack.BOTHER_ANSWERS.size() - 1)) {
        FormValues.reject(result, "startBack9", "triage.screen.startBack.required", 9);
      }
    }
    range(result, "workAbility", workAbility, 10);
  }

  /** The screen to record; call only when validation and {@link #check} found nothing. */
  Screening toScreening() {
    List<Boolean> agree = null;
    Integer bother = null;
    if (usesStartBack()) {
      agree = IntStream.rangeClosed(1, 8).mapToObj(i -> "agree".equals(startBack(i))).toList();
      bother = FormValues.wholeNumber(startBack9);
    }
    return new Screening(
        FormValues.choice(EmploymentStatus.class, employmentStatus).orElseThrow(),
        FormValues.wholeNumber(hoursPerWeek),
        FormValues.wholeNumber(weeksOffWork),
        FormValues.choice(JobRisk.class, jobAtRisk).orElseThrow(),
        FormValues.wholeNumber(confidence),
        FormValues.wholeNumber(painInterference),
        FormValues.wholeNumber(fatigueInterference),
        FormValues.wholeNumber(cognitionInterference),
        FormValues.wholeNumber(moodInterference),
        FormValues.choices(Help.class, help).orElseThrow(),
        agree,
        bother,
        FormValues.wholeNumber(workAbility));
  }

  /** A blank optional number passes; a number is checked against 0 to {@code max}. */
  private static void range(BindingResult result, String field, String value, int max) {
    if (!FormValues.blank(value)
        && result.getFieldError(field) == null
        && !FormValues.inRange(value, 0, max)) {
      FormValues.reject(result, field, "triage.screen." + field + ".range");
    }
  }
}
