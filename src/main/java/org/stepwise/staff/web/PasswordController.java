package org.stepwise.staff.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.ErrorSummary;
import org.stepwise.staff.OwnPassword;
import org.stepwise.staff.internal.SessionCheck;

/**
 * Staff change their own password from Your details, and must after an administrator reset it
 * (until then every other page brings them here). Their other sessions end; this one carries on.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PasswordController {

  private final OwnPassword password;
  private final MessageSource messages;

  PasswordController(OwnPassword password, MessageSource messages) {
    this.password = password;
    this.messages = messages;
  }

  @GetMapping("/account/password")
  String show(Model model) {
    return page(model, ErrorSummary.none());
  }

  @PostMapping("/account/password")
  String change(
      @Valid @ModelAttribute("form") PasswordForm form,
      BindingResult result,
      Model model,
      Locale locale,
      HttpSession session,
      RedirectAttributes redirect) {
    form.check(result);
    if (!result.hasErrors()) {
      try {
        SessionCheck.keep(session, password.change(form.currentPassword(), form.newPassword()));
        redirect.addFlashAttribute("done", messages.getMessage("password.changed", null, locale));
        return "redirect:/account";
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      }
    }
    return page(model, ErrorSummary.of(result, messages, locale, PasswordForm.FIELD_ORDER));
  }

  private String page(Model model, ErrorSummary errors) {
    model.addAttribute("form", PasswordForm.empty());
    model.addAttribute("errors", errors);
    model.addAttribute("mustChange", password.mustChange());
    return "staff/password";
  }
}
