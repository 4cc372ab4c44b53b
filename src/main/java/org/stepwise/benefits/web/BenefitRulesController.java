package org.stepwise.benefits.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
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
import org.stepwise.benefits.BenefitRuleSets;
import org.stepwise.benefits.BenefitRules;
import org.stepwise.benefits.BenefitRules.Figure;
import org.stepwise.benefits.RuleSetId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.ConflictView;
import org.stepwise.site.Dates;
import org.stepwise.site.EditConflict;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.site.RecordNotFound;

/**
 * Administrators see every set of benefit rules, add a new set from a date, and correct or remove a
 * set no estimate has used.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class BenefitRulesController {

  private static final String LIST = "/admin/benefit-rules";

  private final BenefitRuleSets ruleSets;
  private final MessageSource messages;
  private final Clock clock;

  BenefitRulesController(BenefitRuleSets ruleSets, MessageSource messages, Clock clock) {
    this.ruleSets = ruleSets;
    this.messages = messages;
    this.clock = clock;
  }

  @Bean
  static NavigationItem benefitRulesNavigation() {
    return new NavigationItem(
        "Benefit rules",
        LIST,
        Set.of("ADMIN"),
        74,
        "Universal Credit, tax and National Insurance figures used by better-off estimates.");
  }

  @GetMapping(LIST)
  String show(Model model) {
    var all = ruleSets.all();
    model.addAttribute("ruleSets", all);
    model.addAttribute("used", ruleSets.estimatesUsing());
    model.addAttribute("current", ruleSets.inEffectOn(today()).map(BenefitRules::id).orElse(null));
    model.addAttribute("today", today());
    model.addAttribute(
        "lastChanged",
        all.stream().max(Comparator.comparing(BenefitRules::updatedAt)).orElse(null));
    model.addAttribute("figures", Figure.values());
    model.addAttribute("errors", ErrorSummary.none());
    return "benefits/rules";
  }

  @GetMapping(LIST + "/new")
  String newSet(Model model) {
    var form =
        ruleSets.all().stream()
            .findFirst()
            .map(latest -> BenefitRulesForm.of(latest, false))
            .orElse(BenefitRulesForm.empty());
    return form(null, form, ErrorSummary.none(), model);
  }

  @PostMapping(LIST)
  String add(
      @Valid @ModelAttribute("form") BenefitRulesForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    form.check(result);
    if (!result.hasErrors()) {
      try {
        var rules = form.toRules();
        ruleSets.add(rules);
        redirect.addFlashAttribute(
            "done",
            messages.getMessage(
                "benefitRules.added", new Object[] {Dates.date(rules.effectiveFrom())}, locale));
        return "redirect:" + LIST;
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    return form(null, form, errors(result, locale), model);
  }

  @GetMapping(LIST + "/{id}/edit")
  String edit(@PathVariable RuleSetId id, Model model) {
    var rules = ruleSets.find(id);
    if (ruleSets.estimatesUsing().containsKey(id)) {
      throw new ChangeRefused("benefitRules.correct.used");
    }
    return form(rules, BenefitRulesForm.of(rules, true), ErrorSummary.none(), model);
  }

  @PostMapping(LIST + "/{id}")
  String correct(
      @PathVariable RuleSetId id,
      @Valid @ModelAttribute("form") BenefitRulesForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var saved = ruleSets.find(id);
    form.check(result);
    if (!result.hasErrors()) {
      try {
        var rules = form.toRules();
        ruleSets.correct(id, form.version(), rules);
        redirect.addFlashAttribute(
            "done",
            messages.getMessage(
                "benefitRules.corrected",
                new Object[] {Dates.date(rules.effectiveFrom())},
                locale));
        return "redirect:" + LIST;
      } catch (EditConflict conflict) {
        var now = ruleSets.find(id);
        model.addAttribute("conflict", conflictView(now));
        return form(now, form.atVersion(now.version()), errors(result, locale), model);
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    return form(saved, form, errors(result, locale), model);
  }

  /**
   * Removes a set. Sent again once it is gone (a second click), the list says it is not there
   * rather than showing a page not found.
   */
  @PostMapping(LIST + "/{id}/remove")
  String remove(@PathVariable RuleSetId id, Locale locale, RedirectAttributes redirect) {
    BenefitRules removed;
    try {
      removed = ruleSets.remove(id);
    } catch (RecordNotFound gone) {
      redirect.addFlashAttribute(
          "notice", messages.getMessage("benefitRules.remove.gone", null, locale));
      return "redirect:" + LIST;
    }
    redirect.addFlashAttribute(
        "done",
        messages.getMessage(
            "benefitRules.removed", new Object[] {Dates.date(removed.effectiveFrom())}, locale));
    return "redirect:" + LIST;
  }

  private ConflictView conflictView(BenefitRules now) {
    var rows = new ArrayList<ConflictView.Row>();
    rows.add(new ConflictView.Row("In effect from", Dates.date(now.effectiveFrom())));
    for (var figure : Figure.values()) {
      rows.add(new ConflictView.Row(figure.label(), figure.shown(now)));
    }
    rows.add(new ConflictView.Row("Where the figures came from", now.source()));
    rows.add(new ConflictView.Row("Note", now.note() == null ? "None" : now.note()));
    return new ConflictView(now.updatedBy(), now.updatedAt(), rows, LIST);
  }

  private ErrorSummary errors(BindingResult result, Locale locale) {
    return ErrorSummary.of(result, messages, locale, BenefitRulesForm.FIELD_ORDER);
  }

  /**
   * @param correcting the set being corrected, or null when adding one
   */
  private String form(
      BenefitRules correcting, BenefitRulesForm form, ErrorSummary errors, Model model) {
    model.addAttribute("correcting", correcting);
    model.addAttribute("form", form);
    model.addAttribute("figures", Figure.values());
    model.addAttribute("errors", errors);
    return "benefits/rules-form";
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Dates.LONDON));
  }
}
