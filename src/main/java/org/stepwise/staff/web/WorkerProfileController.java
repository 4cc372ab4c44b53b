package org.stepwise.staff.web;

import jakarta.validation.Valid;
import java.util.Arrays;
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
import org.stepwise.programme.Condition;
import org.stepwise.site.Choice;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.StaffDirectory;
import org.stepwise.staff.WorkerProfile;

/** A manager changes a practitioner's working hours, caseload limit, skills and team. */
@Controller
@PreAuthorize("hasRole('MANAGER')")
class WorkerProfileController {

  private final StaffDirectory staff;
  private final MessageSource messages;

  WorkerProfileController(StaffDirectory staff, MessageSource messages) {
    this.staff = staff;
    this.messages = messages;
  }

  @GetMapping("/team/{username}")
  String worker(@PathVariable String username, Model model) {
    var w = find(username);
    return page(w, WorkerForm.of(w), ErrorSummary.none(), model);
  }

  @PostMapping("/team/{username}")
  String change(
      @PathVariable String username,
      @Valid @ModelAttribute("form") WorkerForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var w = find(username);
    form.check(result);
    if (result.hasErrors()) {
      return page(
          w, form, ErrorSummary.of(result, messages, locale, WorkerForm.FIELD_ORDER), model);
    }
    staff.changeWorker(username, form.hours(), form.limitNumber(), form.chosenSkills());
    redirect.addFlashAttribute(
        "done", messages.getMessage("worker.saved", new Object[] {w.displayName()}, locale));
    return "redirect:/team";
  }

  private String page(WorkerProfile w, WorkerForm form, ErrorSummary errors, Model model) {
    model.addAttribute("w", w);
    model.addAttribute(
        "conditions",
        Arrays.stream(Condition.values())
            .filter(c -> c != Condition.OTHER)
            .map(c -> Choice.of(c.name(), c.label()))
            .toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "staff/worker";
  }

  private WorkerProfile find(String username) {
    return staff.worker(username).orElseThrow(() -> new RecordNotFound("worker"));
  }
}
