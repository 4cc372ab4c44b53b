package org.stepwise.site;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something a module adds to a person's timeline (notes, appointments, letters, step changes),
 * merged by the page that shows it, without that page's module knowing the others. Implementations
 * check access themselves.
 */
public interface TimelineSource {

  /**
   * Entries about one referral and its case, in any order. Takes a raw UUID, not {@code
   * referral.ReferralId}: {@code site} is the shared kernel and depends on no module (referral
   * depends on it), so naming the typed id here would make a cycle; implementations wrap it.
   */
  List<Entry> entriesFor(UUID referralId);

  /** One thing that happened. */
  record Entry(Instant at, String kind, String summary, String by) {}
}
