package org.stepwise.audit.web;

import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stepwise.audit.AuditLog;
import org.stepwise.site.NavigationItem;

/** Administrators read the access log. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

  private final AuditLog auditLog;

  AuditController(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @GetMapping("/admin/audit")
  String recent(Model model) {
    model.addAttribute("entries", auditLog.recent(200));
    return "audit/events";
  }

  @Bean
  static NavigationItem auditNavigation() {
    return new NavigationItem(
        "Access log",
        "/admin/audit",
        Set.of("ADMIN"),
        90,
        "Who read or changed which record, and when.");
  }
}
