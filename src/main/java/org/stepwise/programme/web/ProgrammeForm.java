package org.stepwise.programme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.validation.BindingResult;
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
    String gpPracticeField,
    Long version) {

  static final List<String> FIELD_ORDER =
      List.of(
          "name",
          "description",
          "publicDescription",
          "conditionsInScope",
          "nhsNumberField",
          "weeksOffWorkField",
          "employerField",
          "gpPracticeField");

  static ProgrammeForm empty() {
    return new ProgrammeForm(
        "", "", "", List.of(), "", "yes", "OPTIONAL", "HIDDEN", "HIDDEN", "HIDDEN", null);
  }

  /** The same answers, to be sent again against the given version. */
  ProgrammeForm atVersion(long current) {
    return new ProgrammeForm(
        name,
        description,
        publicDescription,
        conditionsInScope,
        acceptsSelfReferral,
        active,
        nhsNumberField,
        weeksOffWorkField,
        employerField,
        gpPracticeField,
        current);
  }

  /** Rejects conditions and question settings that are not on the form (a changed page). */
  void check(BindingResult errors) {
    if (selectedConditions().stream().anyMatch(c -> parse(Condition.class, c) == null)) {
      errors.rejectValue("conditionsInScope", "programme.conditions.choose");
    }
    for (var field : FormField.values()) {
      if (parse(FieldRequirement.class, requirementOf(field.name())) == null) {
        errors.rejectValue(PARAMETERS.get(field), "programme.field.choose");
      }
    }
  }

  static final Map<FormField, String> PARAMETERS =
      Map.of(
          FormField.NHS_NUMBER, "nhsNumberField",
          FormField.WEEKS_OFF_WORK, "weeksOffWorkField",
          FormField.EMPLOYER, "employerField",
          FormField.GP_PRACTICE, "gpPracticeField");

  private static <E extends Enum<E>> E parse(Class<E> type, String name) {
    try {
      return name == null ? null : Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static ProgrammeForm of(ProgrammeView programme, long version) {
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
        programme.requirement(FormField.GP_PRACTICE).name(),
        version);
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
