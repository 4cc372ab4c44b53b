package org.stepwise.assessment.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.QuestionnaireLinkId;
import org.stepwise.assessment.QuestionnaireLinks;
import org.stepwise.assessment.QuestionnaireResponse;
import org.stepwise.assessment.QuestionnaireResponseId;
import org.stepwise.assessment.Questionnaires;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.DateField;
import org.stepwise.site.Dates;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;

/**
 * Questionnaires on a case: scores over time, completing one in a session, and links sent to the
 * person.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class QuestionnairesController {

  private final Questionnaires questionnaires;
  private final QuestionnaireLinks links;
  private final Cases cases;
  private final MessageSource messages;
  private final Clock clock;

  QuestionnairesController(
      Questionnaires questionnaires,
      QuestionnaireLinks links,
      Cases cases,
      MessageSource messages,
      Clock clock) {
    this.questionnaires = questionnaires;
    this.links = links;
    this.cases = cases;
    this.messages = messages;
    this.clock = clock;
  }

  /** One instrument's completions on the case, oldest first, for the chart and its table. */
  record History(Questionnaire q, List<QuestionnaireResponse> responses, String alt) {}

  @GetMapping("/cases/{id}/questionnaires")
  String list(@PathVariable CaseId id, Model model) {
    return list(id, ErrorSummary.none(), model);
  }

  @GetMapping("/cases/{id}/questionnaires/{code}/new")
  String form(@PathVariable CaseId id, @PathVariable String code, Model model) {
    var q = questionnaires.definition(code);
    return form(theCase(id), q, CompletionForm.on(today()), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/questionnaires/{code}/new")
  String complete(
      @PathVariable CaseId id,
      @PathVariable String code,
      @Valid @ModelAttribute("form") CompletionForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = theCase(id);
    var q = questionnaires.definition(code);
    var answers = form.check(q, result, today());
    if (!result.hasErrors()) {
      try {
        // Keyed by the form, so the form sent twice records once and lands on the same page.
        var responseId =
            questionnaires.complete(
                id, form.responseId(), code, answers, DateField.dateIn(form.on()));
        redirect.addFlashAttribute(
            "done", messages.getMessage("questionnaire.recorded", new Object[] {q.name()}, locale));
        return "redirect:/cases/" + id + "/questionnaires/responses/" + responseId;
      } catch (ChangeRefused refused) {
        refused.addTo(result);
        // Nothing was recorded; a key already used elsewhere must not be sent again.
        form = form.withNewKey();
      }
    }
    var errors = ErrorSummary.of(result, messages, locale, CompletionForm.fieldOrder(q));
    return form(c, q, form.keyedForm(), errors, model);
  }

  @GetMapping("/cases/{id}/questionnaires/responses/{responseId}")
  String response(
      @PathVariable CaseId id, @PathVariable QuestionnaireResponseId responseId, Model model) {
    var r =
        questionnaires
            .response(id, responseId)
            .orElseThrow(() -> new RecordNotFound("questionnaire response"));
    model.addAttribute("c", theCase(id));
    model.addAttribute("r", r);
    model.addAttribute("q", questionnaires.definition(r.code()));
    return "assessment/questionnaire-response";
  }

  /** A one-button action: a refusal shows the list again with the reason in the error summary. */
  @PostMapping("/cases/{id}/questionnaires/{code}/send")
  String send(
      @PathVariable CaseId id,
      @PathVariable String code,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      var link = links.send(id, code);
      redirect.addFlashAttribute("sentName", link.name());
      redirect.addFlashAttribute(
          "sentLink",
          ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).toUriString());
      redirect.addFlashAttribute("sentUntil", link.expiresAt());
      return "redirect:/cases/" + id + "/questionnaires";
    } catch (ChangeRefused refused) {
      return list(id, refusal(refused, locale), model);
    }
  }

  @PostMapping("/cases/{id}/questionnaires/links/{linkId}/cancel")
  String cancel(
      @PathVariable CaseId id,
      @PathVariable QuestionnaireLinkId linkId,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      links.cancel(id, linkId);
      redirect.addFlashAttribute(
          "done", messages.getMessage("questionnaire.link.cancelled", null, locale));
      return "redirect:/cases/" + id + "/questionnaires";
    } catch (ChangeRefused refused) {
      return list(id, refusal(refused, locale), model);
    }
  }

  @GetMapping("/cases/{id}/questionnaires/{code}/chart.png")
  ResponseEntity<byte[]> chart(@PathVariable CaseId id, @PathVariable String code) {
    var q = questionnaires.definition(code);
    var mine =
        questionnaires.forCase(id).stream().filter(r -> r.code().equals(code)).toList().reversed();
    if (mine.isEmpty() || q.chart().isEmpty()) {
      throw new RecordNotFound("chart");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .header("Cache-Control", "no-store")
        .body(ScoreChart.png(q, mine));
  }

  private String list(CaseId id, ErrorSummary errors, Model model) {
    var c = theCase(id);
    var responses = questionnaires.forCase(id);
    var available = questionnaires.available();
    var histories = new ArrayList<History>();
    for (var q : available) {
      var mine = responses.stream().filter(r -> r.code().equals(q.code())).toList().reversed();
      if (!mine.isEmpty() && !q.chart().isEmpty()) {
        histories.add(new History(q, mine, alt(q, mine)));
      }
    }
    var seen = new HashSet<String>();
    model.addAttribute("c", c);
    model.addAttribute(
        "alerted",
        responses.stream()
            .filter(r -> seen.add(r.code()))
            .filter(r -> !r.alerts().isEmpty())
            .toList());
    model.addAttribute("histories", histories);
    model.addAttribute("available", available);
    model.addAttribute("links", links.links(id));
    model.addAttribute("errors", errors);
    return "assessment/questionnaires";
  }

  private ErrorSummary refusal(ChangeRefused refused, Locale locale) {
    return ErrorSummary.single(
        "",
        "main-content",
        messages.getMessage(
            refused.messageKey(), refused.arguments(), refused.messageKey(), locale));
  }

  private String form(
      CaseView c, Questionnaire q, CompletionForm form, ErrorSummary errors, Model model) {
    model.addAttribute("c", c);
    model.addAttribute("q", q);
    model.addAttribute("items", QuestionnaireItems.of(q));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "assessment/questionnaire-form";
  }

  private static String alt(Questionnaire q, List<QuestionnaireResponse> oldestFirst) {
    var lines = new LinkedHashMap<String, List<String>>();
    for (var scoreId : q.chart()) {
      var label = q.score(scoreId).orElseThrow().label();
      lines.put(
          label,
          oldestFirst.stream()
              .flatMap(r -> r.scores().stream())
              .filter(v -> v.id().equals(scoreId) && v.value() != null)
              .map(v -> v.text())
              .toList());
    }
    var parts =
        lines.entrySet().stream()
            .map(e -> e.getKey() + ": " + String.join(", then ", e.getValue()))
            .toList();
    return "Chart of "
        + q.code()
        + " scores over "
        + oldestFirst.size()
        + (oldestFirst.size() == 1 ? " completion. " : " completions. ")
        + String.join(". ", parts)
        + ". The table below gives each date.";
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(Dates.LONDON));
  }

  private CaseView theCase(CaseId id) {
    return cases.find(id).orElseThrow(() -> new RecordNotFound("case"));
  }
}
