package org.stepwise.correspondence.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.correspondence.LetterTemplates;
import org.stepwise.correspondence.TemplateMistake;
import org.stepwise.correspondence.TemplateView;
import org.stepwise.site.ConflictView;
import org.stepwise.site.EditConflict;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.site.RecordNotFound;

/** Administrators edit the wording of letters, preview them, and see earlier versions. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TemplatesController {

  private final LetterTemplates templates;
  private final MessageSource messages;

  TemplatesController(LetterTemplates templates, MessageSource messages) {
    this.templates = templates;
    this.messages = messages;
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
    var current = find(key);
    return page(current, TemplateForm.of(current), null, ErrorSummary.none(), model);
  }

  @PostMapping("/admin/letters/{key}")
  String save(
      @PathVariable String key,
      @Valid @ModelAttribute("form") TemplateForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var current = find(key);
    LetterTemplates.Preview preview = null;
    if (!result.hasFieldErrors("subject") && !result.hasFieldErrors("body")) {
      try {
        preview = templates.preview(form.subject(), form.body());
      } catch (TemplateMistake mistake) {
        mistake.addTo(result);
      }
    }
    if (!result.hasErrors() && !form.previewOnly()) {
      try {
        var saved = templates.save(key, form.version(), form.subject(), form.body());
        redirect.addFlashAttribute(
            "done", messages.getMessage("template.saved", new Object[] {saved.version()}, locale));
        return "redirect:/admin/letters/" + key;
      } catch (EditConflict conflict) {
        return conflict(key, form, preview, model);
      } catch (TemplateMistake mistake) {
        mistake.addTo(result);
      }
    } else if (result.hasFieldErrors("version") && !form.previewOnly()) {
      // Not a version this page sent: show what is saved now rather than save over it.
      return conflict(key, form, preview, model);
    }
    return page(
        current,
        form,
        preview,
        ErrorSummary.of(result, messages, locale, TemplateForm.FIELD_ORDER),
        model);
  }

  /** Someone saved another version since the form was read: both, and the choice. */
  private String conflict(
      String key, TemplateForm form, LetterTemplates.Preview preview, Model model) {
    var now = find(key);
    model.addAttribute(
        "conflict",
        new ConflictView(
            null,
            null,
            List.of(
                new ConflictView.Row("Version", String.valueOf(now.version())),
                new ConflictView.Row("Subject", now.subject()),
                new ConflictView.Row("Words", now.body())),
            "/admin/letters/" + key));
    return page(now, form.atVersion(now.version()), preview, ErrorSummary.none(), model);
  }

  private String page(
      TemplateView current,
      TemplateForm form,
      LetterTemplates.Preview preview,
      ErrorSummary errors,
      Model model) {
    model.addAttribute("template", current);
    model.addAttribute("history", templates.history(current.key()));
    model.addAttribute("form", form);
    model.addAttribute("preview", preview);
    model.addAttribute("errors", errors);
    model.addAttribute("names", LetterTemplates.PREVIEW_INPUTS.keySet().stream().sorted().toList());
    return "correspondence/template";
  }

  private TemplateView find(String key) {
    return templates.current(key).orElseThrow(() -> new RecordNotFound("letter template"));
  }
}
