package org.stepwise.programme;

import java.util.Map;
import java.util.Set;

/** What an administrator sets for a service, apart from its rules. */
public record ProgrammeDetails(
    String name,
    String description,
    String publicDescription,
    Set<Condition> conditionsInScope,
    boolean acceptsSelfReferral,
    boolean active,
    Map<FormField, FieldRequirement> fields) {}
