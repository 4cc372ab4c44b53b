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

  /**
   * Usernames some tests sign in as (two editors of one record, say): practitioners in the team.
   */
  public static final List<String> TEST_PRACTITIONERS =
      List.of("alex", "sam", "worker0", "worker1", "worker2", "worker3");

  @Bean
  static ApplicationContextAware testTeamsContext() {
    return CONTEXTS::add;
  }

  /** Once the demo is loaded: the test practitioners, in the test team. */
  @Bean
  @org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
  static org.springframework.boot.ApplicationRunner testPractitioners(
      org.stepwise.staff.StaffAccounts accounts) {
    return args -> {
      // Only beside the demo's sign-ins (a test on its own database without demo data has none).
      if (TestData.as(
          "admin",
          () -> accounts.list().stream().noneMatch(a -> a.username().equals("practitioner")),
          "ADMIN")) {
        return;
      }
      for (var who : TEST_PRACTITIONERS) {
        practitioner(accounts, who);
      }
    };
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

  /**
   * Makes sure a practitioner with this username exists and is in the test team (for tests that
   * sign in as people of their own, such as two editors of one record).
   */
  public static void practitioner(Object bean, String username) {
    TestData.as(
        "admin",
        () -> {
          var context = contextOf(bean);
          var accounts = context.getBean(org.stepwise.staff.StaffAccounts.class);
          if (accounts.list().stream().noneMatch(a -> a.username().equalsIgnoreCase(username))) {
            accounts.add(
                new org.stepwise.staff.NewStaffAccount(
                    username,
                    username,
                    null,
                    "a-long-password-x",
                    java.util.Set.of(org.stepwise.staff.Role.PRACTITIONER)));
          }
          return null;
        },
        "ADMIN");
    join(bean, username);
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
        try {
          teams.addMember(id, demo);
        } catch (org.stepwise.site.ChangeRefused notADemo) {
          // Without demo data there are no demo sign-ins to add.
        }
      }
    }
    return id;
  }

  /** The team directory of the application context that holds this bean. */
  public static TeamDirectory teams(Object bean) {
    return contextOf(bean).getBean(TeamDirectory.class);
  }

  private static ApplicationContext contextOf(Object bean) {
    CONTEXTS.removeIf(
        c ->
            c instanceof org.springframework.context.ConfigurableApplicationContext configurable
                && !configurable.isActive());
    for (var context : CONTEXTS) {
      for (var name : context.getBeanNamesForType(bean.getClass())) {
        if (context.getBean(name) == bean) {
          return context;
        }
      }
    }
    throw new IllegalStateException(
        "No test context holds this bean: import TestTeams (StepwiseIntegrationTest does)");
  }
}
