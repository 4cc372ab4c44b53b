package org.stepwise.benefits.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
import org.stepwise.benefits.BetterOffEstimate;
import org.stepwise.benefits.BetterOffEstimates;
import org.stepwise.benefits.BetterOffInputs;
import org.stepwise.benefits.Pounds;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Caseloads;
import org.stepwise.site.ErrorSummary;

/** Better-off estimates from a case: the latest with its working, earlier ones, and the form. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class BetterOffController {

  private final BetterOffEstimates estimates;
  private final Caseloads caseloads;

  BetterOffController(BetterOffEstimates estimates, Caseloads caseloads) {
    this.estimates = estimates;
    this.caseloads = caseloads;
  }

  @GetMapping("/cases/{id}/better-off")
  String show(@PathVariable UUID id, Model model) {
    var c = knownCase(id);
    var all = estimates.forCase(id);
    var values = all.isEmpty() ? Map.<String, String>of() : values(all.getFirst().inputs());
    return page(c, all, values, ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/better-off")
  String estimate(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    var c = knownCase(id);
    var errors = new ArrayList<ErrorSummary.Entry>();
    var aged25 = yesNo(values, "aged25", "Select yes if they are aged 25 or over", errors);
    var lcwra =
        yesNo(
            values,
            "lcwra",
            "Select yes if they have limited capability for work and work-related activity",
            errors);
    var childOrLcw =
        yesNo(
            values,
            "childOrLcw",
            "Select yes if they are responsible for a child or have limited capability for work",
            errors);
    var money = BetterOffInputs.MAX_AMOUNT;
    var housing =
        Amounts.read(
            values,
            "housingCosts",
            "Housing costs",
            "Enter housing costs a month in pounds, or 0 if none",
            money,
            "£10,000",
            errors);
    var other =
        Amounts.read(
            values,
            "otherIncome",
            "Other income",
            "Enter other income a week in pounds, or 0 if none",
            money,
            "£10,000",
            errors);
    var hours =
        Amounts.read(
            values,
            "hours",
            "Hours a week",
            "Enter hours a week in the job as a number, like 16",
            BetterOffInputs.MAX_HOURS,
            "100",
            errors);
    var pay =
        Amounts.read(
            values,
            "pay",
            "Pay an hour",
            "Enter pay an hour in pounds, like 12.21",
            BetterOffInputs.MAX_HOURLY_PAY,
            "£1,000",
            errors);
    var costs =
        Amounts.read(
            values,
            "workCosts",
            "Work costs",
            "Enter work costs a week in pounds, or 0 if none",
            money,
            "£10,000",
            errors);
    if (errors.isEmpty()) {
      try {
        estimates.estimate(
            id, new BetterOffInputs(aged25, lcwra, childOrLcw, housing, other, hours, pay, costs));
        redirect.addFlashAttribute("done", "Estimate saved.");
        return "redirect:/cases/" + id + "/better-off";
      } catch (IllegalArgumentException e) {
        errors.add(new ErrorSummary.Entry("", "main-content", e.getMessage()));
      }
    }
    return page(c, estimates.forCase(id), values, ErrorSummary.of(errors), model);
  }

  @GetMapping("/cases/{id}/better-off/{estimateId}")
  String one(@PathVariable UUID id, @PathVariable UUID estimateId, Model model) {
    var c = knownCase(id);
    var estimate =
        estimates
            .find(id, estimateId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("c", c);
    model.addAttribute("e", estimate);
    model.addAttribute("dates", BenefitRulesController.LONG_DATE);
    model.addAttribute("zone", BenefitRulesController.LONDON);
    return "benefits/estimate";
  }

  private String page(
      CaseView c,
      List<BetterOffEstimate> all,
      Map<String, String> values,
      ErrorSummary errors,
      Model model) {
    model.addAttribute("c", c);
    model.addAttribute("closed", "CLOSED".equals(c.status()));
    model.addAttribute("latest", all.isEmpty() ? null : all.getFirst());
    model.addAttribute("earlier", all.isEmpty() ? List.of() : all.subList(1, all.size()));
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("errors", errors);
    model.addAttribute("dates", BenefitRulesController.LONG_DATE);
    model.addAttribute("zone", BenefitRulesController.LONDON);
    return "benefits/better-off";
  }

  private CaseView knownCase(UUID id) {
    return caseloads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static Boolean yesNo(
      Map<String, String> values, String field, String message, List<ErrorSummary.Entry> errors) {
    var answer = values.get(field);
    if ("yes".equals(answer) || "no".equals(answer)) {
      return "yes".equals(answer);
    }
    errors.add(new ErrorSummary.Entry(field, field + "-yes", message));
    return null;
  }

  private static Map<String, String> values(BetterOffInputs in) {
    var values = new HashMap<String, String>();
    values.put("aged25", in.aged25OrOver() ? "yes" : "no");
    values.put("lcwra", in.lcwra() ? "yes" : "no");
    values.put("childOrLcw", in.childOrLimitedCapability() ? "yes" : "no");
    values.put("housingCosts", money(in.housingCostsMonthly()));
    values.put("otherIncome", money(in.otherIncomeWeekly()));
    values.put("hours", Pounds.plain(in.hoursWeekly()));
    values.put("pay", money(in.hourlyPay()));
    values.put("workCosts", money(in.workCostsWeekly()));
    return values;
  }

  private static String money(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
