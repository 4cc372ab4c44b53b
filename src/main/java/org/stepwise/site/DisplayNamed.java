package org.stepwise.site;

/** A signed-in principal with a name to show in the page header. */
public interface DisplayNamed {
  String displayName();
}
