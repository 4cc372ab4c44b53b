package org.stepwise.caseload.internal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.caseload.Topic;
import org.stepwise.site.TimelineSource;

/** The case's own events on the timeline: opened, workers, steps, notes, closed. */
@Component
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
public class CaseTimeline implements TimelineSource {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final CaseRepository cases;
  private final CaseNoteRepository notes;

  CaseTimeline(CaseRepository cases, CaseNoteRepository notes) {
    this.cases = cases;
    this.notes = notes;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Entry> entriesFor(UUID referralId) {
    var found = cases.findByReferralId(referralId);
    if (found.isEmpty()) {
      return List.of();
    }
    var c = found.get();
    var entries = new ArrayList<Entry>();
    var assignments = c.assignments();
    for (int i = 0; i < assignments.size(); i++) {
      var a = assignments.get(i);
      entries.add(
          new Entry(
              a.fromAt(),
              i == 0 ? "Case opened" : "Worker changed",
              (i == 0 ? "Named worker: " : "New worker: ")
                  + a.worker()
                  + (i == 0 ? "" : ". Reason: " + a.reason()),
              a.assignedBy()));
    }
    c.stepChanges()
        .forEach(
            s ->
                entries.add(
                    new Entry(
                        s.at(),
                        "Step changed",
                        "Step " + s.fromStep() + " to " + s.toStep() + ": " + s.reason(),
                        s.byUser())));
    notes
        .findByCase(c.id())
        .forEach(
            n ->
                entries.add(
                    new Entry(
                        n.contactOn().atStartOfDay(LONDON).toInstant().plusSeconds(43_200),
                        "Note",
                        n.contactType().label()
                            + (n.minutes() == null ? "" : ", " + n.minutes() + " minutes")
                            + (n.topics().isEmpty()
                                ? ""
                                : ". "
                                    + n.topics().stream()
                                        .map(Topic::label)
                                        .sorted()
                                        .collect(Collectors.joining(", ")))
                            + (n.text() == null ? "" : ". " + n.text()),
                        n.createdBy())));
    if (c.outcome() != null) {
      entries.add(
          new Entry(
              assignments.getLast().toAt(),
              "Case closed",
              "Outcome: " + c.outcome().label().toLowerCase(Locale.UK),
              null));
    }
    return entries;
  }
}
