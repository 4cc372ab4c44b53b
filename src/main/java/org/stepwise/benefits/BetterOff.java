package org.stepwise.benefits;

import java.math.BigDecimal;
import java.util.List;

/**
 * The result of a better-off estimate: weekly totals rounded to the penny, and the working as
 * plain-English sentences.
 *
 * @param difference in work less out of work, from the rounded totals; negative when worse off
 * @param outOfWork the working for the total out of work, in order
 * @param inWork the working for the total in work, in order
 */
public record BetterOff(
    BigDecimal weeklyOutOfWork,
    BigDecimal weeklyInWork,
    BigDecimal difference,
    List<String> outOfWork,
    List<String> inWork) {

  public BetterOff {
    outOfWork = List.copyOf(outOfWork);
    inWork = List.copyOf(inWork);
  }

  /** One sentence: better off, worse off, or neither, by how much a week. */
  public String verdict() {
    return switch (difference.signum()) {
      case 1 -> "Better off in work by " + Pounds.format(difference) + " a week";
      case -1 -> "Worse off in work by " + Pounds.format(difference.negate()) + " a week";
      default -> "No better or worse off in work";
    };
  }
}
