package org.stepwise.triage.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.stepwise.triage.CareStep;
import org.stepwise.triage.StepRule;

/** Each service's steps and step rules; a service that has set none uses the defaults. */
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

  /** Replaces the service's steps. */
  public void saveSteps(UUID programme, List<CareStep> steps, String by) {
    jdbc.sql("delete from care_step where programme_id = :p").param("p", programme).update();
    for (var step : steps) {
      jdbc.sql(
              "insert into care_step (programme_id, number, name, wait_target_weeks, created_by)"
                  + " values (:p, :n, :name, :target, :by)")
          .param("p", programme)
          .param("n", step.number())
          .param("name", step.name())
          .param("target", step.waitTargetWeeks())
          .param("by", by)
          .update();
    }
  }

  /** Replaces the service's step rules. */
  public void saveRules(UUID programme, List<StepRule> rules, String by) {
    jdbc.sql("delete from step_rule where programme_id = :p").param("p", programme).update();
    for (int i = 0; i < rules.size(); i++) {
      var rule = rules.get(i);
      jdbc.sql(
              "insert into step_rule (programme_id, position, kind, threshold, step, reason, created_by)"
                  + " values (:p, :pos, :kind, :threshold, :step, :reason, :by)")
          .param("p", programme)
          .param("pos", i)
          .param("kind", rule.kind().name())
          .param("threshold", rule.threshold())
          .param("step", rule.step())
          .param("reason", rule.reason())
          .param("by", by)
          .update();
    }
  }
}
