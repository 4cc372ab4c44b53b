package org.stepwise.site;

/**
 * Someone else saved a record after the form being sent was read: the form carried version {@code
 * expected}, the record is now at {@code current}. Nothing was saved. A controller shows the form
 * again with what was typed, the record as it is now beside it, and the current version in the
 * form, so sending again is a choice made knowing both.
 */
public class EditConflict extends RuntimeException {

  private final long expected;
  private final long current;

  public EditConflict(long expected, long current) {
    super("Record changed from version " + expected + " to " + current);
    this.expected = expected;
    this.current = current;
  }

  /** Refuses the change when the record is no longer at the version the form was read at. */
  public static void check(Long expected, long current) {
    if (expected == null || expected != current) {
      throw new EditConflict(expected == null ? -1 : expected, current);
    }
  }

  public long expected() {
    return expected;
  }

  public long current() {
    return current;
  }
}
