package org.stepwise.caseload.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.stepwise.caseload.CaseloadFilter;
import org.stepwise.caseload.Caseloads;
import org.stepwise.programme.Condition;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;
import org.stepwise.site.FormValues;
import org.stepwise.site.NavigationItem;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.WorkerProfile;

/**
 * A worker's caseload, filtered; a manager can look at the caseloads of their teams' workers, and a
 * worker covering for a colleague at the colleague's.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class CaseloadController {

  private final Caseloads caseloads;
  private final Programmes programmes;
  private final StaffDirectory staff;

  CaseloadController(Caseloads caseloads, Programmes programmes, StaffDirectory staff) {
    this.caseloads = caseloads;
    this.programmes = programmes;
    this.staff = staff;
  }

  @Bean
  static NavigationItem caseloadNavigation() {
    return new NavigationItem(
        "Caseload",
        "/caseload",
        Set.of("PRACTITIONER", "MANAGER"),
        5,
        "Your cases, with what needs action and by when.");
  }

  @Bean
  static NavigationItem teamNavigation() {
    return new NavigationItem(
        "Team",
        "/team",
        Set.of("MANAGER"),
        45,
        "Each worker's cases against their limit, who can take more, and continuity.");
  }

  /** Filters that make no sense (a step that is not a number, an unknown service) match all. */
  @GetMapping("/caseload")
  String caseload(
      @RequestParam(required = false) String worker,
      @RequestParam(required = false) String step,
      @RequestParam(required = false) String service,
      @RequestParam(required = false) String show,
      @RequestParam(required = false) String condition,
      Model model,
      Authentication user) {
    var filter =
        new CaseloadFilter(
            FormValues.wholeNumber(step),
            programme(service),
            "action".equals(show),
            "overdue".equals(show),
            FormValues.choice(Condition.class, condition).orElse(null));
    boolean manager =
        user.getAuthorities().stream().anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
    // The workers whose caseloads the user may look at: those they manage, or cover for.
    var workers =
        staff.workers().stream()
            .filter(
                w ->
                    w.username().equalsIgnoreCase(user.getName())
                        || caseloads.maySeeWorkOf(w.username()))
            .toList();
    if (workers.size() == 1 && workers.getFirst().username().equalsIgnoreCase(user.getName())) {
      workers = List.<WorkerProfile>of();
    }
    String whose = worker != null && !worker.isBlank() ? worker : user.getName();
    if (manager
        && (worker == null || worker.isBlank())
        && staff.worker(whose).isEmpty()
        && !workers.isEmpty()) {
      // A manager who holds no cases of their own starts at their first worker's caseload.
      whose = workers.getFirst().username();
    }
    model.addAttribute("rows", caseloads.caseload(whose, filter));
    model.addAttribute("whose", staff.worker(whose).map(w -> w.displayName()).orElse(whose));
    model.addAttribute("workers", workers);
    model.addAttribute("worker", whose);
    model.addAttribute("services", programmes.all());
    model.addAttribute("conditions", Condition.values());
    model.addAttribute(
        "filter",
        Map.of(
            "step", step == null ? "" : step,
            "service", service == null ? "" : service,
            "show", show == null ? "" : show,
            "condition", condition == null ? "" : condition));
    return "caseload/caseload";
  }

  private static ProgrammeId programme(String value) {
    try {
      return value == null || value.isBlank()
          ? null
          : new ProgrammeId(UUID.fromString(value.trim()));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
