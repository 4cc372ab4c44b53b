package org.stepwise.plan.web;

import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.assessment.FitNotes;
import org.stepwise.caseload.Caseloads;
import org.stepwise.plan.ActionOwner;
import org.stepwise.plan.ActionStatus;
import org.stepwise.plan.Plans;
import org.stepwise.site.DateInput;

/**
 * The plan on a case: write it, add and update actions, record the person's agreement. The person's
 * PDF copy is made by correspondence.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class PlanController {

  private final Plans plans;
  private final Caseloads caseloads;
  private final FitNotes fitNotes;

  PlanController(Plans plans, Caseloads caseloads, FitNotes fitNotes) {
    this.plans = plans;
    this.caseloads = caseloads;
    this.fitNotes = fitNotes;
  }

  @GetMapping("/cases/{id}/plan")
  String show(@PathVariable UUID id, Model model) {
    return page(id, model, "plan/plan");
  }

  @PostMapping("/cases/{id}/plan")
  String write(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    try {
      plans.write(
          id,
          values.get("goals"),
          values.get("adjustments"),
          values.get("pacing"),
          values.get("flareUp"));
      redirect.addFlashAttribute(
          "done", "Plan saved. When the person agrees it, record their agreement.");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/cases/" + id + "/plan";
  }

  @PostMapping("/cases/{id}/plan/actions")
  String addAction(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    try {
      var due = DateInput.blank(values, "due") ? null : DateInput.parse(values, "due");
      if (!DateInput.blank(values, "due") && due == null) {
        throw new IllegalArgumentException("Enter the due date as a real date, or leave it empty");
      }
      plans.addAction(id, values.get("description"), parseOwner(values.get("owner")), due);
      redirect.addFlashAttribute("done", "Action added.");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
      redirect.addFlashAttribute("entered", values);
    }
    return "redirect:/cases/" + id + "/plan";
  }

  @PostMapping("/cases/{id}/plan/actions/{position}")
  String changeAction(
      @PathVariable UUID id,
      @PathVariable int position,
      @RequestParam String status,
      RedirectAttributes redirect) {
    try {
      plans.changeAction(id, position, ActionStatus.valueOf(status));
      redirect.addFlashAttribute("done", "Action updated.");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", "Choose where the action has got to");
    }
    return "redirect:/cases/" + id + "/plan";
  }

  @PostMapping("/cases/{id}/plan/agree")
  String agree(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    try {
      int version = plans.agree(id, values.get("how"));
      redirect.addFlashAttribute(
          "done", "Recorded: the person agreed version " + version + " of their plan.");
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
      redirect.addFlashAttribute("entered", values);
    }
    return "redirect:/cases/" + id + "/plan";
  }

  private String page(UUID id, Model model, String view) {
    model.addAttribute(
        "c",
        caseloads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    model.addAttribute("plan", plans.forCase(id));
    model.addAttribute(
        "fitNote",
        fitNotes
            .latest(id)
            .map(
                n ->
                    n.summary(
                        java.time.format.DateTimeFormatter.ofPattern(
                            "d MMMM yyyy", java.util.Locale.UK)))
            .orElse(null));
    model.addAttribute("owners", ActionOwner.values());
    model.addAttribute("statuses", ActionStatus.values());
    if (!model.containsAttribute("entered")) {
      model.addAttribute("entered", Map.of());
    }
    return view;
  }

  private static ActionOwner parseOwner(String owner) {
    try {
      return ActionOwner.valueOf(owner == null ? "" : owner);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Choose who will do it");
    }
  }
}
