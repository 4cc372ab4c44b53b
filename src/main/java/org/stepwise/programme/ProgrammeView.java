package org.stepwise.programme;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A service as referrers, the public and administrators see it. */
public record ProgrammeView(
    ProgrammeId id,
    String name,
    String description,
    String publicDescription,
    Set<Condition> conditionsInScope,
    boolean acceptsSelfReferral,
    boolean active,
    Map<FormField, FieldRequirement> fields,
    List<EligibilityRule> rules) {

  public FieldRequirement requirement(FormField field) {
    return fields.getOrDefault(field, FieldRequirement.HIDDEN);
  }

  public boolean asks(String field) {
    return requirement(FormField.valueOf(field)).asked();
  }

  public boolean requires(String field) {
    return requirement(FormField.valueOf(field)) == FieldRequirement.REQUIRED;
  }
}
