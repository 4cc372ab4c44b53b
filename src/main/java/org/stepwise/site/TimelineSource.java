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

  /** Entries about one referral and its case, in any order. */
  List<Entry> entriesFor(UUID referralId);

  /** One thing that happened. */
  record Entry(Instant at, String kind, String summary, String by) {}
}
