package org.stepwise.plan.web;

/** A plan's version as a form carries it: digits, or empty for a plan never saved. */
final class PlanVersions {

  private PlanVersions() {}

  static Long parse(String version) {
    try {
      return version == null || version.isBlank() ? null : Long.valueOf(version.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static String text(Long version) {
    return version == null ? "" : version.toString();
  }
}
