package org.stepwise.staff.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
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
import org.stepwise.audit.AuditAction;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.NewStaffAccount;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffAccount;
import org.stepwise.staff.StaffAccounts;
import org.stepwise.staff.StaffId;
import org.stepwise.staff.TeamDirectory;
import org.stepwise.staff.UsernameTakenException;

/**
 * Administrators list users, add staff users, set their roles, disable and enable accounts, reset
 * passwords and see each user's sign-ins.
 */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UsersController {

  private final StaffAccounts accounts;
  private final MessageSource messages;
  private final TeamDirectory teams;

  UsersController(StaffAccounts accounts, MessageSource messages, TeamDirectory teams) {
    this.accounts = accounts;
    this.messages = messages;
    this.teams = teams;
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
        redirect.addFlashAttribute(
            "done", messages.getMessage("user.added", new Object[] {added.username()}, locale));
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

  @GetMapping("/{id}")
  String show(@PathVariable StaffId id, Model model, Principal principal) {
    var user = accounts.find(id).orElseThrow(() -> new RecordNotFound("user"));
    model.addAttribute("user", user);
    model.addAttribute("self", user.username().equalsIgnoreCase(principal.getName()));
    model.addAttribute(
        "roleNames",
        user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", ")));
    model.addAttribute("history", accounts.history(id, 50));
    model.addAttribute(
        "teams",
        teams.list().stream()
            .filter(t -> t.members().stream().anyMatch(user.username()::equalsIgnoreCase))
            .toList());
    model.addAttribute("actionNames", ACTION_NAMES);
    return "staff/user";
  }

  @GetMapping("/{id}/disable")
  String confirmDisable(@PathVariable StaffId id, Model model) {
    model.addAttribute("user", accounts.find(id).orElseThrow(() -> new RecordNotFound("user")));
    return "staff/user-disable";
  }

  @PostMapping("/{id}/disable")
  String disable(@PathVariable StaffId id, Locale locale, RedirectAttributes redirect) {
    return change(id, () -> accounts.disable(id), "user.disabled", locale, redirect);
  }

  @PostMapping("/{id}/enable")
  String enable(@PathVariable StaffId id, Locale locale, RedirectAttributes redirect) {
    return change(id, () -> accounts.enable(id), "user.enabled", locale, redirect);
  }

  @GetMapping("/{id}/reset-password")
  String confirmReset(@PathVariable StaffId id, Model model) {
    model.addAttribute("user", accounts.find(id).orElseThrow(() -> new RecordNotFound("user")));
    return "staff/user-reset";
  }

  /** The temporary password is shown once, on this answer, which no browser or proxy keeps. */
  @PostMapping("/{id}/reset-password")
  String reset(
      @PathVariable StaffId id,
      Model model,
      Locale locale,
      RedirectAttributes redirect,
      HttpServletResponse response) {
    var user = accounts.find(id).orElseThrow(() -> new RecordNotFound("user"));
    try {
      model.addAttribute("temporary", accounts.resetPassword(id));
    } catch (ChangeRefused refused) {
      redirect.addFlashAttribute(
          "notice", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
      return "redirect:/admin/users/" + id;
    }
    model.addAttribute("user", user);
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    return "staff/user-reset-done";
  }

  private String change(
      StaffId id,
      Supplier<StaffAccount> action,
      String doneKey,
      Locale locale,
      RedirectAttributes redirect) {
    try {
      var changed = action.get();
      redirect.addFlashAttribute(
          "done", messages.getMessage(doneKey, new Object[] {changed.username()}, locale));
    } catch (ChangeRefused refused) {
      redirect.addFlashAttribute(
          "notice", messages.getMessage(refused.messageKey(), refused.arguments(), locale));
    }
    return "redirect:/admin/users/" + id;
  }

  /** How the user page names each kind of access-log entry. */
  private static final Map<String, String> ACTION_NAMES =
      Map.of(
          AuditAction.SIGN_IN.name(), "Signed in",
          AuditAction.SIGN_IN_FAILED.name(), "Sign-in refused",
          AuditAction.SIGN_OUT.name(), "Signed out",
          AuditAction.CREATE.name(), "Account added",
          AuditAction.UPDATE.name(), "Changed",
          AuditAction.READ.name(), "Looked at",
          AuditAction.DELETE.name(), "Removed");

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
    redirect.addFlashAttribute(
        "done",
        messages.getMessage("user.rolesChanged", new Object[] {changed.username()}, locale));
    return "redirect:/admin/users/" + id;
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
