package org.stepwise.triage.web;

import java.util.List;
import org.springframework.validation.BindingResult;
import org.stepwise.site.FormValues;
import org.stepwise.triage.CareStep;

/**
 * A service's three steps exactly as typed: each step's name and waiting-time target in weeks, and
 * the version of the steps the form was read at. {@link #check} names the step in each message, so
 * the error summary says which step is wrong.
 */
record StepsForm(
    String name1,
    String target1,
    String name2,
    String target2,
    String name3,
    String target3,
    Long version) {

  /** The longest name of a step. */
  static final int MAX_NAME = 200;

  /** The longest waiting-time target, in weeks (two years). */
  static final int MAX_TARGET = 104;

  static final List<String> FIELD_ORDER =
      List.of("name1", "target1", "name2", "target2", "name3", "target3");

  /** The steps as saved, at the version they were read at. */
  static StepsForm of(List<CareStep> steps, long version) {
    return new StepsForm(
        steps.get(0).name(),
        "" + steps.get(0).waitTargetWeeks(),
        steps.get(1).name(),
        "" + steps.get(1).waitTargetWeeks(),
        steps.get(2).name(),
        "" + steps.get(2).waitTargetWeeks(),
        version);
  }

  /** The same typing, to be sent again over a newer version. */
  StepsForm atVersion(long newer) {
    return new StepsForm(name1, target1, name2, target2, name3, target3, newer);
  }

  /** The name typed for step {@code n} (1 to 3). */
  public String name(int n) {
    return switch (n) {
      case 1 -> name1;
      case 2 -> name2;
      case 3 -> name3;
      default -> throw new IllegalArgumentException("No step " + n);
    };
  }

  /** The target typed for step {@code n} (1 to 3). */
  public String target(int n) {
    return switch (n) {
      case 1 -> target1;
      case 2 -> target2;
      case 3 -> target3;
      default -> throw new IllegalArgumentException("No step " + n);
    };
  }

  /** Adds an error for each name missing or too long and each target not from 0 to 104 weeks. */
  void check(BindingResult result) {
    for (int n = 1; n <= 3; n++) {
      String name = name(n);
      if (FormValues.blank(name)) {
        FormValues.reject(result, "name" + n, "careSteps.name.required", n);
      } else if (name.strip().length() > MAX_NAME) {
        FormValues.reject(result, "name" + n, "careSteps.name.size", n, MAX_NAME);
      }
      if (FormValues.blank(target(n))) {
        FormValues.reject(result, "target" + n, "careSteps.target.required", n);
      } else if (!FormValues.inRange(target(n), 0, MAX_TARGET)) {
        FormValues.reject(result, "target" + n, "careSteps.target.range", n, MAX_TARGET);
      }
    }
  }

  /** The steps to save; call only when {@link #check} found nothing. */
  List<CareStep> toSteps() {
    return List.of(1, 2, 3).stream()
        .map(n -> new CareStep(n, name(n).strip(), FormValues.wholeNumber(target(n))))
        .toList();
  }
}
