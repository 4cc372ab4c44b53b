package org.stepwise.staff.internal;

import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.stepwise.database.DemoData;
import org.stepwise.programme.Programmes;
import org.stepwise.staff.TeamDirectory;

/**
 * The demo's teams, made through {@link TeamDirectory} as the demo administrator: the neurology
 * team (Priya Shah and the manager) runs MS job retention; the primary care team (Jordan Blake and
 * the manager) runs IPS and vocational advice. So the two demo practitioners see different
 * referrals and caseloads.
 */
@Component
@Order(17)
class DemoTeams implements ApplicationRunner {

  private final DemoData demoData;
  private final TeamDirectory teams;
  private final Programmes programmes;

  DemoTeams(DemoData demoData, TeamDirectory teams, Programmes programmes) {
    this.demoData = demoData;
    this.teams = teams;
    this.programmes = programmes;
  }

  @Override
  @org.springframework.transaction.annotation.Transactional
  public void run(ApplicationArguments args) {
    if (!demoData.enabled() || !demoData.claimFirstLoad("teams")) {
      return;
    }
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(
            "admin", null, AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
    SecurityContextHolder.setContext(context);
    try {
      team(
          "Neurology",
          "Occupational therapists in the MS service.",
          List.of("practitioner", "manager"),
          "MS job retention");
      team(
          "Primary care",
          "Employment specialists and vocational advisers working with GP practices.",
          List.of("jordan", "manager"),
          "IPS for chronic pain",
          "Vocational advice");
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  private void team(String name, String description, List<String> members, String... services) {
    var id = teams.create(name, description);
    members.forEach(member -> teams.addMember(id, member));
    for (var service : services) {
      programmes.all().stream()
          .filter(p -> p.name().startsWith(service))
          .forEach(p -> teams.addService(id, p.id()));
    }
  }
}
