package org.stepwise.site;

/**
 * The record a request names does not exist (or is not one the caller may know of). Shown as the
 * "page not found" page, status 404, so an answer never says whether someone else's record exists.
 */
public class RecordNotFound extends RuntimeException {

  public RecordNotFound(String kind) {
    super("No such " + kind);
  }
}
