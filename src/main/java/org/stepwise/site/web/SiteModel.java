package org.stepwise.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stepwise.site.DisplayNamed;
import org.stepwise.site.NavigationItem;

/** Puts the signed-in user and their navigation into every page's model. */
@ControllerAdvice
class SiteModel {

  private final List<NavigationItem> items;

  SiteModel(List<NavigationItem> items) {
    this.items = items.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
  }

  /** The navigation path that best matches this page: the longest that starts it. */
  @ModelAttribute("activePath")
  String activePath(HttpServletRequest request) {
    String path = request.getRequestURI();
    return items.stream()
        .map(NavigationItem::path)
        .filter(p -> path.equals(p) || path.startsWith(p + "/"))
        .max(Comparator.comparingInt(String::length))
        .orElse(null);
  }

  @ModelAttribute("signedInName")
  String signedInName() {
    var authentication = signedIn();
    if (authentication == null) {
      return null;
    }
    return authentication.getPrincipal() instanceof DisplayNamed named
        ? named.displayName()
        : authentication.getName();
  }

  @ModelAttribute("navigation")
  List<NavigationItem> navigation() {
    var authentication = signedIn();
    if (authentication == null) {
      return List.of();
    }
    Set<String> roles =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(authority -> authority != null && authority.startsWith("ROLE_"))
            .map(authority -> authority.substring("ROLE_".length()))
            .collect(Collectors.toSet());
    return items.stream().filter(item -> item.visibleTo(roles)).toList();
  }

  private static Authentication signedIn() {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      return null;
    }
    return authentication;
  }
}
