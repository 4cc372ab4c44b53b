package org.stepwise.staff.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.staff.ContactPreference;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffDirectory;

/** Everyone who signs in keeps their own contact details: how the service writes to them. */
@Controller
@PreAuthorize("isAuthenticated()")
class AccountController {

  private static final java.util.regex.Pattern EMAIL =
      java.util.regex.Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private final StaffDirectory directory;

  AccountController(StaffDirectory directory) {
    this.directory = directory;
  }

  @Bean
  static NavigationItem accountNavigation() {
    return new NavigationItem(
        "Your details",
        "/account",
        Arrays.stream(Role.values()).map(Role::name).collect(java.util.stream.Collectors.toSet()),
        95,
        "Your email and postal address, and how you want us to write to you.");
  }

  @GetMapping("/account")
  String show(Model model) {
    var mine = directory.mine();
    return page(
        model,
        Map.of(
            "email", mine.email() == null ? "" : mine.email(),
            "address", String.join("\n", mine.address()),
            "preference", mine.preference().name()),
        ErrorSummary.none());
  }

  @PostMapping("/account")
  String change(
      @RequestParam Map<String, String> values, Model model, RedirectAttributes redirect) {
    String email = values.getOrDefault("email", "").trim();
    String address = values.getOrDefault("address", "").trim();
    ContactPreference preference;
    try {
      preference = ContactPreference.valueOf(values.getOrDefault("preference", ""));
    } catch (IllegalArgumentException e) {
      preference = null;
    }
    var errors = new java.util.ArrayList<ErrorSummary.Entry>();
    if (!email.isEmpty() && (!EMAIL.matcher(email).matches() || email.length() > 200)) {
      errors.add(
          new ErrorSummary.Entry(
              "email",
              "email",
              "Enter an email address in the correct format, like name@example.com"));
    }
    if (address.length() > 500) {
      errors.add(
          new ErrorSummary.Entry("address", "address", "Address must be 500 characters or fewer"));
    }
    if (preference == null) {
      errors.add(
          new ErrorSummary.Entry(
              "preference", "preference-EMAIL", "Select how you want us to write to you"));
    } else if (preference == ContactPreference.EMAIL && email.isEmpty()) {
      errors.add(
          new ErrorSummary.Entry(
              "email", "email", "Enter your email address, or choose letters by post"));
    } else if (preference == ContactPreference.POST && address.isEmpty()) {
      errors.add(
          new ErrorSummary.Entry(
              "address", "address", "Enter your postal address, or choose email"));
    }
    if (!errors.isEmpty()) {
      return page(model, values, ErrorSummary.of(errors));
    }
    List<String> lines = address.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    directory.changeMine(email, lines, preference);
    redirect.addFlashAttribute("done", "Your details have been saved.");
    return "redirect:/account";
  }

  private String page(Model model, Map<String, String> values, ErrorSummary errors) {
    model.addAttribute("values", values);
    model.addAttribute("errors", errors);
    model.addAttribute("preferences", ContactPreference.values());
    return "staff/account";
  }
}
