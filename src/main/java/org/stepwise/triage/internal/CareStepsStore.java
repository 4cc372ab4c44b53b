package org.stepwise.triage.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.site.EditConflict;
import org.stepwise.triage.CareStep;
import org.stepwise.triage.CareStepsVersion;
import org.stepwise.triage.StepRule;

/**
 * Each service's steps and step rules; a service that has set none uses the defaults. A service's
 * steps share one version, and so do its rules: every save moves it on, and a save against an older
 * version is refused with {@link EditConflict}.
 */
@Component
public class CareStepsStore {

  private final JdbcClient jdbc;

  CareStepsStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<CareStep> steps(UUID programme) {
    var steps =
        jdbc.sql(
                "select number, name, wait_target_weeks from care_step where programme_id = :p order by number")
            .param("p", programme)
            .query((row, n) -> new CareStep(row.getInt(1), row.getString(2), row.getInt(3)))
            .list();
    return steps.isEmpty() ? CareStep.defaults() : steps;
  }

  /** The version of the service's steps, and who saved them last. */
  public CareStepsVersion stepsVersion(UUID programme) {
    return version("care_step", programme);
  }

  public List<StepRule> rules(UUID programme) {
    var rules =
        jdbc.sql(
                "select kind, threshold, step, reason from step_rule where programme_id = :p order by position")
            .param("p", programme)
            .query(
                (row, n) ->
                    new StepRule(
                        StepRule.Kind.valueOf(row.getString(1)),
                        (Integer) row.getObject(2),
                        row.getInt(3),
                        row.getString(4)))
            .list();
    return rules.isEmpty() ? StepRule.defaults() : rules;
  }

  /** The version of the service's rules, and who saved them last. */
  public CareStepsVersion rulesVersion(UUID programme) {
    return version("step_rule", programme);
  }

  /**
   * Saves the service's steps, if they are still at {@code expected}.
   *
   * @throws EditConflict when someone else saved them since; nothing is saved
   */
  public void saveSteps(
      UUID programme, Long expected, List<CareStep> steps, String by, Instant at) {
    long current = stepsVersion(programme).number();
    EditConflict.check(expected, current);
    if (current == 0) {
      try {
        for (var step : steps) {
          jdbc.sql(
                  """
                  insert into care_step (programme_id, number, name, wait_target_weeks,
                    created_at, created_by, updated_at, updated_by, version)
                  values (:p, :n, :name, :target, :at, :by, :at, :by, 1)""")
              .param("p", programme)
              .param("n", step.number())
              .param("name", step.name())
              .param("target", step.waitTargetWeeks())
              .param("at", Timestamp.from(at))
              .param("by", by)
              .update();
        }
      } catch (DuplicateKeyException savedAtTheSameTime) {
        // Someone else saved the first steps at the same moment; theirs are at version 1.
        throw new EditConflict(expected, 1);
      }
      return;
    }
    int changed = 0;
    for (var step : steps) {
      changed +=
          jdbc.sql(
                  """
                  update care_step set name = :name, wait_target_weeks = :target,
                    updated_at = :at, updated_by = :by, version = version + 1
                  where programme_id = :p and number = :n and version = :expected""")
              .param("p", programme)
              .param("n", step.number())
              .param("name", step.name())
              .param("target", step.waitTargetWeeks())
              .param("at", Timestamp.from(at))
              .param("by", by)
              .param("expected", current)
              .update();
    }
    if (changed != steps.size()) {
      // Someone else saved in between; the transaction is rolled back.
      throw new EditConflict(expected, current + 1);
    }
  }

  /**
   * Replaces the service's step rules, if they are still at {@code expected}.
   *
   * @throws EditConflict when someone else changed them since; nothing is saved
   */
  public void saveRules(
      UUID programme, long expected, List<StepRule> rules, String by, Instant at) {
    long current = rulesVersion(programme).number();
    EditConflict.check(expected, current);
    int removed =
        jdbc.sql("delete from step_rule where programme_id = :p and version = :v")
            .param("p", programme)
            .param("v", current)
            .update();
    if (current > 0 && removed == 0) {
      throw new EditConflict(expected, current + 1);
    }
    try {
      for (int i = 0; i < rules.size(); i++) {
        var rule = rules.get(i);
        jdbc.sql(
                """
                insert into step_rule (programme_id, position, kind, threshold, step, reason,
                  created_at, created_by, updated_at, updated_by, version)
                values (:p, :pos, :kind, :threshold, :step, :reason, :at, :by, :at, :by, :version)""")
            .param("p", programme)
            .param("pos", i)
            .param("kind", rule.kind().name())
            .param("threshold", rule.threshold())
            .param("step", rule.step())
            .param("reason", rule.reason())
            .param("at", Timestamp.from(at))
            .param("by", by)
            .param("version", current + 1)
            .update();
      }
    } catch (DuplicateKeyException changedAtTheSameTime) {
      throw new EditConflict(expected, current + 1);
    }
  }

  private CareStepsVersion version(String table, UUID programme) {
    return jdbc.sql(
            "select version, updated_at, updated_by from "
                + table
                + " where programme_id = :p order by version desc, updated_at desc limit 1")
        .param("p", programme)
        .query(
            (row, n) ->
                new CareStepsVersion(
                    row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3)))
        .optional()
        .orElse(CareStepsVersion.defaults());
  }
}
