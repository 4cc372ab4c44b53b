package org.stepwise;

import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.annotation.Bean;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.staff.TeamDirectory;
import org.stepwise.staff.TeamId;

/**
 * The team tests work in: services made by tests ({@link TestData#jobRetentionService}) are run by
 * the team "Test services", whose members are the demo practitioners and manager and every worker
 * {@link TestData#newWorker} makes. So a test's own service behaves like a service of the user's
 * teams; a test about someone outside the team makes a worker of its own and leaves them out. Built
 * through {@link TeamDirectory}, as an administrator would.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestTeams {

  /** The test team's name. */
  public static final String NAME = "Test services";

  /** Every test application context started in this JVM (several may be cached at once). */
  private static final List<ApplicationContext> CONTEXTS =
      new java.util.concurrent.CopyOnWriteArrayList<>();

  @Bean
  static ApplicationContextAware testTeamsContext() {
    return CONTEXTS::add;
  }

  /**
   * Adds the service to the test team of the application that owns this bean.
   *
   * @param bean any bean of the application the test uses (its {@code Programmes}, say)
   */
  public static void run(Object bean, ProgrammeId service) {
    var teams = teams(bean);
    TestData.as(
        "admin",
        () -> {
          teams.addService(testTeam(teams), service);
          return null;
        },
        "ADMIN");
  }

  /** Puts the member of staff in the test team of the application that owns this bean. */
  public static void join(Object bean, String username) {
    var teams = teams(bean);
    TestData.as(
        "admin",
        () -> {
          teams.addMember(testTeam(teams), username);
          return null;
        },
        "ADMIN");
  }

  /** The id of a team with this name, made (with no services) if there is none. */
  public static TeamId team(TeamDirectory teams, String name) {
    return TestData.as(
        "admin",
        () ->
            teams.list().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .map(t -> t.id())
                .findFirst()
                .orElseGet(() -> teams.create(name, null)),
        "ADMIN");
  }

  private static TeamId testTeam(TeamDirectory teams) {
    var id = team(teams, NAME);
    var members = teams.find(id).orElseThrow().members();
    for (var demo : List.of("practitioner", "manager", "jordan")) {
      if (members.stream().noneMatch(demo::equalsIgnoreCase)) {
        teams.addMember(id, demo);
      }
    }
    return id;
  }

  /** The team directory of the application context that holds this bean. */
  public static TeamDirectory teams(Object bean) {
    for (var context : CONTEXTS) {
      for (var name : context.getBeanNamesForType(bean.getClass())) {
        if (context.getBean(name) == bean) {
          return context.getBean(TeamDirectory.class);
        }
      }
    }
    throw new IllegalStateException(
        "No test context holds this bean: import TestTeams (StepwiseIntegrationTest does)");
  }
}
