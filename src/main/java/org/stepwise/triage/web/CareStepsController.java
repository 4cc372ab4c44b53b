package org.stepwise.triage.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
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
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.triage.CareStep;
import org.stepwise.triage.CareSteps;
import org.stepwise.triage.StepRule;

/** Administrators set each service's steps, waiting-time targets and step rules. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CareStepsController {

  private final CareSteps careSteps;
  private final Programmes programmes;

  CareStepsController(CareSteps careSteps, Programmes programmes) {
    this.careSteps = careSteps;
    this.programmes = programmes;
  }

  @Bean
  static NavigationItem careStepsNavigation() {
    return new NavigationItem(
        "Care steps",
        "/admin/care-steps",
        Set.of("ADMIN"),
        72,
        "Each service's steps of support, waiting-time targets, and the rules that suggest a step.");
  }

  @GetMapping("/admin/care-steps")
  String list(Model model) {
    model.addAttribute("services", programmes.all());
    return "triage/care-steps";
  }

  @GetMapping("/admin/care-steps/{id}")
  String edit(@PathVariable UUID id, Model model) {
    return page(id, stepValues(careSteps.steps(id)), Map.of(), ErrorSummary.none(), model);
  }

  @PostMapping("/admin/care-steps/{id}")
  String saveSteps(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    service(id);
    var errors = new ArrayList<ErrorSummary.Entry>();
    var steps = new ArrayList<CareStep>();
    for (int n = 1; n <= 3; n++) {
      String name = values.getOrDefault("name" + n, "").trim();
      if (name.isEmpty() || name.length() > 200) {
        errors.add(
            new ErrorSummary.Entry(
                "name" + n, "name" + n, "Enter a name for step " + n + ", up to 200 characters"));
      }
      Integer target = parse(values.get("target" + n));
      if (target == null || target < 0 || target > 104) {
        errors.add(
            new ErrorSummary.Entry(
                "target" + n,
                "target" + n,
                "Enter the waiting-time target for step " + n + " in weeks, from 0 to 104"));
      }
      if (target != null) {
        steps.add(new CareStep(n, name, target));
      }
    }
    if (!errors.isEmpty()) {
      return page(id, values, Map.of(), ErrorSummary.of(errors), model);
    }
    careSteps.saveSteps(id, steps);
    redirect.addFlashAttribute("done", "Steps saved.");
    return "redirect:/admin/care-steps/" + id;
  }

  @PostMapping("/admin/care-steps/{id}/rules")
  String addRule(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    service(id);
    var errors = new ArrayList<ErrorSummary.Entry>();
    StepRule.Kind kind = null;
    try {
      kind = StepRule.Kind.valueOf(values.getOrDefault("kind", ""));
    } catch (IllegalArgumentException e) {
      errors.add(
          new ErrorSummary.Entry("kind", "kind-JOB_AT_RISK", "Select what the rule looks at"));
    }
    Integer threshold = parse(values.get("threshold"));
    if (kind != null
        && kind.usesThreshold()
        && (threshold == null || threshold < 0 || threshold > 520)) {
      errors.add(
          new ErrorSummary.Entry(
              "threshold",
              "threshold",
              "Enter the number this rule compares with, as a whole number"));
    }
    Integer step = parse(values.get("step"));
    if (step == null || step < 1 || step > 3) {
      errors.add(new ErrorSummary.Entry("step", "ruleStep-1", "Select the step the rule suggests"));
    }
    String reason = values.getOrDefault("reason", "").trim();
    if (reason.isEmpty() || reason.length() > 300) {
      errors.add(
          new ErrorSummary.Entry(
              "reason", "reason", "Enter the reason practitioners will see, up to 300 characters"));
    }
    if (!errors.isEmpty()) {
      return page(id, stepValues(careSteps.steps(id)), values, ErrorSummary.of(errors), model);
    }
    careSteps.addRule(
        id, new StepRule(kind, kind.usesThreshold() ? threshold : null, step, reason));
    redirect.addFlashAttribute("done", "Rule added.");
    return "redirect:/admin/care-steps/" + id;
  }

  @PostMapping("/admin/care-steps/{id}/rules/{position}/remove")
  String removeRule(
      @PathVariable UUID id, @PathVariable int position, RedirectAttributes redirect) {
    service(id);
    careSteps.removeRule(id, position);
    redirect.addFlashAttribute("done", "Rule removed.");
    return "redirect:/admin/care-steps/" + id;
  }

  private String page(
      UUID id,
      Map<String, String> stepValues,
      Map<String, String> ruleValues,
      ErrorSummary errors,
      Model model) {
    model.addAttribute("service", service(id));
    model.addAttribute("values", stepValues);
    model.addAttribute("ruleValues", ruleValues);
    model.addAttribute("rules", careSteps.rules(id));
    model.addAttribute("kinds", StepRule.Kind.values());
    model.addAttribute("errors", errors);
    return "triage/care-steps-edit";
  }

  private static Map<String, String> stepValues(List<CareStep> steps) {
    var values = new java.util.HashMap<String, String>();
    for (var step : steps) {
      values.put("name" + step.number(), step.name());
      values.put("target" + step.number(), String.valueOf(step.waitTargetWeeks()));
    }
    return values;
  }

  private ProgrammeView service(UUID id) {
    return programmes
        .find(new ProgrammeId(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Integer parse(String text) {
    try {
      return text == null ? null : Integer.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
