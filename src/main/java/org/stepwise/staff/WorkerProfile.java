package org.stepwise.staff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;
import org.stepwise.programme.Condition;

/**
 * A practitioner as a caseload sees them.
 *
 * @param fte working hours as a share of full time, e.g. 0.6
 * @param limitSetByManager a caseload limit a manager set, or null to use the default
 * @param skills conditions they are trained to support
 * @param team the team they work in, or null
 */
public record WorkerProfile(
    String username,
    String displayName,
    BigDecimal fte,
    Integer limitSetByManager,
    Set<Condition> skills,
    String team) {

  /** Active cases per full-time worker (IPS fidelity: 20 or fewer). */
  public static final int FULL_TIME_LIMIT = 20;

  /** The manager's limit, or 20 scaled by working hours (at least 1). */
  public int caseloadLimit() {
    if (limitSetByManager != null) {
      return limitSetByManager;
    }
    return Math.max(
        1,
        BigDecimal.valueOf(FULL_TIME_LIMIT)
            .multiply(fte)
            .setScale(0, RoundingMode.HALF_UP)
            .intValue());
  }
}
