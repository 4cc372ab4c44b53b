package org.stepwise.programme.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EligibilityRule;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.FieldRequirement;
import org.stepwise.programme.FormField;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.programme.RuleKind;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;

/** Administrators set up the services, their referral forms and eligibility rules. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ProgrammesController {

  private final Programmes programmes;
  private final MessageSource messages;

  ProgrammesController(Programmes programmes, MessageSource messages) {
    this.programmes = programmes;
    this.messages = messages;
  }

  @Bean
  static NavigationItem servicesNavigation() {
    return new NavigationItem(
        "Services",
        "/admin/services",
        Set.of("ADMIN"),
        70,
        "Set up the services you run: who they are for, their referral forms and eligibility rules.");
  }

  @ModelAttribute
  void choices(Model model) {
    model.addAttribute("allConditions", Condition.values());
    model.addAttribute("formFields", FormField.values());
    model.addAttribute("requirements", FieldRequirement.values());
    model.addAttribute(
        "fieldParams",
        Map.of(
            "NHS_NUMBER", "nhsNumberField",
            "WEEKS_OFF_WORK", "weeksOffWorkField",
            "EMPLOYER", "employerField",
            "GP_PRACTICE", "gpPracticeField"));
    model.addAttribute("ruleKinds", RuleKind.values());
    model.addAttribute("employmentStatuses", EmploymentStatus.values());
  }

  @GetMapping("/admin/services")
  String list(Model model) {
    model.addAttribute("services", programmes.all());
    return "programme/list";
  }

  @GetMapping("/admin/services/new")
  String newService(Model model) {
    model.addAttribute("form", ProgrammeForm.empty());
    model.addAttribute("errors", ErrorSummary.none());
    model.addAttribute("service", null);
    return "programme/edit";
  }

  @PostMapping("/admin/services/new")
  String create(
      @Valid @ModelAttribute("form") ProgrammeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (result.hasErrors() || !valid(form)) {
      model.addAttribute(
          "errors", ErrorSummary.of(result, messages, locale, ProgrammeForm.FIELD_ORDER));
      model.addAttribute("service", null);
      return "programme/edit";
    }
    var id = programmes.create(form.toDetails());
    redirect.addFlashAttribute(
        "done", "Service added. Now add its eligibility rules, if it has any.");
    return "redirect:/admin/services/" + id;
  }

  @GetMapping("/admin/services/{id}")
  String edit(@PathVariable UUID id, Model model) {
    var service = find(id);
    model.addAttribute("service", service);
    model.addAttribute("form", ProgrammeForm.of(service));
    model.addAttribute("errors", ErrorSummary.none());
    return "programme/edit";
  }

  @PostMapping("/admin/services/{id}")
  String change(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") ProgrammeForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var service = find(id);
    if (result.hasErrors() || !valid(form)) {
      model.addAttribute("service", service);
      model.addAttribute(
          "errors", ErrorSummary.of(result, messages, locale, ProgrammeForm.FIELD_ORDER));
      return "programme/edit";
    }
    programmes.change(service.id(), form.toDetails());
    redirect.addFlashAttribute("done", "Service saved.");
    return "redirect:/admin/services/" + id;
  }

  @GetMapping("/admin/services/{id}/rules/new")
  String newRule(@PathVariable UUID id, Model model) {
    model.addAttribute("service", find(id));
    model.addAttribute("values", Map.of());
    model.addAttribute("selectedChoices", List.of());
    model.addAttribute("errors", ErrorSummary.none());
    return "programme/rule";
  }

  @PostMapping("/admin/services/{id}/rules/new")
  String addRule(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      @RequestParam(name = "choices", required = false) List<String> choices,
      Model model,
      RedirectAttributes redirect) {
    var service = find(id);
    var errors = new ArrayList<ErrorSummary.Entry>();
    RuleKind kind = parse(values.get("kind"));
    if (kind == null) {
      errors.add(new ErrorSummary.Entry("kind", "kind-AGE_BETWEEN", "Select the kind of rule"));
    }
    Integer low =
        number(
            values.get("low"), "low", "the lower number", errors, kind != null && kind.usesLow());
    Integer high =
        number(
            values.get("high"),
            "high",
            "the higher number",
            errors,
            kind != null && kind.usesHigh());
    Set<String> chosen = new HashSet<>(choices == null ? List.of() : choices);
    if (kind != null && kind.usesChoices()) {
      chosen.removeIf(choice -> !valid(kind, choice));
      if (chosen.isEmpty()) {
        errors.add(
            new ErrorSummary.Entry(
                "choices", "choices-0", "Select at least one choice for this rule"));
      }
    } else {
      chosen.clear();
    }
    String explanation = values.getOrDefault("explanation", "").trim();
    if (explanation.isEmpty()) {
      errors.add(
          new ErrorSummary.Entry(
              "explanation",
              "explanation",
              "Explain in plain English why the rule matters; reviewers see this when it is not met"));
    } else if (explanation.length() > 500) {
      errors.add(
          new ErrorSummary.Entry(
              "explanation", "explanation", "Explanation must be 500 characters or fewer"));
    }
    if (errors.isEmpty() && low != null && high != null && low > high) {
      errors.add(
          new ErrorSummary.Entry(
              "low", "low", "The lower number must not be above the higher number"));
    }
    if (!errors.isEmpty()) {
      model.addAttribute("service", service);
      model.addAttribute("values", values);
      model.addAttribute("selectedChoices", choices == null ? List.of() : choices);
      model.addAttribute("errors", ErrorSummary.of(errors));
      return "programme/rule";
    }
    programmes.addRule(
        service.id(),
        new EligibilityRule(
            kind, kind.usesLow() ? low : null, kind.usesHigh() ? high : null, chosen, explanation));
    redirect.addFlashAttribute("done", "Rule added.");
    return "redirect:/admin/services/" + id;
  }

  @PostMapping("/admin/services/{id}/rules/{position}/remove")
  String removeRule(
      @PathVariable UUID id, @PathVariable int position, RedirectAttributes redirect) {
    programmes.removeRule(find(id).id(), position);
    redirect.addFlashAttribute("done", "Rule removed.");
    return "redirect:/admin/services/" + id;
  }

  private ProgrammeView find(UUID id) {
    return programmes
        .find(new ProgrammeId(id))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static boolean valid(ProgrammeForm form) {
    try {
      form.toDetails();
      return true;
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
  }

  private static boolean valid(RuleKind kind, String choice) {
    try {
      if (kind == RuleKind.CONDITION_IN) {
        Condition.valueOf(choice);
      } else {
        EmploymentStatus.valueOf(choice);
      }
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static RuleKind parse(String kind) {
    try {
      return kind == null ? null : RuleKind.valueOf(kind);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Integer number(
      String text, String field, String name, List<ErrorSummary.Entry> errors, boolean needed) {
    if (!needed) {
      return null;
    }
    try {
      int value = Integer.parseInt(text == null ? "" : text.trim());
      if (value < 0 || value > 200) {
        errors.add(new ErrorSummary.Entry(field, field, "Enter " + name + " between 0 and 200"));
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      errors.add(new ErrorSummary.Entry(field, field, "Enter " + name + " as a whole number"));
      return null;
    }
  }
}
