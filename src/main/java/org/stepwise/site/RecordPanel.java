package org.stepwise.site;

import java.util.List;
import java.util.UUID;

/**
 * A section another module adds to a referral's page (for example, its letters), without the
 * referral module knowing about that module. Implementations check access themselves.
 */
public interface RecordPanel {

  /**
   * The section for one referral, or null to show nothing. Takes raw UUIDs, not the referral and
   * person modules' typed ids: {@code site} is the shared kernel and depends on no module (they
   * depend on it), so naming their ids here would make a cycle; implementations wrap them.
   */
  Panel panelFor(UUID referralId, UUID personId);

  /**
   * @param warnings shown prominently, e.g. letters held back and why
   */
  record Panel(
      String heading,
      List<String> lines,
      List<String> warnings,
      String linkHref,
      String linkText) {}
}
