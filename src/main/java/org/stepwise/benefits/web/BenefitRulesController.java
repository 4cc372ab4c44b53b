package org.stepwise.benefits.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.benefits.BenefitRuleSets;
import org.stepwise.benefits.BenefitRules;
import org.stepwise.benefits.BenefitRules.Figure;
import org.stepwise.benefits.Pounds;
import org.stepwise.site.DateInput;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;

/** Administrators see every set of benefit rules and add a new set from a date. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class BenefitRulesController {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final int MAX_SOURCE = 500;

  private final BenefitRuleSets ruleSets;
  private final Clock clock;

  BenefitRulesController(BenefitRuleSets ruleSets, Clock clock) {
    this.ruleSets = ruleSets;
    this.clock = clock;
  }

  @Bean
  static NavigationItem benefitRulesNavigation() {
    return new NavigationItem(
        "Benefit rules",
        "/admin/benefit-rules",
        Set.of("ADMIN"),
        74,
        "Universal Credit, tax and National Insurance figures used by better-off estimates.");
  }

  @GetMapping("/admin/benefit-rules")
  String show(Model model) {
    var values = new HashMap<String, String>();
    ruleSets.all().stream()
        .findFirst()
        .ifPresent(
            latest -> {
              for (var figure : Figure.values()) {
                var value = figure.in(latest);
                values.put(
                    figure.field(),
                    figure.unit().percent()
                        ? Pounds.plain(value)
                        : value.setScale(2, RoundingMode.HALF_UP).toPlainString());
              }
            });
    return page(values, ErrorSummary.none(), model);
  }

  @PostMapping("/admin/benefit-rules")
  String add(@RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
    var errors = new ArrayList<ErrorSummary.Entry>();
    var from = DateInput.parse(values, "from");
    if (from == null) {
      errors.add(
          new ErrorSummary.Entry(
              "from",
              "from-day",
              "Enter the date the figures take effect as a real date, like 6 4 2026"));
    } else if (ruleSets.all().stream().anyMatch(r -> r.effectiveFrom().equals(from))) {
      errors.add(new ErrorSummary.Entry("from", "from-day", dateTaken(from)));
    }
    var figures = new EnumMap<Figure, BigDecimal>(Figure.class);
    for (var figure : Figure.values()) {
      var percent = figure.unit().percent();
      var amount =
          Amounts.read(
              values,
              figure.field(),
              figure.label(),
              "Enter " + figure.label() + " as a number, like " + (percent ? "55" : "411.00"),
              percent ? new BigDecimal("100") : BenefitRules.MAX_POUNDS,
              percent ? "100" : "£1,000,000",
              errors);
      if (amount != null) {
        figures.put(figure, amount);
      }
    }
    var source = values.getOrDefault("source", "").strip();
    if (source.isEmpty() || source.length() > MAX_SOURCE) {
      errors.add(
          new ErrorSummary.Entry(
              "source",
              "source",
              "Enter where the figures came from, in up to " + MAX_SOURCE + " characters"));
    }
    if (errors.isEmpty()) {
      try {
        ruleSets.add(BenefitRules.of(from, figures, source));
        redirect.addFlashAttribute(
            "done", "Figures in effect from " + LONG_DATE.format(from) + " added.");
        return "redirect:/admin/benefit-rules";
      } catch (IllegalArgumentException e) {
        errors.add(
            e.getMessage().startsWith("There is already")
                ? new ErrorSummary.Entry("from", "from-day", dateTaken(from))
                : new ErrorSummary.Entry("", "main-content", e.getMessage()));
      }
    }
    return page(values, ErrorSummary.of(errors), model);
  }

  @PostMapping("/admin/benefit-rules/{id}/remove")
  String remove(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      var removed = ruleSets.remove(id);
      redirect.addFlashAttribute(
          "done",
          "Figures in effect from " + LONG_DATE.format(removed.effectiveFrom()) + " removed.");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", e.getMessage() + ".");
    }
    return "redirect:/admin/benefit-rules";
  }

  private static String dateTaken(LocalDate from) {
    return "There is already a set of figures in effect from "
        + LONG_DATE.format(from)
        + ". Choose another date";
  }

  private String page(Map<String, String> values, ErrorSummary errors, Model model) {
    var all = ruleSets.all();
    var today = clock.instant().atZone(LONDON).toLocalDate();
    model.addAttribute("ruleSets", all);
    model.addAttribute("used", ruleSets.estimatesUsing());
    model.addAttribute("current", ruleSets.inEffectOn(today).map(BenefitRules::id).orElse(null));
    model.addAttribute("today", today);
    model.addAttribute(
        "lastChanged",
        all.stream().max(Comparator.comparing(BenefitRules::createdAt)).orElse(null));
    model.addAttribute("figures", Figure.values());
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("errors", errors);
    model.addAttribute("dates", LONG_DATE);
    model.addAttribute("zone", LONDON);
    return "benefits/rules";
  }
}
