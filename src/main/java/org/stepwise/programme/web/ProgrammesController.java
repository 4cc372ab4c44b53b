package org.stepwise.programme.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.FieldRequirement;
import org.stepwise.programme.FormField;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeVersion;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.programme.RuleKind;
import org.stepwise.site.Choice;
import org.stepwise.site.ConflictView;
import org.stepwise.site.EditConflict;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.site.RecordNotFound;

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
    model.addAttribute(
        "conditionsInScope",
        Arrays.stream(Condition.values())
            .filter(c -> c != Condition.OTHER)
            .map(c -> Choice.of(c.name(), c.label()))
            .toList());
    model.addAttribute("formFields", FormField.values());
    model.addAttribute(
        "requirements",
        Arrays.stream(FieldRequirement.values()).map(r -> Choice.of(r.name(), r.label())).toList());
    model.addAttribute(
        "fieldParams",
        Map.of(
            "NHS_NUMBER", "nhsNumberField",
            "WEEKS_OFF_WORK", "weeksOffWorkField",
            "EMPLOYER", "employerField",
            "GP_PRACTICE", "gpPracticeField"));
    model.addAttribute(
        "ruleKinds",
        Arrays.stream(RuleKind.values()).map(k -> Choice.of(k.name(), k.label())).toList());
    model.addAttribute("ruleChoices", ruleChoices());
  }

  /** A rule's choices: the work situations a referrer can know, then the conditions. */
  private static List<Choice> ruleChoices() {
    var choices = new ArrayList<Choice>();
    Arrays.stream(EmploymentStatus.values())
        .filter(s -> s != EmploymentStatus.NOT_KNOWN)
        .forEach(s -> choices.add(Choice.of(s.name(), "Work: " + s.label())));
    Arrays.stream(Condition.values())
        .forEach(c -> choices.add(Choice.of(c.name(), "Condition: " + c.label())));
    return choices;
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
    form.check(result);
    if (result.hasErrors()) {
      model.addAttribute(
          "errors", ErrorSummary.of(result, messages, locale, ProgrammeForm.FIELD_ORDER));
      model.addAttribute("service", null);
      return "programme/edit";
    }
    var id = programmes.create(form.toDetails());
    redirect.addFlashAttribute("done", messages.getMessage("programme.added", null, locale));
    return "redirect:/admin/services/" + id;
  }

  @GetMapping("/admin/services/{id}")
  String edit(@PathVariable UUID id, Model model) {
    var service = find(id);
    model.addAttribute("service", service);
    model.addAttribute("form", ProgrammeForm.of(service, version(service).number()));
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
    form.check(result);
    if (!result.hasErrors()) {
      try {
        programmes.change(service.id(), form.version(), form.toDetails());
        redirect.addFlashAttribute("done", messages.getMessage("programme.saved", null, locale));
        return "redirect:/admin/services/" + id;
      } catch (EditConflict conflict) {
        var now = find(id);
        var saved = version(now);
        model.addAttribute("service", now);
        model.addAttribute("form", form.atVersion(saved.number()));
        model.addAttribute("conflict", conflictView(now, saved));
        model.addAttribute("errors", ErrorSummary.none());
        return "programme/edit";
      }
    }
    model.addAttribute("service", service);
    model.addAttribute(
        "errors", ErrorSummary.of(result, messages, locale, ProgrammeForm.FIELD_ORDER));
    return "programme/edit";
  }

  @GetMapping("/admin/services/{id}/rules/new")
  String newRule(@PathVariable UUID id, Model model) {
    model.addAttribute("service", find(id));
    model.addAttribute("form", RuleForm.empty());
    model.addAttribute("errors", ErrorSummary.none());
    return "programme/rule";
  }

  @PostMapping("/admin/services/{id}/rules/new")
  String addRule(
      @PathVariable UUID id,
      @Valid @ModelAttribute("form") RuleForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var service = find(id);
    form.check(result);
    if (result.hasErrors()) {
      model.addAttribute("service", service);
      model.addAttribute("errors", ErrorSummary.of(result, messages, locale, RuleForm.FIELD_ORDER));
      return "programme/rule";
    }
    programmes.addRule(service.id(), form.toRule());
    redirect.addFlashAttribute("done", messages.getMessage("programme.rule.added", null, locale));
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
    return programmes.find(new ProgrammeId(id)).orElseThrow(() -> new RecordNotFound("service"));
  }

  private ProgrammeVersion version(ProgrammeView service) {
    return programmes.version(service.id()).orElseThrow(() -> new RecordNotFound("service"));
  }

  private static ConflictView conflictView(ProgrammeView now, ProgrammeVersion saved) {
    var rows = new ArrayList<ConflictView.Row>();
    rows.add(new ConflictView.Row("Name", now.name()));
    rows.add(new ConflictView.Row("Description for referrers", orBlank(now.description())));
    rows.add(new ConflictView.Row("Description for the public", orBlank(now.publicDescription())));
    rows.add(
        new ConflictView.Row(
            "Conditions in scope",
            now.conditionsInScope().isEmpty()
                ? "All"
                : now.conditionsInScope().stream()
                    .sorted()
                    .map(Condition::label)
                    .collect(Collectors.joining(", "))));
    for (var field : FormField.values()) {
      rows.add(new ConflictView.Row(field.label(), now.requirement(field).label()));
    }
    rows.add(
        new ConflictView.Row(
            "People can refer themselves", now.acceptsSelfReferral() ? "Yes" : "No"));
    rows.add(new ConflictView.Row("Taking referrals now", now.active() ? "Yes" : "No"));
    return new ConflictView(
        saved.savedBy(), saved.savedAt(), rows, "/admin/services/" + now.id().id());
  }

  private static String orBlank(String text) {
    return text == null ? "" : text;
  }
}
