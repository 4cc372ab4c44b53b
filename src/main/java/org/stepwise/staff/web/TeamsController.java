package org.stepwise.staff.web;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
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
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.programme.Programmes;
import org.stepwise.site.ChangeRefused;
import org.stepwise.site.Choice;
import org.stepwise.site.ConflictView;
import org.stepwise.site.EditConflict;
import org.stepwise.site.ErrorSummary;
import org.stepwise.site.NavigationItem;
import org.stepwise.site.RecordNotFound;
import org.stepwise.staff.Role;
import org.stepwise.staff.StaffAccount;
import org.stepwise.staff.StaffAccounts;
import org.stepwise.staff.TeamDetails;
import org.stepwise.staff.TeamDirectory;
import org.stepwise.staff.TeamId;

/**
 * Administrators set up teams: their names, who is in each, and which services each runs (which
 * decides the referrals and cases their members may open).
 *
 * <p>Every change is safe to send twice: a team added again with the same name and description
 * while still empty is the first one, members and services added or removed twice change nothing
 * the second time, and a concurrent change to the same team is tried again once.
 */
@Controller
@RequestMapping("/admin/teams")
@PreAuthorize("hasRole('ADMIN')")
class TeamsController {

  private final TeamDirectory teams;
  private final StaffAccounts accounts;
  private final Programmes programmes;
  private final MessageSource messages;

  TeamsController(
      TeamDirectory teams, StaffAccounts accounts, Programmes programmes, MessageSource messages) {
    this.teams = teams;
    this.accounts = accounts;
    this.programmes = programmes;
    this.messages = messages;
  }

  @Bean
  static NavigationItem teamsNavigation() {
    return new NavigationItem(
        "Teams",
        "/admin/teams",
        Set.of("ADMIN"),
        78,
        "Put staff in teams and choose the services each team runs.");
  }

  /** A team in the list: how many people are in it and the services it runs. */
  record TeamRow(TeamId id, String name, String description, int members, List<String> services) {}

  /** A member of a team as its page shows them. */
  record MemberRow(String username, String displayName, String roles, boolean enabled) {}

  /** A service a team runs, as its page shows it. */
  record ServiceRow(UUID id, String name) {}

  @GetMapping
  String list(Model model) {
    var names = serviceNames();
    model.addAttribute(
        "teams",
        teams.list().stream()
            .map(
                t ->
                    new TeamRow(
                        t.id(),
                        t.name(),
                        t.description(),
                        t.members().size(),
                        t.services().stream()
                            .map(s -> names.getOrDefault(s, "A removed service"))
                            .sorted(String.CASE_INSENSITIVE_ORDER)
                            .toList()))
            .toList());
    return "staff/teams";
  }

  @GetMapping("/new")
  String newTeam(Model model) {
    return editPage(null, TeamForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/new")
  String create(
      @Valid @ModelAttribute("form") TeamForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    if (!result.hasErrors()) {
      try {
        var id = teams.create(form.name(), form.description());
        return added(id, form.name().trim(), locale, redirect);
      } catch (ChangeRefused refused) {
        var same =
            "team.name.taken".equals(refused.messageKey())
                ? sameTeamAgain(form)
                : Optional.<TeamDetails>empty();
        if (same.isPresent()) {
          return added(same.get().id(), same.get().name(), locale, redirect);
        }
        refused.addTo(result);
      } catch (DuplicateKeyException sameNameAtOnce) {
        var same = sameTeamAgain(form);
        if (same.isPresent()) {
          return added(same.get().id(), same.get().name(), locale, redirect);
        }
        result.rejectValue(
            "name", "team.name.taken", new Object[] {form.name().trim()}, "team.name.taken");
      }
    }
    return editPage(
        null, form, ErrorSummary.of(result, messages, locale, TeamForm.FIELD_ORDER), model);
  }

  @GetMapping("/{id}")
  String show(@PathVariable TeamId id, Model model) {
    var team = find(id);
    var people =
        accounts.list().stream()
            .collect(
                Collectors.toMap(
                    a -> a.username().toLowerCase(Locale.ROOT), Function.identity(), (a, b) -> a));
    model.addAttribute("team", team);
    model.addAttribute(
        "members",
        team.members().stream()
            .map(
                u -> {
                  var account = people.get(u.toLowerCase(Locale.ROOT));
                  return account == null
                      ? new MemberRow(u, u, "", false)
                      : new MemberRow(
                          account.username(),
                          account.displayName(),
                          roleNames(account),
                          account.enabled());
                })
            .sorted(Comparator.comparing(MemberRow::displayName, String.CASE_INSENSITIVE_ORDER))
            .toList());
    var names = serviceNames();
    model.addAttribute(
        "services",
        team.services().stream()
            .map(s -> new ServiceRow(s.id(), names.getOrDefault(s, "A removed service")))
            .sorted(Comparator.comparing(ServiceRow::name, String.CASE_INSENSITIVE_ORDER))
            .toList());
    model.addAttribute("canAddMember", !candidates(team).isEmpty());
    model.addAttribute("canAddService", !serviceChoices(team).isEmpty());
    return "staff/team";
  }

  @GetMapping("/{id}/edit")
  String edit(@PathVariable TeamId id, Model model) {
    var team = find(id);
    return editPage(team, TeamForm.of(team), ErrorSummary.none(), model);
  }

  @PostMapping("/{id}/edit")
  String change(
      @PathVariable TeamId id,
      @Valid @ModelAttribute("form") TeamForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var team = find(id);
    if (!result.hasErrors()) {
      try {
        teams.describe(
            id, form.name(), form.description(), form.version() == null ? -1 : form.version());
        return saved(id, locale, redirect);
      } catch (EditConflict conflict) {
        var now = find(id);
        if (form.describes(now)) {
          return saved(id, locale, redirect);
        }
        model.addAttribute("conflict", conflictView(now));
        return editPage(now, form.atVersion(now.version()), ErrorSummary.none(), model);
      } catch (ChangeRefused refused) {
        refused.addTo(result);
      } catch (DuplicateKeyException sameNameAtOnce) {
        result.rejectValue(
            "name", "team.name.taken", new Object[] {form.name().trim()}, "team.name.taken");
      }
    }
    return editPage(
        team, form, ErrorSummary.of(result, messages, locale, TeamForm.FIELD_ORDER), model);
  }

  @GetMapping("/{id}/members/new")
  String newMember(@PathVariable TeamId id, Model model) {
    return memberPage(find(id), TeamMemberForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/{id}/members/new")
  String addMember(
      @PathVariable TeamId id,
      @Valid @ModelAttribute("form") TeamMemberForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var team = find(id);
    if (!result.hasErrors()) {
      var chosen = form.username().trim();
      var member = member(team, chosen);
      if (member.isPresent()) {
        return memberAdded(id, member.get(), locale, redirect);
      }
      var account =
          candidates(team).stream().filter(a -> a.username().equalsIgnoreCase(chosen)).findFirst();
      if (account.isEmpty()) {
        result.rejectValue("username", "team.member.notOffered");
      } else if (ChangeRefused.tryChange(
          result, () -> retried(() -> teams.addMember(id, account.get().username())))) {
        return memberAdded(id, account.get().username(), locale, redirect);
      }
    }
    return memberPage(
        team, form, ErrorSummary.of(result, messages, locale, List.of("username")), model);
  }

  @GetMapping("/{id}/members/{username}/remove")
  String confirmRemoveMember(@PathVariable TeamId id, @PathVariable String username, Model model) {
    var team = find(id);
    var member = member(team, username).orElseThrow(() -> new RecordNotFound("team member"));
    model.addAttribute("team", team);
    model.addAttribute("username", member);
    model.addAttribute("memberName", displayName(member));
    return "staff/team-member-remove";
  }

  @PostMapping("/{id}/members/{username}/remove")
  String removeMember(
      @PathVariable TeamId id,
      @PathVariable String username,
      Locale locale,
      RedirectAttributes redirect) {
    var team = find(id);
    var member = member(team, username);
    member.ifPresent(m -> retried(() -> teams.removeMember(id, m)));
    redirect.addFlashAttribute(
        "done",
        messages.getMessage(
            "team.member.removed", new Object[] {displayName(member.orElse(username))}, locale));
    return "redirect:/admin/teams/" + id;
  }

  @GetMapping("/{id}/services/new")
  String newService(@PathVariable TeamId id, Model model) {
    return servicePage(find(id), TeamServiceForm.empty(), ErrorSummary.none(), model);
  }

  @PostMapping("/{id}/services/new")
  String addService(
      @PathVariable TeamId id,
      @Valid @ModelAttribute("form") TeamServiceForm form,
      BindingResult result,
      Model model,
      Locale locale,
      RedirectAttributes redirect) {
    var team = find(id);
    if (!result.hasErrors()) {
      var chosen =
          programmes.all().stream()
              .filter(p -> p.id().id().toString().equalsIgnoreCase(form.service().trim()))
              .findFirst();
      if (chosen.isEmpty()) {
        result.rejectValue("service", "team.service.notOffered");
      } else if (team.services().contains(chosen.get().id())
          || ChangeRefused.tryChange(
              result, () -> retried(() -> teams.addService(id, chosen.get().id())))) {
        redirect.addFlashAttribute(
            "done",
            messages.getMessage("team.service.added", new Object[] {chosen.get().name()}, locale));
        return "redirect:/admin/teams/" + id;
      }
    }
    return servicePage(
        team, form, ErrorSummary.of(result, messages, locale, List.of("service")), model);
  }

  @GetMapping("/{id}/services/{service}/remove")
  String confirmRemoveService(@PathVariable TeamId id, @PathVariable UUID service, Model model) {
    var team = find(id);
    var programme = new ProgrammeId(service);
    if (!team.services().contains(programme)) {
      throw new RecordNotFound("team service");
    }
    model.addAttribute("team", team);
    model.addAttribute("serviceId", service);
    model.addAttribute("serviceName", serviceNames().getOrDefault(programme, "A removed service"));
    return "staff/team-service-remove";
  }

  @PostMapping("/{id}/services/{service}/remove")
  String removeService(
      @PathVariable TeamId id,
      @PathVariable UUID service,
      Locale locale,
      RedirectAttributes redirect) {
    var team = find(id);
    var programme = new ProgrammeId(service);
    if (team.services().contains(programme)) {
      retried(() -> teams.removeService(id, programme));
    }
    redirect.addFlashAttribute(
        "done",
        messages.getMessage(
            "team.service.removed",
            new Object[] {serviceNames().getOrDefault(programme, "that service")},
            locale));
    return "redirect:/admin/teams/" + id;
  }

  private String editPage(TeamDetails team, TeamForm form, ErrorSummary errors, Model model) {
    model.addAttribute("team", team);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "staff/team-edit";
  }

  private String memberPage(
      TeamDetails team, TeamMemberForm form, ErrorSummary errors, Model model) {
    model.addAttribute("team", team);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "people",
        candidates(team).stream()
            .map(a -> Choice.of(a.username(), a.displayName() + " (" + a.username() + ")"))
            .toList());
    return "staff/team-member";
  }

  private String servicePage(
      TeamDetails team, TeamServiceForm form, ErrorSummary errors, Model model) {
    model.addAttribute("team", team);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("serviceChoices", serviceChoices(team));
    return "staff/team-service";
  }

  private String added(TeamId id, String name, Locale locale, RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "done", messages.getMessage("team.added", new Object[] {name}, locale));
    return "redirect:/admin/teams/" + id;
  }

  private String saved(TeamId id, Locale locale, RedirectAttributes redirect) {
    redirect.addFlashAttribute("done", messages.getMessage("team.saved", null, locale));
    return "redirect:/admin/teams/" + id;
  }

  private String memberAdded(
      TeamId id, String username, Locale locale, RedirectAttributes redirect) {
    redirect.addFlashAttribute(
        "done",
        messages.getMessage("team.member.added", new Object[] {displayName(username)}, locale));
    return "redirect:/admin/teams/" + id;
  }

  /**
   * The team a form sent twice already made: same name and description, and nothing added to it
   * yet. A team with that name that has members or services is someone else's, and the name is
   * taken.
   */
  private Optional<TeamDetails> sameTeamAgain(TeamForm form) {
    return teams.list().stream()
        .filter(form::describes)
        .filter(t -> t.members().isEmpty() && t.services().isEmpty())
        .findFirst();
  }

  /** Staff who can join the team: enabled practitioners and managers not already in it. */
  private List<StaffAccount> candidates(TeamDetails team) {
    return accounts.list().stream()
        .filter(StaffAccount::enabled)
        .filter(a -> a.roles().contains(Role.PRACTITIONER) || a.roles().contains(Role.MANAGER))
        .filter(a -> member(team, a.username()).isEmpty())
        .sorted(Comparator.comparing(StaffAccount::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private List<Choice> serviceChoices(TeamDetails team) {
    return programmes.all().stream()
        .filter(p -> !team.services().contains(p.id()))
        .map(p -> Choice.of(p.id().id().toString(), p.name()))
        .toList();
  }

  private static Optional<String> member(TeamDetails team, String username) {
    return team.members().stream().filter(m -> m.equalsIgnoreCase(username)).findFirst();
  }

  private String displayName(String username) {
    return accounts.list().stream()
        .filter(a -> a.username().equalsIgnoreCase(username))
        .map(StaffAccount::displayName)
        .findFirst()
        .orElse(username);
  }

  private Map<ProgrammeId, String> serviceNames() {
    return programmes.all().stream()
        .collect(Collectors.toMap(ProgrammeView::id, ProgrammeView::name, (a, b) -> a));
  }

  private static String roleNames(StaffAccount account) {
    return account.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
  }

  /**
   * Adding or removing a member or a service commutes with any other such change, so one that met
   * another at the same moment is simply made again on the team as it is now.
   */
  private static void retried(Runnable change) {
    try {
      change.run();
    } catch (EditConflict | OptimisticLockingFailureException | DuplicateKeyException again) {
      change.run();
    }
  }

  private TeamDetails find(TeamId id) {
    return teams.find(id).orElseThrow(() -> new RecordNotFound("team"));
  }

  private static ConflictView conflictView(TeamDetails now) {
    return new ConflictView(
        null,
        null,
        List.of(
            new ConflictView.Row("Name", now.name()),
            new ConflictView.Row(
                "Description", now.description() == null ? "" : now.description())),
        "/admin/teams/" + now.id());
  }
}
