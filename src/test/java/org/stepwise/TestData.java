package org.stepwise;

import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EligibilityRule;
import org.stepwise.programme.EmploymentStatus;
import org.stepwise.programme.FieldRequirement;
import org.stepwise.programme.FormField;
import org.stepwise.programme.ProgrammeDetails;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.Programmes;
import org.stepwise.programme.RuleKind;

/** Helpers for tests that set up data through the application's own services. */
public final class TestData {

  private TestData() {}

  /** Runs the work signed in as the given user with the given roles (without "ROLE_"). */
  public static <T> T as(String username, Supplier<T> work, String... roles) {
    var previous = SecurityContextHolder.getContext();
    var context = SecurityContextHolder.createEmptyContext();
    var authorities =
        AuthorityUtils.createAuthorityList(
            java.util.Arrays.stream(roles).map(r -> "ROLE_" + r).toArray(String[]::new));
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
    SecurityContextHolder.setContext(context);
    try {
      return work.get();
    } finally {
      SecurityContextHolder.setContext(previous);
    }
  }

  /**
   * A service open to self-referral for working-age people (18 to 64) who are in work, with an
   * optional NHS number and weeks off work.
   */
  public static ProgrammeId jobRetentionService(Programmes programmes, String name) {
    var fields = new EnumMap<FormField, FieldRequirement>(FormField.class);
    fields.put(FormField.NHS_NUMBER, FieldRequirement.OPTIONAL);
    fields.put(FormField.WEEKS_OFF_WORK, FieldRequirement.OPTIONAL);
    fields.put(FormField.EMPLOYER, FieldRequirement.OPTIONAL);
    fields.put(FormField.GP_PRACTICE, FieldRequirement.HIDDEN);
    return as(
        "admin",
        () -> {
          var id =
              programmes.create(
                  new ProgrammeDetails(name, "For people in work.", "Help to keep your job.",
                      Set.of(), true, true, fields));
          programmes.addRule(id, new EligibilityRule(RuleKind.AGE_BETWEEN, 18, 64, null,
              "Funded for working age only."));
          programmes.addRule(id, new EligibilityRule(RuleKind.EMPLOYMENT_STATUS_IN, null, null,
              Set.of(EmploymentStatus.EMPLOYED_AT_WORK.name(), EmploymentStatus.EMPLOYED_OFF_SICK.name()),
              "This service helps people keep a job they have."));
          return id;
        },
        "ADMIN");
  }

  /** Conditions as form values. */
  public static List<String> conditions(Condition... conditions) {
    return java.util.Arrays.stream(conditions).map(Enum::name).toList();
  }
}
