package org.stepwise.caseload.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.stepwise.caseload.Caseloads;
import org.stepwise.caseload.OnwardReferrals;
import org.stepwise.site.DateInput;
import org.stepwise.site.ErrorSummary;

/** Onward referrals from a case: make one, and record what came of it. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class OnwardReferralsController {

  private final OnwardReferrals onward;
  private final Caseloads caseloads;
  private final Clock clock;

  OnwardReferralsController(OnwardReferrals onward, Caseloads caseloads, Clock clock) {
    this.onward = onward;
    this.caseloads = caseloads;
    this.clock = clock;
  }

  @GetMapping("/cases/{id}/onward-referrals")
  String show(@PathVariable UUID id, Model model) {
    return page(id, Map.of(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/onward-referrals")
  String make(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    var errors = new ArrayList<ErrorSummary.Entry>();
    var service = values.getOrDefault("service", "").trim();
    if (service.isEmpty()) {
      errors.add(
          new ErrorSummary.Entry(
              "service", "service", "Enter the service the person was referred to"));
    }
    var madeOn =
        DateInput.blank(values, "made")
            ? LocalDate.now(clock.withZone(ZoneId.of("Europe/London")))
            : DateInput.parse(values, "made");
    if (madeOn == null) {
      errors.add(
          new ErrorSummary.Entry(
              "made", "made-day", "Enter the date as a real date, or leave it empty for today"));
    }
    if (!errors.isEmpty()) {
      return page(id, values, ErrorSummary.of(errors), model);
    }
    onward.make(id, service, values.get("reason"), madeOn);
    redirect.addFlashAttribute("done", "Onward referral to " + service + " recorded.");
    return "redirect:/cases/" + id + "/onward-referrals";
  }

  @PostMapping("/cases/{id}/onward-referrals/{referral}")
  String result(
      @PathVariable UUID id,
      @PathVariable UUID referral,
      @RequestParam(required = false) String result,
      RedirectAttributes redirect) {
    try {
      onward.recordResult(
          id, referral, OnwardReferrals.Result.valueOf(result == null ? "" : result));
      redirect.addFlashAttribute("done", "Result recorded.");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", "Choose what came of the referral");
    }
    return "redirect:/cases/" + id + "/onward-referrals";
  }

  private String page(UUID id, Map<String, String> values, ErrorSummary errors, Model model) {
    model.addAttribute(
        "c",
        caseloads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    model.addAttribute("referrals", onward.forCase(id));
    model.addAttribute("results", OnwardReferrals.Result.values());
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("errors", errors);
    return "caseload/onward";
  }
}
