package org.stepwise.referral.internal;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** Information added to a referral after it arrived, such as a repeat referral for the person. */
@Table("referral_note")
public record Note(String text, Instant at, String byUser) {}
