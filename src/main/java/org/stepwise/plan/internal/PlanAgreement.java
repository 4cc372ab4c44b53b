package org.stepwise.plan.internal;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** The plan exactly as the person agreed it. */
@Table("plan_agreement")
public record PlanAgreement(
    int number,
    LocalDate agreedOn,
    java.time.Instant agreedAt,
    String how,
    String recordedBy,
    String snapshot) {}
