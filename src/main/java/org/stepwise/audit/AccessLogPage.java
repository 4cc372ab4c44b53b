package org.stepwise.audit;

import java.util.List;

/**
 * One page of the access log, newest first.
 *
 * @param page the page shown, from 1 (a page asked for beyond the last is the last)
 * @param pages how many pages there are, at least 1
 * @param total how many entries match
 * @param peopleFound how many people the person filters found, or -1 without person filters
 */
public record AccessLogPage(
    List<AuditEntry> entries, int page, int pages, long total, int size, int peopleFound) {

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages;
  }

  /** The position of the first entry on the page, from 1; 0 when there are none. */
  public long first() {
    return entries.isEmpty() ? 0 : (long) (page - 1) * size + 1;
  }

  public long last() {
    return entries.isEmpty() ? 0 : first() + entries.size() - 1;
  }
}
