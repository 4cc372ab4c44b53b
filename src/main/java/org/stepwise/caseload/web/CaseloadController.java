package org.stepwise.caseload.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.CaseloadFilter;
import org.stepwise.caseload.Caseloads;
import org.stepwise.caseload.OverCapacity;
import org.stepwise.programme.Condition;
import org.stepwise.programme.Programmes;
import org.stepwise.site.DateInput;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.triage.Triage;

/** Opening cases, caseloads, a case's page and its changes, and the manager's team view. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class CaseloadController {

  private final Caseloads caseloads;
  private final Triage triage;
  private final Programmes programmes;
  private final StaffDirectory staff;
  private final List<org.stepwise.site.RecordPanel> panels;
  private final List<org.stepwise.site.TimelineSource> timelines;

  CaseloadController(
      Caseloads caseloads,
      Triage triage,
      Programmes programmes,
      StaffDirectory staff,
      List<org.stepwise.site.RecordPanel> panels,
      List<org.stepwise.site.TimelineSource> timelines) {
    this.timelines = timelines;
    this.caseloads = caseloads;
    this.triage = triage;
    this.programmes = programmes;
    this.staff = staff;
    this.panels = panels;
  }

  @Bean
  static NavigationItem caseloadNavigation() {
    return new NavigationItem(
        "Caseload",
        "/caseload",
        Set.of("PRACTITIONER", "MANAGER"),
        5,
        "Your cases, with what needs action and by when.");
  }

  @Bean
  static NavigationItem teamNavigation() {
    return new NavigationItem(
        "Team",
        "/team",
        Set.of("MANAGER"),
        45,
        "Each worker's cases against their limit, who can take more, and continuity.");
  }

  @GetMapping("/cases/new")
  String openPage(@RequestParam UUID triage, Model model) {
    return openForm(triage, Map.of(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/new")
  String open(
      @RequestParam UUID triage,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    String worker = values.getOrDefault("worker", "");
    if (worker.isBlank()) {
      return openForm(
          triage, values, ErrorSummary.single("worker", "worker-0", "Choose the worker"), model);
    }
    try {
      var id = caseloads.open(triage, worker, values.get("overLimitReason"));
      redirect.addFlashAttribute(
          "done", "Case opened with " + staff.worker(worker).orElseThrow().displayName() + ".");
      return "redirect:/cases/" + id;
    } catch (OverCapacity | IllegalStateException | IllegalArgumentException e) {
      return openForm(
          triage, values, ErrorSummary.single("worker", "worker-0", e.getMessage()), model);
    }
  }

  @GetMapping("/caseload")
  String caseload(
      @RequestParam(required = false) String worker,
      @RequestParam(required = false) Integer step,
      @RequestParam(required = false) UUID service,
      @RequestParam(required = false) String show,
      @RequestParam(required = false) String condition,
      Model model,
      Authentication user) {
    Condition cond = null;
    try {
      cond = condition == null || condition.isBlank() ? null : Condition.valueOf(condition);
    } catch (IllegalArgumentException e) {
      cond = null;
    }
    var filter =
        new CaseloadFilter(step, service, "action".equals(show), "overdue".equals(show), cond);
    boolean manager =
        user.getAuthorities().stream().anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()));
    String whose = manager && worker != null && !worker.isBlank() ? worker : user.getName();
    model.addAttribute("rows", caseloads.caseload(whose, filter));
    model.addAttribute("whose", staff.worker(whose).map(w -> w.displayName()).orElse(whose));
    model.addAttribute("workers", manager ? staff.workers() : List.of());
    model.addAttribute("worker", whose);
    model.addAttribute("services", programmes.all());
    model.addAttribute("conditions", Condition.values());
    model.addAttribute(
        "filter",
        Map.of(
            "step",
            step == null ? "" : "" + step,
            "service",
            service == null ? "" : service.toString(),
            "show",
            show == null ? "" : show,
            "condition",
            condition == null ? "" : condition));
    return "caseload/caseload";
  }

  @GetMapping("/cases/{id}")
  String show(@PathVariable UUID id, Model model, Authentication user) {
    var view = find(id);
    model.addAttribute("c", view);
    model.addAttribute("steps", triage.steps(view.programmeId()));
    model.addAttribute("isWorker", view.worker().equalsIgnoreCase(user.getName()));
    model.addAttribute("outcomes", org.stepwise.caseload.Outcome.values());
    model.addAttribute(
        "timeline",
        timelines.stream()
            .flatMap(t -> t.entriesFor(view.referralId()).stream())
            .filter(e -> e.at() != null)
            .sorted(
                java.util.Comparator.comparing(org.stepwise.site.TimelineSource.Entry::at)
                    .reversed())
            .limit(200)
            .toList());
    model.addAttribute("contactTypes", org.stepwise.caseload.ContactType.values());
    model.addAttribute("topics", org.stepwise.caseload.Topic.values());
    model.addAttribute(
        "panels",
        panels.stream()
            .map(p -> p.panelFor(view.referralId(), view.personId()))
            .filter(java.util.Objects::nonNull)
            .toList());
    return "caseload/case";
  }

  @PostMapping("/cases/{id}/acknowledge")
  String acknowledge(@PathVariable UUID id, RedirectAttributes redirect) {
    try {
      caseloads.acknowledgeHandover(id);
      redirect.addFlashAttribute("done", "Handover acknowledged.");
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/cases/" + id;
  }

  @GetMapping("/cases/{id}/reassign")
  String reassignPage(@PathVariable UUID id, Model model) {
    return reassignForm(id, Map.of(), ErrorSummary.none(), model);
  }

  @PostMapping("/cases/{id}/reassign")
  String reassign(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    var errors = new java.util.ArrayList<ErrorSummary.Entry>();
    if (values.getOrDefault("worker", "").isBlank()) {
      errors.add(new ErrorSummary.Entry("worker", "worker-0", "Choose the new worker"));
    }
    if (values.getOrDefault("reason", "").isBlank()) {
      errors.add(new ErrorSummary.Entry("reason", "reason", "Give a reason for changing worker"));
    }
    if (values.getOrDefault("handoverNote", "").isBlank()) {
      errors.add(
          new ErrorSummary.Entry(
              "handoverNote", "handoverNote", "Write a handover note for the new worker"));
    }
    if (!errors.isEmpty()) {
      return reassignForm(id, values, ErrorSummary.of(errors), model);
    }
    try {
      caseloads.reassign(
          id,
          values.get("worker"),
          values.get("reason"),
          values.get("handoverNote"),
          values.get("overLimitReason"));
    } catch (OverCapacity | IllegalArgumentException | IllegalStateException e) {
      return reassignForm(
          id, values, ErrorSummary.single("worker", "worker-0", e.getMessage()), model);
    }
    redirect.addFlashAttribute(
        "done", "Case handed over. The new worker will be asked to read the handover note.");
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/step")
  String changeStep(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    try {
      caseloads.changeStep(
          id, Integer.parseInt(values.getOrDefault("step", "0")), values.get("reason"));
      redirect.addFlashAttribute("done", "Step changed.");
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/close")
  String close(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    org.stepwise.caseload.Outcome outcome;
    try {
      outcome = org.stepwise.caseload.Outcome.valueOf(values.getOrDefault("outcome", ""));
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", "Choose the outcome to close the case");
      return "redirect:/cases/" + id;
    }
    try {
      caseloads.close(id, outcome, values.get("note"));
      redirect.addFlashAttribute(
          "done", "Case closed. The referrer will be told, if the person agreed.");
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/notes")
  String addNote(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      @RequestParam(name = "topics", required = false) List<String> topics,
      RedirectAttributes redirect) {
    try {
      var type = org.stepwise.caseload.ContactType.valueOf(values.getOrDefault("contactType", ""));
      Integer minutes =
          values.getOrDefault("minutes", "").isBlank()
              ? null
              : Integer.valueOf(values.get("minutes").trim());
      var chosen = java.util.EnumSet.noneOf(org.stepwise.caseload.Topic.class);
      for (String t : topics == null ? List.<String>of() : topics) {
        chosen.add(org.stepwise.caseload.Topic.valueOf(t));
      }
      var on =
          DateInput.blank(values, "noteOn")
              ? java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))
              : DateInput.parse(values, "noteOn");
      caseloads.addNote(id, type, minutes, chosen, values.get("text"), on);
      redirect.addFlashAttribute("done", "Note added.");
    } catch (NumberFormatException e) {
      redirect.addFlashAttribute("problem", "Enter the length in whole minutes, or leave it empty");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute(
          "problem",
          e.getMessage() == null || e.getMessage().startsWith("No enum")
              ? "Choose the type of contact"
              : e.getMessage());
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/cases/" + id;
  }

  @PostMapping("/cases/{id}/review")
  String planReview(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    try {
      caseloads.planReview(id, DateInput.parse(values, "review"));
      redirect.addFlashAttribute("done", "Review planned.");
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute(
          "problem", e.getMessage() == null ? "Enter a real date in the future" : e.getMessage());
    }
    return "redirect:/cases/" + id;
  }

  @PostMapping("/work-items/{id}/done")
  String done(@PathVariable UUID id, @RequestParam UUID caseId, RedirectAttributes redirect) {
    caseloads.completeItem(id);
    redirect.addFlashAttribute("done", "Marked as done.");
    return "redirect:/cases/" + caseId;
  }

  @PostMapping("/work-items/{id}/park")
  String park(
      @PathVariable UUID id,
      @RequestParam UUID caseId,
      @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    try {
      caseloads.parkItem(id, DateInput.parse(values, "until"), values.get("reason"));
      redirect.addFlashAttribute("done", "Parked.");
    } catch (IllegalArgumentException | IllegalStateException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    }
    return "redirect:/cases/" + caseId;
  }

  @GetMapping("/team")
  @PreAuthorize("hasRole('MANAGER')")
  String team(Model model) {
    model.addAttribute("team", caseloads.team());
    model.addAttribute("suggestions", caseloads.suggestions(20));
    return "caseload/team";
  }

  @PostMapping("/team/assign")
  @PreAuthorize("hasRole('MANAGER')")
  String assign(
      @RequestParam UUID triage, @RequestParam String worker, RedirectAttributes redirect) {
    try {
      var id = caseloads.open(triage, worker, null);
      redirect.addFlashAttribute(
          "done", "Case opened with " + staff.worker(worker).orElseThrow().displayName() + ".");
      return "redirect:/team#case-" + id;
    } catch (OverCapacity | IllegalStateException | IllegalArgumentException e) {
      redirect.addFlashAttribute("done", e.getMessage());
      return "redirect:/team";
    }
  }

  @GetMapping("/team/{username}")
  @PreAuthorize("hasRole('MANAGER')")
  String worker(@PathVariable String username, Model model) {
    var w =
        staff.worker(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return workerForm(
        username,
        Map.of(
            "fte",
            w.fte().toPlainString(),
            "limit",
            w.limitSetByManager() == null ? "" : "" + w.limitSetByManager(),
            "team",
            w.team() == null ? "" : w.team()),
        w.skills().stream().map(Enum::name).toList(),
        ErrorSummary.none(),
        model);
  }

  @PostMapping("/team/{username}")
  @PreAuthorize("hasRole('MANAGER')")
  String changeWorker(
      @PathVariable String username,
      @RequestParam Map<String, String> values,
      @RequestParam(name = "skills", required = false) List<String> skills,
      Model model,
      RedirectAttributes redirect) {
    staff.worker(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    var errors = new java.util.ArrayList<ErrorSummary.Entry>();
    BigDecimal fte = null;
    try {
      fte = new BigDecimal(values.getOrDefault("fte", "").trim());
      if (fte.signum() <= 0 || fte.compareTo(BigDecimal.ONE) > 0) {
        errors.add(
            new ErrorSummary.Entry(
                "fte", "fte", "Working hours must be more than 0 and at most 1 (full time)"));
      }
    } catch (NumberFormatException e) {
      errors.add(
          new ErrorSummary.Entry(
              "fte", "fte", "Enter working hours as a share of full time, like 0.6"));
    }
    Integer limit = null;
    String limitText = values.getOrDefault("limit", "").trim();
    if (!limitText.isEmpty()) {
      try {
        limit = Integer.valueOf(limitText);
        if (limit < 0 || limit > 200) {
          errors.add(
              new ErrorSummary.Entry("limit", "limit", "The caseload limit must be from 0 to 200"));
        }
      } catch (NumberFormatException e) {
        errors.add(
            new ErrorSummary.Entry(
                "limit", "limit", "Enter the caseload limit as a whole number, or leave it empty"));
      }
    }
    Set<Condition> chosen = EnumSet.noneOf(Condition.class);
    for (String s : skills == null ? List.<String>of() : skills) {
      try {
        chosen.add(Condition.valueOf(s));
      } catch (IllegalArgumentException ignored) {
        errors.add(
            new ErrorSummary.Entry(
                "skills", "skills-MULTIPLE_SCLEROSIS", "Choose conditions from the list"));
      }
    }
    if (!errors.isEmpty()) {
      return workerForm(
          username, values, skills == null ? List.of() : skills, ErrorSummary.of(errors), model);
    }
    String team = values.getOrDefault("team", "").trim();
    if (team.length() > 100) {
      return workerForm(
          username,
          values,
          skills == null ? List.of() : skills,
          ErrorSummary.single("team", "team", "Team must be 100 characters or fewer"),
          model);
    }
    staff.changeWorker(username, fte, limit, chosen, team);
    redirect.addFlashAttribute("done", "Saved.");
    return "redirect:/team";
  }

  private String openForm(
      UUID triageId, Map<String, String> values, ErrorSummary errors, Model model) {
    model.addAttribute(
        "triage",
        triage.find(triageId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    model.addAttribute("options", caseloads.options(triageId));
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "caseload/open";
  }

  private String reassignForm(
      UUID id, Map<String, String> values, ErrorSummary errors, Model model) {
    model.addAttribute("c", find(id));
    model.addAttribute("workers", staff.workers());
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    return "caseload/reassign";
  }

  private String workerForm(
      String username,
      Map<String, String> values,
      List<String> skills,
      ErrorSummary errors,
      Model model) {
    model.addAttribute("w", staff.worker(username).orElseThrow());
    model.addAttribute("values", values);
    model.addAttribute("skills", skills);
    model.addAttribute("conditions", Condition.values());
    model.addAttribute("errors", errors);
    return "caseload/worker";
  }

  private CaseView find(UUID id) {
    return caseloads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
