package org.stepwise.site;

/**
 * What the "why do you need this record?" page carries: the reason typed, and which record was
 * asked for, so that the person module can grant access and send the user back to it.
 *
 * @param returnTo the page to go back to once access is granted (a path on this site)
 */
public record BreakGlassRequest(
    String reason,
    String person,
    String recordType,
    String record,
    String service,
    String returnTo) {

  /** A path on this site, never another site's address. */
  public String safeReturnTo() {
    return returnTo != null
            && returnTo.startsWith("/")
            && !returnTo.startsWith("//")
            && !returnTo.startsWith("/\\")
        ? returnTo
        : "/";
  }
}
