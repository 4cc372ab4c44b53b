package org.stepwise.caseload.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.caseload.WorkItemKind;
import org.stepwise.caseload.WorkerAssigned;

/**
 * Raises work items from events and dates, each once (its source key is unique): a new case to
 * contact, a handover to read, a 12-month review due.
 */
@Component
public class WorkItemRaiser {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final WorkItemRepository items;
  private final CaseRepository cases;
  private final Clock clock;

  WorkItemRaiser(WorkItemRepository items, CaseRepository cases, Clock clock) {
    this.items = items;
    this.cases = cases;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(WorkerAssigned event) {
    var today = LocalDate.now(clock.withZone(LONDON));
    if (event.previousWorker() == null) {
      raise(
          WorkItem.raise(
              event.caseId().id(),
              event.worker(),
              WorkItemKind.NEW_CASE,
              "Contact the person and arrange a first meeting",
              today.plusDays(5),
              "new-case:" + event.caseId()));
    } else {
      raise(
          WorkItem.raise(
              event.caseId().id(),
              event.worker(),
              WorkItemKind.HANDOVER,
              "Read the handover note from " + event.previousWorker() + " and acknowledge it",
              today.plusDays(2),
              "handover:" + event.caseId() + ":" + event.at().toEpochMilli()));
    }
  }

  /**
   * Raises a 12-month review for every case open a year or more; runs daily, and once per case and
   * year.
   */
  @Scheduled(cron = "0 15 6 * * *", zone = "Europe/London")
  @Transactional
  public int raiseTwelveMonthReviews() {
    var now = clock.instant();
    var today = LocalDate.now(clock.withZone(LONDON));
    int raised = 0;
    for (var c : cases.findOpenedBefore(now.minus(Duration.ofDays(365)))) {
      long years = Duration.between(c.openedAt(), now).toDays() / 365;
      String key = "review12:" + c.id() + ":" + years;
      if (!items.existsBySourceKey(key)) {
        items.save(
            WorkItem.raise(
                c.id(),
                c.worker(),
                WorkItemKind.TWELVE_MONTH_REVIEW,
                "The case has been open "
                    + years
                    + (years == 1 ? " year" : " years")
                    + ": review progress with the person (support can go on as long as it helps)",
                today.plusDays(14),
                key));
        raised++;
      }
    }
    return raised;
  }

  /** Raises a work item for each open case whose planned review date has come; runs daily. */
  @Scheduled(cron = "0 20 6 * * *", zone = "Europe/London")
  @Transactional
  public int raiseReviewDates() {
    var today = LocalDate.now(clock.withZone(LONDON));
    int raised = 0;
    for (var c : cases.findReviewDue(today)) {
      String key = "review-date:" + c.id() + ":" + c.nextReviewOn();
      if (!items.existsBySourceKey(key)) {
        items.save(
            WorkItem.raise(
                c.id(),
                c.worker(),
                WorkItemKind.REVIEW_DATE,
                "Review the case with the person (planned for " + c.nextReviewOn() + ")",
                c.nextReviewOn(),
                key));
        raised++;
      }
    }
    return raised;
  }

  /**
   * Raises the item once, and only while the case is open: an event handled after the case closed
   * raises nothing.
   */
  private void raise(WorkItem item) {
    if (Boolean.TRUE.equals(cases.lockIsOpen(item.caseId()))
        && !items.existsBySourceKey(item.sourceKey())) {
      items.save(item);
    }
  }
}
