package org.stepwise.caseload.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
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
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.caseload.OnwardReferralId;
import org.stepwise.caseload.OnwardReferrals;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.DateField;
import org.stepwise.site.EditConflict;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.FormValues;
import org.stepwise.site.RecordNotFound;

/** Onward referrals from a case: make one, and record what came of it. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class OnwardReferralsController {

  private final OnwardReferrals onward;
  private final Cases cases;
  private final MessageSource messages;

  OnwardReferralsController(OnwardReferrals onward, Cases cases, MessageSource messages) {
    this.onward = onward;
    this.cases = cases;
    this.messages = messages;
  }

  @GetMapping("/cases/{id}/onward-referrals")
  String show(@PathVariable CaseId id, Model model) {
    return page(find(id), OnwardReferralForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/onward-referrals")
  String make(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("form") OnwardReferralForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = find(id);
    if (ChangeRefused.tryChange(
        result,
        () -> onward.make(id, form.service(), form.reason(), DateField.dateIn(form.made())))) {
      redirect.addFlashAttribute(
          "done", messages.getMessage("onward.made", new Object[] {form.service().trim()}, locale));
      return "redirect:/cases/" + id + "/onward-referrals";
    }
    return page(
        c, form, ErrorSummary.of(result, messages, locale, OnwardReferralForm.FIELD_ORDER), model);
  }

  /**
   * One select and a button per referral: a value not on the list says so on the page. The same
   * result sent twice is recorded once; a different result from a page older than the last one
   * recorded changes nothing, and the page says what is recorded now, keeping the choice made.
   */
  @PostMapping("/cases/{id}/onward-referrals/{referral}")
  String result(
      @PathVariable CaseId id,
      @PathVariable OnwardReferralId referral,
      @ModelAttribute("resultForm") OnwardResultForm form,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = find(id);
    var field = "result-" + referral;
    var chosen = FormValues.choice(OnwardReferrals.Result.class, form.result());
    if (chosen.isEmpty()) {
      return page(
          c,
          OnwardReferralForm.empty(),
          ErrorSummary.single(
              field, field, messages.getMessage("onward.result.required", null, locale)),
          model);
    }
    try {
      onward.recordResult(id, referral, chosen.get(), form.version());
    } catch (EditConflict conflict) {
      var now = onward.find(id, referral);
      model.addAttribute("chosen", Map.of(referral, chosen.get()));
      return page(
          c,
          OnwardReferralForm.empty(),
          ErrorSummary.single(
              field,
              field,
              messages.getMessage(
                  "onward.result.changedMeanwhile",
                  new Object[] {now.service(), now.result().label(), now.updatedBy()},
                  locale)),
          model);
    }
    redirect.addFlashAttribute("done", messages.getMessage("onward.result.recorded", null, locale));
    return "redirect:/cases/" + id + "/onward-referrals";
  }

  private String page(CaseView c, OnwardReferralForm form, ErrorSummary errors, Model model) {
    model.addAttribute("c", c);
    model.addAttribute("referrals", onward.forCase(c.id()));
    model.addAttribute("results", Choice.of(OnwardReferrals.Result.values()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    if (!model.containsAttribute("chosen")) {
      model.addAttribute("chosen", Map.of());
    }
    return "caseload/onward";
  }

  private CaseView find(CaseId id) {
    return cases.find(id).orElseThrow(() -> new RecordNotFound("case"));
  }
}
