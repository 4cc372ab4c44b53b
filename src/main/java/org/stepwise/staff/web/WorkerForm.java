package org.stepwise.staff.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.stepwise.programme.Condition;
import org.stepwise.staff.WorkerProfile;

/**
 * A practitioner's worker profile as a manager typed it.
 *
 * @param fte working hours as a share of full time, more than 0 and at most 1
 * @param limit a caseload limit from 0 to {@value #MAX_LIMIT}, or blank for the default
 * @param skills {@link Condition} names
 */
record WorkerForm(
    @NotBlank(message = "{worker.fte.number}")
        @Pattern(
            regexp = "\\s*(\\d{1,3}(\\.\\d{0,4})?|\\.\\d{1,4})?\\s*",
            message = "{worker.fte.number}")
        String fte,
    @Pattern(regexp = "\\s*\\d{0,6}\\s*", message = "{worker.limit.number}") String limit,
    List<String> skills) {

  static final int MAX_LIMIT = 200;

  static final List<String> FIELD_ORDER = List.of("fte", "limit", "skills");

  static WorkerForm of(WorkerProfile w) {
    return new WorkerForm(
        w.fte().toPlainString(),
        w.limitSetByManager() == null ? "" : "" + w.limitSetByManager(),
        w.skills().stream().map(Enum::name).toList());
  }

  public List<String> selectedSkills() {
    return skills == null ? List.of() : skills;
  }

  /** Adds errors for working hours and a limit out of range, and conditions not on the list. */
  void check(BindingResult result) {
    var hours = hours();
    if (hours != null && (hours.signum() <= 0 || hours.compareTo(BigDecimal.ONE) > 0)) {
      reject(result, "fte", "worker.fte.range");
    }
    var number = limitNumber();
    if (number != null && number > MAX_LIMIT) {
      reject(result, "limit", "worker.limit.range");
    }
    if (chosenSkills() == null) {
      reject(result, "skills", "worker.skills.real");
    }
  }

  BigDecimal hours() {
    try {
      return fte == null || fte.isBlank() ? null : new BigDecimal(fte.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  Integer limitNumber() {
    try {
      return limit == null || limit.isBlank() ? null : Integer.valueOf(limit.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The conditions chosen, or null when one is not on the list. */
  Set<Condition> chosenSkills() {
    var chosen = EnumSet.noneOf(Condition.class);
    for (String skill : selectedSkills()) {
      try {
        chosen.add(Condition.valueOf(skill));
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return chosen;
  }

  private static void reject(BindingResult result, String field, String code) {
    if (result.getFieldError(field) == null) {
      result.addError(
          new FieldError(
              result.getObjectName(), field, null, false, new String[] {code}, null, code));
    }
  }
}
