package org.stepwise.plan.internal;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.plan.ActionOwner;
import org.stepwise.plan.ActionStatus;

/** One action in a plan. */
@Table("plan_action")
public record PlanAction(
    String description, ActionOwner owner, LocalDate dueOn, ActionStatus status) {}
