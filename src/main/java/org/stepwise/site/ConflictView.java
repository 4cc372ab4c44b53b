package org.stepwise.site;

import java.time.Instant;
import java.util.List;

/**
 * A record as it is saved now, shown above a form whose save was refused by an {@link EditConflict}
 * (the {@code fragments/form :: conflict} fragment), so the person sees both versions and chooses.
 *
 * @param by who saved it last (a display name), or null
 * @param at when, or null
 * @param rows what is saved, question by question
 * @param discardHref where "keep theirs" goes (the record's page)
 */
public record ConflictView(String by, Instant at, List<Row> rows, String discardHref) {

  /** One saved answer. */
  public record Row(String label, String value) {}
}
