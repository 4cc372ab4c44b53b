package org.stepwise.programme.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.programme.Condition;
import org.stepwise.programme.EligibilityRule;
import org.stepwise.programme.FieldRequirement;
import org.stepwise.programme.FormField;
import org.stepwise.programme.ProgrammeDetails;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.programme.ProgrammeVersion;
import org.stepwise.programme.ProgrammeView;
import org.stepwise.site.EditConflict;

/** A service a provider runs, with its referral form settings and eligibility rules. */
@Table("programme")
public class Programme {

  @Id private final UUID id;
  private String name;
  private String description;
  private String publicDescription;
  private Set<Condition> conditionsInScope;
  private boolean acceptsSelfReferral;
  private boolean active;
  private FieldRequirement nhsNumberField;
  private FieldRequirement weeksOffWorkField;
  private FieldRequirement employerField;
  private FieldRequirement gpPracticeField;

  @MappedCollection(idColumn = "programme_id", keyColumn = "position")
  private List<RuleRow> rules;

  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  Programme(
      UUID id,
      String name,
      String description,
      String publicDescription,
      Set<Condition> conditionsInScope,
      boolean acceptsSelfReferral,
      boolean active,
      FieldRequirement nhsNumberField,
      FieldRequirement weeksOffWorkField,
      FieldRequirement employerField,
      FieldRequirement gpPracticeField,
      List<RuleRow> rules) {
    this.id = id;
    this.name = name;
    this.description = description;
    this.publicDescription = publicDescription;
    this.conditionsInScope = conditionsInScope;
    this.acceptsSelfReferral = acceptsSelfReferral;
    this.active = active;
    this.nhsNumberField = nhsNumberField;
    this.weeksOffWorkField = weeksOffWorkField;
    this.employerField = employerField;
    this.gpPracticeField = gpPracticeField;
    this.rules = new ArrayList<>(rules == null ? List.of() : rules);
  }

  public static Programme create(ProgrammeDetails details) {
    var programme =
        new Programme(
            UUID.randomUUID(),
            null,
            null,
            null,
            Set.of(),
            false,
            true,
            FieldRequirement.OPTIONAL,
            FieldRequirement.HIDDEN,
            FieldRequirement.HIDDEN,
            FieldRequirement.HIDDEN,
            List.of());
    programme.change(details);
    return programme;
  }

  public void change(ProgrammeDetails details) {
    if (details.name() == null || details.name().isBlank()) {
      throw new IllegalArgumentException("A service needs a name");
    }
    this.name = details.name().trim();
    this.description = blankToNull(details.description());
    this.publicDescription = blankToNull(details.publicDescription());
    this.conditionsInScope =
        details.conditionsInScope().isEmpty()
            ? EnumSet.noneOf(Condition.class)
            : EnumSet.copyOf(details.conditionsInScope());
    this.acceptsSelfReferral = details.acceptsSelfReferral();
    this.active = details.active();
    this.nhsNumberField =
        details.fields().getOrDefault(FormField.NHS_NUMBER, FieldRequirement.OPTIONAL);
    this.weeksOffWorkField =
        details.fields().getOrDefault(FormField.WEEKS_OFF_WORK, FieldRequirement.HIDDEN);
    this.employerField = details.fields().getOrDefault(FormField.EMPLOYER, FieldRequirement.HIDDEN);
    this.gpPracticeField =
        details.fields().getOrDefault(FormField.GP_PRACTICE, FieldRequirement.HIDDEN);
  }

  /**
   * Changes the settings an administrator read at version {@code expected}.
   *
   * @throws EditConflict when someone else saved the service since
   */
  public void edit(Long expected, ProgrammeDetails details) {
    EditConflict.check(expected, version == null ? 0 : version);
    change(details);
  }

  /** Who saved the service last, when, and the version that made. */
  public ProgrammeVersion saved() {
    return new ProgrammeVersion(version == null ? 0 : version, updatedAt, updatedBy);
  }

  public void addRule(EligibilityRule rule) {
    rules.add(RuleRow.of(rule));
  }

  /** Removes the rule at the given position, if there is one. */
  public void removeRule(int position) {
    if (position >= 0 && position < rules.size()) {
      rules.remove(position);
    }
  }

  public UUID id() {
    return id;
  }

  public ProgrammeView view() {
    var fields = new EnumMap<FormField, FieldRequirement>(FormField.class);
    fields.put(FormField.NHS_NUMBER, nhsNumberField);
    fields.put(FormField.WEEKS_OFF_WORK, weeksOffWorkField);
    fields.put(FormField.EMPLOYER, employerField);
    fields.put(FormField.GP_PRACTICE, gpPracticeField);
    return new ProgrammeView(
        new ProgrammeId(id),
        name,
        description,
        publicDescription,
        conditionsInScope == null || conditionsInScope.isEmpty()
            ? Set.of()
            : Set.copyOf(conditionsInScope),
        acceptsSelfReferral,
        active,
        fields,
        rules.stream().map(RuleRow::rule).toList());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
