package org.stepwise.triage.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.site.ErrorSummary;
import org.stepwise.triage.Help;
import org.stepwise.triage.JobRisk;
import org.stepwise.triage.Screening;

/** Reads the triage screen as typed; every problem is named against its question. */
final class ScreenForm {

  private final List<ErrorSummary.Entry> errors = new ArrayList<>();
  private final Map<String, String> values;

  private ScreenForm(Map<String, String> values) {
    this.values = values;
  }

  /** The screen, or null with {@link #errors()} saying what is wrong. */
  static ScreenForm read(Map<String, String> values, List<String> help) {
    var form = new ScreenForm(values);
    form.parse(help);
    return form;
  }

  private Screening screening;

  Screening screening() {
    return screening;
  }

  ErrorSummary errors() {
    return ErrorSummary.of(errors);
  }

  private void parse(List<String> help) {
    var status = parse(EmploymentStatus.class, values.get("employmentStatus"));
    if (status == null) {
      error("employmentStatus", "employmentStatus-EMPLOYED_AT_WORK", "Select their work situation");
    }
    Integer hours = number("hoursPerWeek", "Hours a week", 0, 100, false);
    Integer weeksOff = number("weeksOffWork", "Weeks off work", 0, 520, false);
    var risk = parse(JobRisk.class, values.get("jobAtRisk"));
    if (risk == null) {
      error("jobAtRisk", "jobAtRisk-YES", "Select whether they think they may lose their job");
    }
    Integer confidence = number("confidence", "Confidence about working", 0, 10, true);
    Integer pain = number("painInterference", "How much pain interferes", 0, 10, true);
    Integer fatigue = number("fatigueInterference", "How much fatigue interferes", 0, 10, true);
    Integer cognition =
        number(
            "cognitionInterference",
            "How much memory or concentration problems interfere",
            0,
            10,
            true);
    Integer mood = number("moodInterference", "How much mood interferes", 0, 10, true);
    Set<Help> wanted = EnumSet.noneOf(Help.class);
    for (String h : help == null ? List.<String>of() : help) {
      var parsed = parse(Help.class, h);
      if (parsed != null) {
        wanted.add(parsed);
      }
    }
    if (wanted.isEmpty()) {
      error("help", "help-INFORMATION", "Select the help they want");
    }
    List<Boolean> agree = null;
    Integer bother = null;
    boolean anyStartBack = values.keySet().stream().anyMatch(k -> k.startsWith("startBack"));
    if (anyStartBack) {
      agree = new ArrayList<>();
      for (int i = 1; i <= 8; i++) {
        String answer = values.get("startBack" + i);
        if (!"agree".equals(answer) && !"disagree".equals(answer)) {
          error(
              "startBack" + i,
              "startBack" + i + "-agree",
              "Answer STarT Back question " + i + ", or leave the whole tool empty");
          agree = null;
          break;
        }
        agree.add("agree".equals(answer));
      }
      bother = number("startBack9", "STarT Back question 9", 0, 4, true);
      if (agree == null) {
        bother = null;
      }
    }
    Integer workAbility = number("workAbility", "Work Ability Score", 0, 10, false);
    if (errors.isEmpty()) {
      screening =
          new Screening(
              status,
              hours,
              weeksOff,
              risk,
              confidence,
              pain,
              fatigue,
              cognition,
              mood,
              wanted,
              agree,
              bother,
              workAbility);
    }
  }

  private Integer number(String field, String name, int min, int max, boolean required) {
    String text = values.getOrDefault(field, "").trim();
    if (text.isEmpty()) {
      if (required) {
        error(
            field,
            field.equals("startBack9") ? "startBack9-0" : field,
            "Enter " + lower(name) + ", from " + min + " to " + max);
      }
      return null;
    }
    try {
      int value = Integer.parseInt(text);
      if (value < min || value > max) {
        error(field, field, name + " must be from " + min + " to " + max);
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      error(field, field, name + " must be a whole number, from " + min + " to " + max);
      return null;
    }
  }

  private static String lower(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private void error(String field, String target, String message) {
    errors.add(new ErrorSummary.Entry(field, target, message));
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
