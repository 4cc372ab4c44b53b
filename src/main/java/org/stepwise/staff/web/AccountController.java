package org.stepwise.staff.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.site.Choice;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.staff.ContactPreference;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/** Everyone who signs in keeps their own contact details: how the service writes to them. */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountController {

  private final StaffDirectory directory;
  private final MessageSource messages;

  AccountController(StaffDirectory directory, MessageSource messages) {
    this.directory = directory;
    this.messages = messages;
  }

  @Bean
  static NavigationItem accountNavigation() {
    return new NavigationItem(
        "Your details",
        "/account",
        Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet()),
        95,
        "Your email and postal address, and how you want us to write to you.");
  }

  @GetMapping("/account")
  String show(Model model) {
    return page(model, AccountForm.of(directory.mine()), ErrorSummary.none());
  }

  @PostMapping("/account")
  String change(
      @Valid @ModelAttribute("form") AccountForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    form.check(result);
    if (result.hasErrors()) {
      return page(model, form, ErrorSummary.of(result, messages, locale, AccountForm.FIELD_ORDER));
    }
    directory.changeMine(form.trimmedEmail(), form.addressLines(), form.chosen());
    redirect.addFlashAttribute("done", messages.getMessage("account.saved", null, locale));
    return "redirect:/account";
  }

  private String page(Model model, AccountForm form, ErrorSummary errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "preferences",
        Arrays.stream(ContactPreference.values())
            .map(p -> Choice.of(p.name(), p.label()))
            .toList());
    return "staff/account";
  }
}
