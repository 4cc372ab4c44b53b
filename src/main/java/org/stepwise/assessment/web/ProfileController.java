package org.stepwise.assessment.web;

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
import org.stepwise.assessment.Disclosure;
import org.stepwise.assessment.ProfileView;
import org.stepwise.assessment.Profiles;
import org.stepwise.caseload.Caseloads;

/** The vocational profile, from a case: answers saved as they come, and the work history. */
@Controller
@PreAuthorize("hasAnyRole('PRACTITIONER','MANAGER')")
class ProfileController {

  /** A question on the page. */
  record Question(String name, String label, String hint) {}

  /** A group of questions under one heading. */
  record Part(String heading, List<Question> questions) {}

  static final List<Part> PARTS =
      List.of(
          new Part(
              "Skills and qualifications",
              List.of(
                  new Question(
                      "skills", "Skills", "What they are good at, at work and outside it."),
                  new Question("qualifications", "Qualifications and training", null))),
          new Part(
              "The work they want",
              List.of(
                  new Question("preferredWork", "Type of work", null),
                  new Question(
                      "preferredHours",
                      "Hours",
                      "For example, mornings only, or 16 hours a week to start."),
                  new Question(
                      "preferredLocation",
                      "Where",
                      "How far they can travel, or working from home."),
                  new Question(
                      "preferredEnvironment",
                      "Kind of workplace",
                      "For example, quiet, outdoors, a small team."))),
          new Part(
              "What symptoms mean for work",
              List.of(
                  new Question("fatigue", "Fatigue", null),
                  new Question("pain", "Pain", null),
                  new Question("cognition", "Memory, concentration and thinking", null),
                  new Question("flareUps", "Flare-ups", "How often, how long, what helps."),
                  new Question(
                      "energyPattern",
                      "Energy across the day",
                      "For example, best in the morning, flat after lunch."))),
          new Part(
              "Benefits, transport and caring",
              List.of(
                  new Question(
                      "benefits",
                      "Benefits they get now",
                      "For example, Universal Credit, PIP, ESA."),
                  new Question("transport", "Transport", null),
                  new Question("caring", "Caring duties", null))));

  /** The questions under "Telling people at work", after the choice of whether they have told. */
  static final List<Question> DISCLOSURE_QUESTIONS =
      List.of(
          new Question("disclosureTo", "Who they have told", null),
          new Question("disclosureHow", "How they told them, or plan to", null));

  private final Profiles profiles;
  private final Caseloads caseloads;

  ProfileController(Profiles profiles, Caseloads caseloads) {
    this.profiles = profiles;
    this.caseloads = caseloads;
  }

  @GetMapping("/cases/{id}/profile")
  String show(@PathVariable UUID id, Model model) {
    model.addAttribute(
        "c",
        caseloads.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    var profile = profiles.forCase(id);
    model.addAttribute("profile", profile);
    model.addAttribute("parts", PARTS);
    model.addAttribute("disclosures", Disclosure.values());
    model.addAttribute("disclosureQuestions", DISCLOSURE_QUESTIONS);
    if (!model.containsAttribute("answers")) {
      model.addAttribute("answers", profile.answers());
      model.addAttribute(
          "chosenDisclosure", profile.disclosure() == null ? "" : profile.disclosure().name());
    }
    if (!model.containsAttribute("job")) {
      model.addAttribute("job", Map.of());
    }
    return "assessment/profile";
  }

  @PostMapping("/cases/{id}/profile")
  String answer(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    try {
      profiles.answer(id, values, disclosure(values.get("disclosure")));
      redirect.addFlashAttribute("done", "Profile saved.");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute(
          "problem",
          labelOf(e.getMessage()) + " must be " + Profiles.MAX_LENGTH + " characters or fewer");
      redirect.addFlashAttribute("problemField", e.getMessage());
      redirect.addFlashAttribute("answers", values);
      redirect.addFlashAttribute("chosenDisclosure", values.getOrDefault("disclosure", ""));
    }
    return "redirect:/cases/" + id + "/profile";
  }

  @PostMapping("/cases/{id}/profile/jobs")
  String addJob(
      @PathVariable UUID id,
      @RequestParam Map<String, String> values,
      RedirectAttributes redirect) {
    try {
      profiles.addJob(
          id,
          new ProfileView.Job(
              values.get("role"),
              values.get("employer"),
              values.get("when"),
              values.get("wentWell"),
              values.get("harder")));
      redirect.addFlashAttribute("done", "Job added to their work history.");
    } catch (IllegalArgumentException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
      redirect.addFlashAttribute("problemField", "role");
      redirect.addFlashAttribute("job", values);
    }
    return "redirect:/cases/" + id + "/profile#work-history";
  }

  private static Disclosure disclosure(String chosen) {
    for (var d : Disclosure.values()) {
      if (d.name().equals(chosen)) {
        return d;
      }
    }
    return null;
  }

  private static String labelOf(String field) {
    return java.util.stream.Stream.concat(
            PARTS.stream().flatMap(p -> p.questions().stream()), DISCLOSURE_QUESTIONS.stream())
        .filter(q -> q.name().equals(field))
        .map(Question::label)
        .findFirst()
        .orElse("The answer");
  }
}
