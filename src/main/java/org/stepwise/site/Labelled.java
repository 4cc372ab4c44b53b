package org.stepwise.site;

/** An enum value with words for people: the label on a radio, a checkbox, a row or a tag. */
public interface Labelled {

  String name();

  String label();
}
