package org.stepwise.site;

import java.util.Arrays;
import java.util.List;

/**
 * One option of a radio group, checkboxes or a select, for the {@code fragments/form} fragments.
 *
 * @param value what the form sends
 * @param label what the person reads
 * @param hint a line under the label, or null
 */
public record Choice(String value, String label, String hint) {

  public static Choice of(String value, String label) {
    return new Choice(value, label, null);
  }

  /** Every value of an enum, in declaration order. */
  @SafeVarargs
  public static <E extends Enum<E> & Labelled> List<Choice> of(E... values) {
    return Arrays.stream(values).map(v -> new Choice(v.name(), v.label(), null)).toList();
  }

  /** The given enum values. */
  public static <E extends Enum<E> & Labelled> List<Choice> of(List<E> values) {
    return values.stream().map(v -> new Choice(v.name(), v.label(), null)).toList();
  }
}
