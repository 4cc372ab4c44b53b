package org.stepwise.caseload.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.Teams;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.ErrorSummary;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.triage.TriageId;

/** The manager's team page: capacity, continuity, and suggested assignments in one click. */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class TeamController {

  private final Teams teams;
  private final Cases cases;
  private final StaffDirectory staff;
  private final MessageSource messages;

  TeamController(Teams teams, Cases cases, StaffDirectory staff, MessageSource messages) {
    this.teams = teams;
    this.cases = cases;
    this.staff = staff;
    this.messages = messages;
  }

  @GetMapping("/team")
  String team(Model model) {
    return page(ErrorSummary.none(), model);
  }

  /**
   * Assigns a suggested worker. When that cannot be done (someone else opened the case first, the
   * worker filled up) the team page says why in its error summary.
   */
  @PostMapping("/team/assign")
  String assign(
      @RequestParam TriageId triage,
      @RequestParam String worker,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      var id = cases.open(triage, worker, null);
      redirect.addFlashAttribute(
          "done",
          messages.getMessage(
              "case.opened",
              new Object[] {staff.worker(worker).map(w -> w.displayName()).orElse(worker)},
              locale));
      return "redirect:/team#case-" + id;
    } catch (ChangeRefused refused) {
      return page(
          ErrorSummary.single(
              "",
              "main-content",
              messages.getMessage(
                  refused.messageKey(), refused.arguments(), refused.messageKey(), locale)),
          model);
    }
  }

  private String page(ErrorSummary errors, Model model) {
    model.addAttribute("team", teams.team());
    model.addAttribute("suggestions", teams.suggestions(20));
    model.addAttribute("errors", errors);
    return "caseload/team";
  }
}
