package org.stepwise.correspondence.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.correspondence.internal.LetterRenderer;
import org.stepwise.correspondence.internal.LetterRenderer.Section;
import org.stepwise.plan.PlanView;
import org.stepwise.plan.Plans;

/** The person's own copy of their plan, as an A4 PDF on the service's letterhead. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class PlanPdfController {

  private static final DateTimeFormatter LONG_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Plans plans;
  private final Cases cases;
  private final LetterRenderer renderer;

  PlanPdfController(Plans plans, Cases cases, LetterRenderer renderer) {
    this.plans = plans;
    this.cases = cases;
    this.renderer = renderer;
  }

  @GetMapping("/cases/{id}/plan.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable CaseId id) {
    var c = cases.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    var plan = plans.forCase(id);
    var html = renderer.document("Your plan, " + c.fullName(), status(plan), sections(c, plan));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.inline()
                .filename("plan-" + c.reference() + ".pdf")
                .build()
                .toString())
        .body(renderer.pdf(List.of(html)));
  }

  private static String status(PlanView plan) {
    if (plan.agreements().isEmpty()) {
      return "Draft: not yet agreed with you.";
    }
    var latest = plan.agreements().getFirst();
    return "Version "
        + latest.number()
        + ", agreed with you on "
        + LONG_DATE.format(latest.agreedOn())
        + ".";
  }

  private static List<Section> sections(CaseView c, PlanView plan) {
    var sections = new ArrayList<Section>();
    sections.add(
        new Section(
            "Your goals",
            List.of(plan.goals() == null ? "Not written yet." : plan.goals()),
            false));
    sections.add(
        new Section(
            "What we will do, and who will do it",
            plan.actions().isEmpty()
                ? List.of("Nothing yet.")
                : plan.actions().stream()
                    .map(
                        a ->
                            a.description()
                                + " ("
                                + a.owner().label()
                                + (a.dueOn() == null ? "" : ", by " + LONG_DATE.format(a.dueOn()))
                                + ", "
                                + a.status().label().toLowerCase(Locale.UK)
                                + ")")
                    .toList(),
            !plan.actions().isEmpty()));
    if (plan.adjustments() != null) {
      sections.add(new Section("Changes at work to ask for", List.of(plan.adjustments()), false));
    }
    if (plan.pacing() != null) {
      sections.add(new Section("Pacing: activity and rest", List.of(plan.pacing()), false));
    }
    if (plan.flareUp() != null) {
      sections.add(
          new Section("If your symptoms flare up at work", List.of(plan.flareUp()), false));
    }
    sections.add(
        new Section(
            "Your worker",
            List.of(
                "Your worker is "
                    + c.workerName()
                    + ". Talk to them if anything in this plan stops working for you. Taking part is your choice."),
            false));
    return sections;
  }
}
