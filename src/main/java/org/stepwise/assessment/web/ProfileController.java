package org.stepwise.assessment.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
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
import org.stepwise.assessment.Disclosure;
import org.stepwise.assessment.ProfileView;
import org.stepwise.assessment.Profiles;
import org.stepwise.caseload.CaseId;
import org.stepwise.caseload.CaseView;
import org.stepwise.caseload.Cases;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.ConflictView;
import org.stepwise.site.EditConflict;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;

/**
 * The vocational profile, from a case: answers saved as they come, and the work history. Two people
 * may have it open at once: the answers form carries the profile's version, and a save against an
 * older one shows what is saved now beside what was typed.
 */
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
  private final Cases cases;
  private final MessageSource messages;

  ProfileController(Profiles profiles, Cases cases, MessageSource messages) {
    this.profiles = profiles;
    this.cases = cases;
    this.messages = messages;
  }

  @GetMapping("/cases/{id}/profile")
  String show(@PathVariable CaseId id, Model model) {
    var c = findCase(id);
    var profile = profiles.forCase(id);
    return page(
        c, profile, ProfileForm.of(profile), JobForm.empty(), ErrorSummary.none(), null, model);
  }

  @PostMapping("/cases/{id}/profile")
  String answer(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("form") ProfileForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = findCase(id);
    if (!result.hasErrors()) {
      try {
        profiles.answer(id, form.readAt(), form.answers(), form.chosenDisclosure());
        redirect.addFlashAttribute("done", messages.getMessage("profile.saved", null, locale));
        return "redirect:/cases/" + id + "/profile";
      } catch (EditConflict conflict) {
        var profile = profiles.forCase(id);
        return page(
            c,
            profile,
            form.at(profile.version()),
            JobForm.empty(),
            ErrorSummary.none(),
            profile,
            model);
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    return page(
        c,
        profiles.forCase(id),
        form,
        JobForm.empty(),
        ErrorSummary.of(result, messages, locale, ProfileForm.FIELD_ORDER),
        null,
        model);
  }

  @PostMapping("/cases/{id}/profile/jobs")
  String addJob(
      @PathVariable CaseId id,
      @Valid @ModelAttribute("job") JobForm job,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var c = findCase(id);
    if (!result.hasErrors()) {
      try {
        profiles.addJob(id, job.toJob());
        redirect.addFlashAttribute("done", messages.getMessage("profile.job.added", null, locale));
        return "redirect:/cases/" + id + "/profile#work-history";
      } catch (EditConflict conflict) {
        result.reject("profile.job.conflict");
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    var profile = profiles.forCase(id);
    return page(
        c,
        profile,
        ProfileForm.of(profile),
        job,
        ErrorSummary.of(result, messages, locale, JobForm.FIELD_ORDER),
        null,
        model);
  }

  private String page(
      CaseView c,
      ProfileView profile,
      ProfileForm form,
      JobForm job,
      ErrorSummary errors,
      ProfileView conflictWith,
      Model model) {
    model.addAttribute("c", c);
    model.addAttribute("profile", profile);
    model.addAttribute("form", form);
    model.addAttribute("answers", form.answers());
    model.addAttribute("job", job);
    model.addAttribute("errors", errors);
    model.addAttribute("jobOpen", JobForm.FIELD_ORDER.stream().anyMatch(errors::has));
    model.addAttribute("parts", PARTS);
    model.addAttribute("disclosures", Choice.of(Disclosure.values()));
    model.addAttribute("disclosureQuestions", DISCLOSURE_QUESTIONS);
    model.addAttribute(
        "conflict", conflictWith == null ? null : conflictView(c.caseId(), conflictWith));
    return "assessment/profile";
  }

  private static ConflictView conflictView(CaseId caseId, ProfileView profile) {
    var rows = new ArrayList<ConflictView.Row>();
    var questions =
        Stream.concat(
                PARTS.stream().flatMap(p -> p.questions().stream()), DISCLOSURE_QUESTIONS.stream())
            .toList();
    for (var q : questions) {
      var answer = profile.answers().get(q.name());
      if (answer != null) {
        rows.add(new ConflictView.Row(q.label(), answer));
      }
      if (q.name().equals("energyPattern") && profile.disclosure() != null) {
        rows.add(
            new ConflictView.Row("Have they told their employer?", profile.disclosure().label()));
      }
    }
    if (rows.isEmpty()) {
      rows.add(new ConflictView.Row("Answers", "None"));
    }
    return new ConflictView(
        profile.updatedBy(), profile.updatedAt(), rows, "/cases/" + caseId + "/profile");
  }

  private CaseView findCase(CaseId id) {
    return cases.find(id).orElseThrow(() -> new RecordNotFound("case"));
  }
}
