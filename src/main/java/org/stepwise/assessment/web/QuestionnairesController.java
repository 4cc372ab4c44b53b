package org.stepwise.assessment.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.stepwise.assessment.Questionnaire;
import org.stepwise.assessment.QuestionnaireResponse;
import org.stepwise.assessment.Questionnaires;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Caseloads;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.DateInput;
import org.stepwise.site.ErrorSummary;

/**
 * Questionnaires on a case: scores over time, completing one in a session, and links sent to the
 * person.
 */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class QuestionnairesController {

  static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Questionnaires questionnaires;
  private final org.springframework.context.MessageSource messages;
  private final Caseloads caseloads;
  private final java.time.Clock clock;

  QuestionnairesController(
      Questionnaires questionnaires,
      Caseloads caseloads,
      java.time.Clock clock,
      org.springframework.context.MessageSource messages) {
    this.messages = messages;
    this.questionnaires = questionnaires;
    this.caseloads = caseloads;
    this.clock = clock;
  }

  /** One instrument's completions on the case, oldest first, for the chart and its table. */
  record History(Questionnaire q, List<QuestionnaireResponse> responses, String alt) {}

  @GetMapping("/cases/{id}/questionnaires")
  String list(@PathVariable UUID id, Model model) {
    var c = theCase(id);
    var responses = questionnaires.forCase(id);
    var histories = new ArrayList<History>();
    for (var q : questionnaires.available()) {
      var mine = responses.stream().filter(r -> r.code().equals(q.code())).toList().reversed();
      if (!mine.isEmpty() && !q.chart().isEmpty()) {
        histories.add(new History(q, mine, alt(q, mine)));
      }
    }
    model.addAttribute("c", c);
    var seen = new java.util.HashSet<String>();
    model.addAttribute(
        "alerted",
        responses.stream()
            .filter(r -> seen.add(r.code()))
            .filter(r -> !r.alerts().isEmpty())
            .toList());
    model.addAttribute("histories", histories);
    model.addAttribute("available", questionnaires.available());
    model.addAttribute("links", questionnaires.links(id));
    model.addAttribute("dates", LONG_DATE);
    model.addAttribute("zone", LONDON);
    return "assessment/questionnaires";
  }

  @GetMapping("/cases/{id}/questionnaires/{code}/new")
  String form(@PathVariable UUID id, @PathVariable String code, Model model) {
    var today = LocalDate.now(clock.withZone(LONDON));
    var values = new HashMap<String, String>();
    values.put("on-day", "" + today.getDayOfMonth());
    values.put("on-month", "" + today.getMonthValue());
    values.put("on-year", "" + today.getYear());
    return form(id, definition(code), values, ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/questionnaires/{code}/new")
  String complete(
      @PathVariable UUID id,
      @PathVariable String code,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    var q = definition(code);
    var errors = new ArrayList<ErrorSummary.Entry>();
    var on = DateInput.parse(values, "on");
    if (on == null) {
      errors.add(
          new ErrorSummary.Entry("on", "on-day", "Enter the date it was completed as a real date"));
    } else if (on.isAfter(LocalDate.now(clock.withZone(LONDON)))) {
      errors.add(
          new ErrorSummary.Entry(
              "on", "on-day", "The date it was completed must be today or earlier"));
    }
    var bad = new ArrayList<String>();
    var answers = QuestionnaireForm.answers(q, values, bad);
    errors.addAll(QuestionnaireForm.problems(q, answers, bad));
    if (!errors.isEmpty()) {
      return form(id, q, values, ErrorSummary.of(errors), model);
    }
    try {
      var responseId = questionnaires.complete(id, code, answers, on);
      redirect.addFlashAttribute("done", q.name() + " recorded.");
      return "redirect:/cases/" + id + "/questionnaires/responses/" + responseId;
    } catch (ChangeRefused refused) {
      return form(id, q, values, ErrorSummary.single("on", "on-day", text(refused)), model);
    }
  }

  @GetMapping("/cases/{id}/questionnaires/responses/{responseId}")
  String response(@PathVariable UUID id, @PathVariable UUID responseId, Model model) {
    var r =
        questionnaires
            .response(id, responseId)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("c", theCase(id));
    model.addAttribute("r", r);
    model.addAttribute("q", definition(r.code()));
    model.addAttribute("dates", LONG_DATE);
    return "assessment/questionnaire-response";
  }

  @PostMapping("/cases/{id}/questionnaires/{code}/send")
  String send(@PathVariable UUID id, @PathVariable String code, RedirectAttributes redirect) {
    definition(code);
    try {
      var link = questionnaires.send(id, code);
      redirect.addFlashAttribute("sentName", link.name());
      redirect.addFlashAttribute(
          "sentLink",
          ServletUriComponentsBuilder.fromCurrentContextPath().path(link.path()).toUriString());
      redirect.addFlashAttribute("sentUntil", LONG_DATE.format(link.expiresAt().atZone(LONDON)));
    } catch (ChangeRefused refused) {
      redirect.addFlashAttribute("problem", text(refused));
    }
    return "redirect:/cases/" + id + "/questionnaires";
  }

  /** A refusal in words, from messages.properties. */
  private String text(ChangeRefused refused) {
    return messages.getMessage(
        refused.messageKey(),
        refused.arguments(),
        org.springframework.context.i18n.LocaleContextHolder.getLocale());
  }

  @PostMapping("/cases/{id}/questionnaires/links/{linkId}/cancel")
  String cancel(@PathVariable UUID id, @PathVariable UUID linkId, RedirectAttributes redirect) {
    try {
      questionnaires.cancel(id, linkId);
      redirect.addFlashAttribute("done", "Link cancelled. It no longer opens.");
    } catch (ChangeRefused refused) {
      redirect.addFlashAttribute("problem", text(refused));
    }
    return "redirect:/cases/" + id + "/questionnaires";
  }

  @GetMapping("/cases/{id}/questionnaires/{code}/chart.png")
  ResponseEntity<byte[]> chart(@PathVariable UUID id, @PathVariable String code) {
    var q = definition(code);
    var mine =
        questionnaires.forCase(id).stream().filter(r -> r.code().equals(code)).toList().reversed();
    if (mine.isEmpty() || q.chart().isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .header("Cache-Control", "no-store")
        .body(ScoreChart.png(q, mine));
  }

  private String form(
      UUID id, Questionnaire q, Map<String, String> values, ErrorSummary errors, Model model) {
    model.addAttribute("c", theCase(id));
    model.addAttribute("q", q);
    model.addAttribute("values", new HashMap<>(values));
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

  private Questionnaire definition(String code) {
    try {
      return questionnaires.definition(code);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private CaseView theCase(UUID id) {
    return caseloads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
