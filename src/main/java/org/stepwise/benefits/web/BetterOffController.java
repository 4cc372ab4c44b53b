package org.stepwise.benefits.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.benefits.BetterOffCalculation;
import org.stepwise.benefits.BetterOffEstimate;
import org.stepwise.benefits.BetterOffEstimateId;
import org.stepwise.benefits.BetterOffEstimates;
import org.stepwise.benefits.BetterOffInputs;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;

/** Better-off estimates from a case: the latest with its working, earlier ones, and the form. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class BetterOffController {

  private final BetterOffEstimates estimates;
  private final Cases cases;
  private final MessageSource messages;

  BetterOffController(BetterOffEstimates estimates, Cases cases, MessageSource messages) {
    this.estimates = estimates;
    this.cases = cases;
    this.messages = messages;
  }

  @GetMapping("/cases/{id}/better-off")
  String show(@PathVariable CaseId id, Model model) {
    var c = knownCase(id);
    var all = estimates.forCase(id);
    var form = all.isEmpty() ? BetterOffForm.empty() : BetterOffForm.of(all.getFirst().inputs());
    return page(c, all, form, ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/better-off")
  String estimate(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("form") BetterOffForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = knownCase(id);
    form.check(result);
    if (ChangeRefused.tryChange(result, () -> estimates.estimate(id, form.toInputs()))) {
      redirect.addFlashAttribute("done", messages.getMessage("betterOff.saved", null, locale));
      return "redirect:/cases/" + id + "/better-off";
    }
    return page(
        c,
        estimates.forCase(id),
        form,
        ErrorSummary.of(result, messages, locale, BetterOffForm.FIELD_ORDER),
        model);
  }

  @GetMapping("/cases/{id}/better-off/{estimateId}")
  String one(@PathVariable CaseId id, @PathVariable BetterOffEstimateId estimateId, Model model) {
    var c = knownCase(id);
    var estimate = estimates.find(id, estimateId).orElseThrow(() -> new RecordNotFound("estimate"));
    model.addAttribute("c", c);
    model.addAttribute("e", estimate);
    model.addAttribute("notModelled", BetterOffCalculation.NOT_MODELLED);
    model.addAttribute("errors", ErrorSummary.none());
    return "benefits/estimate";
  }

  private String page(
      CaseView c,
      List<BetterOffEstimate> all,
      BetterOffForm form,
      ErrorSummary errors,
      Model model) {
    model.addAttribute("c", c);
    model.addAttribute("closed", c.closed());
    model.addAttribute("latest", all.isEmpty() ? null : all.getFirst());
    model.addAttribute("earlier", all.isEmpty() ? List.of() : all.subList(1, all.size()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("notModelled", BetterOffCalculation.NOT_MODELLED);
    model.addAttribute("yesNo", List.of(Choice.of("yes", "Yes"), Choice.of("no", "No")));
    model.addAttribute(
        "lcwraRates",
        List.of(
            new Choice(
                BetterOffInputs.Lcwra.NONE.name(),
                "No",
                "No Work Capability Assessment has found limited capability for work and"
                    + " work-related activity."),
            new Choice(
                BetterOffInputs.Lcwra.NEW_CLAIMANT.name(),
                "Yes, at the new claimant rate",
                "For most people whose Universal Credit claim began on or after 6 April 2026."),
            new Choice(
                BetterOffInputs.Lcwra.PROTECTED.name(),
                "Yes, at the protected rate",
                "For people who had LCWRA on a claim made before 6 April 2026, who meet the severe"
                    + " conditions criteria, or who are terminally ill.")));
    return "benefits/better-off";
  }

  private CaseView knownCase(CaseId id) {
    return cases.find(id).orElseThrow(() -> new RecordNotFound("case"));
  }
}
