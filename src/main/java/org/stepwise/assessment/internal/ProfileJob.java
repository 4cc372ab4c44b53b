package org.stepwise.assessment.internal;

import org.springframework.data.relational.core.mapping.Table;

/** One job in the person's work history. */
@Table("profile_job")
public record ProfileJob(
    String role, String employer, String whenText, String wentWell, String harder) {}
