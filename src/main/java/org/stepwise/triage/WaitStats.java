package org.stepwise.triage;

import java.util.List;

/**
 * Waiting times for one service and step, in weeks: the median, the 90th percentile (nearest rank:
 * the smallest wait that at least 90% of waits do not exceed), and how many wait longer than the
 * target.
 */
public record WaitStats(
    String service,
    int step,
    String stepName,
    int waiting,
    double medianWeeks,
    double p90Weeks,
    int overTarget,
    int targetWeeks) {

  /** Statistics of the given waits (in days). */
  public static WaitStats of(
      String service, int step, String stepName, List<Long> waitDays, int targetWeeks) {
    var sorted = waitDays.stream().sorted().toList();
    int n = sorted.size();
    if (n == 0) {
      return new WaitStats(service, step, stepName, 0, 0, 0, 0, targetWeeks);
    }
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    long p90 = sorted.get((int) Math.ceil(0.9 * n) - 1);
    int over = (int) sorted.stream().filter(days -> days > targetWeeks * 7L).count();
    return new WaitStats(service, step, stepName, n, weeks(median), weeks(p90), over, targetWeeks);
  }

  /** Statistics worked out by the database (median and 90th percentile in days). */
  public static WaitStats fromDays(
      String service,
      int step,
      String stepName,
      int waiting,
      double medianDays,
      long p90Days,
      int overTarget,
      int targetWeeks) {
    return new WaitStats(
        service,
        step,
        stepName,
        waiting,
        weeks(medianDays),
        weeks(p90Days),
        overTarget,
        targetWeeks);
  }

  private static double weeks(double days) {
    return Math.round(days / 7.0 * 10) / 10.0;
  }
}
