package org.stepwise.referral.internal;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A professional's reason for accepting a referral that did not meet a rule. The rule's words are
 * kept as they were at the time, since rules can change later.
 */
@Table("referral_override")
public record RuleOverride(
    String rule, String explanation, String reason, Instant at, String byUser) {}
