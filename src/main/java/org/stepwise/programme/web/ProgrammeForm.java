package org.stepwise.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stepwise.programme.Condition;
import org.stepwise.programme.FieldRequirement;
import org.stepwise.programme.FormField;
import org.stepwise.programme.ProgrammeDetails;
import org.stepwise.programme.ProgrammeView;

/** A service's settings as typed by an administrator. */
record ProgrammeForm(
    @NotBlank(message = "{programme.name.required}")
        @Size(max = 120, message = "{programme.name.size}")
        String name,
    @Size(max = 2000, message = "{programme.description.size}") String description,
    @Size(max = 2000, message = "{programme.description.size}") String publicDescription,
    List<String> conditionsInScope,
    String acceptsSelfReferral,
    String active,
    String nhsNumberField,
    String weeksOffWorkField,
    String employerField,
    String gpPracticeField) {

  static final List<String> FIELD_ORDER = List.of("name", "description", "publicDescription");

  static ProgrammeForm empty() {
    return new ProgrammeForm(
        "", "", "", List.of(), "", "yes", "OPTIONAL", "HIDDEN", "HIDDEN", "HIDDEN");
  }

  static ProgrammeForm of(ProgrammeView programme) {
    return new ProgrammeForm(
        programme.name(),
        programme.description() == null ? "" : programme.description(),
        programme.publicDescription() == null ? "" : programme.publicDescription(),
        programme.conditionsInScope().stream().map(Enum::name).sorted().toList(),
        programme.acceptsSelfReferral() ? "yes" : "",
        programme.active() ? "yes" : "",
        programme.requirement(FormField.NHS_NUMBER).name(),
        programme.requirement(FormField.WEEKS_OFF_WORK).name(),
        programme.requirement(FormField.EMPLOYER).name(),
        programme.requirement(FormField.GP_PRACTICE).name());
  }

  public List<String> selectedConditions() {
    return conditionsInScope == null ? List.of() : conditionsInScope;
  }

  public String requirementOf(String field) {
    return switch (FormField.valueOf(field)) {
      case NHS_NUMBER -> nhsNumberField;
      case WEEKS_OFF_WORK -> weeksOffWorkField;
      case EMPLOYER -> employerField;
      case GP_PRACTICE -> gpPracticeField;
    };
  }

  ProgrammeDetails toDetails() {
    Set<Condition> conditions = EnumSet.noneOf(Condition.class);
    selectedConditions().forEach(name -> conditions.add(Condition.valueOf(name)));
    Map<FormField, FieldRequirement> fields = new EnumMap<>(FormField.class);
    for (var field : FormField.values()) {
      fields.put(field, FieldRequirement.valueOf(requirementOf(field.name())));
    }
    return new ProgrammeDetails(
        name,
        description,
        publicDescription,
        conditions,
        "yes".equals(acceptsSelfReferral),
        "yes".equals(active),
        fields);
  }
}
