package org.stepwise.site;

import java.util.Set;

/**
 * A link in the main navigation, shown to users holding any of the given roles. Modules declare
 * these as beans to make their pages reachable. Showing a link is a convenience only: every page
 * checks access on the server.
 *
 * @param label link text, plain English
 * @param path the page, e.g. {@code /waiting-list}
 * @param roles role names without the {@code ROLE_} prefix, e.g. {@code PRACTITIONER}
 * @param order position, lower first
 * @param description one line for the home page
 */
public record NavigationItem(
    String label, String path, Set<String> roles, int order, String description) {

  public boolean visibleTo(Set<String> userRoles) {
    return roles.stream().anyMatch(userRoles::contains);
  }
}
