package org.stepwise.correspondence.web;

import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
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
import org.stepwise.correspondence.LetterTemplates;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;

/** Administrators edit the wording of letters, preview them, and see earlier versions. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TemplatesController {

  private final LetterTemplates templates;

  TemplatesController(LetterTemplates templates) {
    this.templates = templates;
  }

  @Bean
  static NavigationItem templatesNavigation() {
    return new NavigationItem(
        "Letters",
        "/admin/letters",
        Set.of("ADMIN"),
        75,
        "The wording of letters and emails to referrers and the people you support.");
  }

  @GetMapping("/admin/letters")
  String list(Model model) {
    model.addAttribute("templates", templates.current());
    return "correspondence/templates";
  }

  @GetMapping("/admin/letters/{key}")
  String edit(@PathVariable String key, Model model) {
    var current =
        templates.current(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    return page(
        key,
        Map.of("subject", current.subject(), "body", current.body()),
        null,
        ErrorSummary.none(),
        model);
  }

  @PostMapping("/admin/letters/{key}")
  String save(
      @PathVariable String key,
      @RequestParam Map<String, String> values,
      Model model,
      RedirectAttributes redirect) {
    templates.current(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    String subject = values.getOrDefault("subject", "");
    String body = values.getOrDefault("body", "");
    var errors = new java.util.ArrayList<ErrorSummary.Entry>();
    if (subject.isBlank()) {
      errors.add(new ErrorSummary.Entry("subject", "subject", "Enter a subject"));
    } else if (subject.length() > 200) {
      errors.add(
          new ErrorSummary.Entry("subject", "subject", "Subject must be 200 characters or fewer"));
    }
    if (body.isBlank()) {
      errors.add(new ErrorSummary.Entry("body", "body", "Enter the letter's words"));
    } else if (body.length() > 10000) {
      errors.add(
          new ErrorSummary.Entry("body", "body", "The letter must be 10,000 characters or fewer"));
    }
    LetterTemplates.Preview preview = null;
    if (errors.isEmpty()) {
      try {
        preview = templates.preview(subject, body);
      } catch (IllegalArgumentException e) {
        errors.add(new ErrorSummary.Entry("body", "body", e.getMessage()));
      }
    }
    if (!errors.isEmpty() || "preview".equals(values.get("action"))) {
      return page(key, values, preview, ErrorSummary.of(errors), model);
    }
    var saved = templates.save(key, subject, body);
    redirect.addFlashAttribute(
        "done",
        "Saved as version " + saved.version() + ". Letters already made keep their own version.");
    return "redirect:/admin/letters/" + key;
  }

  private String page(
      String key,
      Map<String, String> values,
      LetterTemplates.Preview preview,
      ErrorSummary errors,
      Model model) {
    model.addAttribute("template", templates.current(key).orElseThrow());
    model.addAttribute("history", templates.history(key));
    model.addAttribute("values", values);
    model.addAttribute("preview", preview);
    model.addAttribute("errors", errors);
    model.addAttribute("names", LetterTemplates.PREVIEW_INPUTS.keySet().stream().sorted().toList());
    return "correspondence/template";
  }
}
