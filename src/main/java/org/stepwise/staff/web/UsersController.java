package org.stepwise.staff.web;

import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.stepwise.site.Choice;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.NewStaffAccount;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffAccounts;
import org.stepwise.staff.StaffId;
import org.stepwise.staff.UsernameTakenException;

/** Administrators list users, add staff users and set their roles. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

  private final StaffAccounts accounts;
  private final MessageSource messages;

  UsersController(StaffAccounts accounts, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  @ModelAttribute("allRoles")
  List<Choice> allRoles() {
    return Arrays.stream(Role.values())
        .map(r -> new Choice(r.name(), r.label(), r.description()))
        .toList();
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("users", accounts.list());
    return "staff/users";
  }

  @GetMapping("/new")
  String newUser(Model model) {
    model.addAttribute("form", NewUserForm.empty());
    model.addAttribute("errors", ErrorSummary.none());
    return "staff/user-new";
  }

  @PostMapping("/new")
  String add(
      @Valid @ModelAttribute("form") NewUserForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    form.check(result);
    if (!result.hasErrors()) {
      try {
        var added =
            accounts.add(
                new NewStaffAccount(
                    form.username(),
                    form.displayName(),
                    form.email(),
                    form.password(),
                    roles(form.roles())));
        redirect.addFlashAttribute("added", added.username());
        return "redirect:/admin/users";
      } catch (UsernameTakenException e) {
        result.rejectValue("username", "user.username.taken");
      }
    }
    model.addAttribute(
        "errors", ErrorSummary.of(result, messages, locale, NewUserForm.FIELD_ORDER));
    model.addAttribute(
        "form",
        new NewUserForm(
            form.username(), form.displayName(), form.email(), "", form.selectedRoles()));
    return "staff/user-new";
  }

  @GetMapping("/{id}/roles")
  String editRoles(@PathVariable StaffId id, Model model) {
    var user = accounts.find(id).orElseThrow(() -> new RecordNotFound("user"));
    model.addAttribute("user", user);
    model.addAttribute(
        "form", new RolesForm(user.roles().stream().map(Role::name).sorted().toList()));
    model.addAttribute("errors", ErrorSummary.none());
    return "staff/user-roles";
  }

  @PostMapping("/{id}/roles")
  String changeRoles(
      @PathVariable StaffId id,
      @Valid @ModelAttribute("form") RolesForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var user = accounts.find(id).orElseThrow(() -> new RecordNotFound("user"));
    if (!result.hasErrors() && !known(form.roles())) {
      result.rejectValue("roles", "user.roles.unknown");
    }
    if (result.hasErrors()) {
      model.addAttribute("user", user);
      model.addAttribute("errors", ErrorSummary.of(result, messages, locale, List.of("roles")));
      return "staff/user-roles";
    }
    var changed = accounts.changeRoles(id, roles(form.roles()));
    redirect.addFlashAttribute("rolesChanged", changed.username());
    return "redirect:/admin/users";
  }

  /** True when every name is one of the roles on the page. */
  static boolean known(List<String> names) {
    return names.stream()
        .allMatch(name -> Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(name)));
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    names.forEach(name -> roles.add(Role.valueOf(name)));
    return roles;
  }
}
