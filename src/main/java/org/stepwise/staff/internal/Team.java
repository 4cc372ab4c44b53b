package org.stepwise.staff.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.stepwise.programme.ProgrammeId;
import org.stepwise.site.ChangeRefused;
import org.stepwise.staff.TeamDetails;
import org.stepwise.staff.TeamId;

/** A team: its members and the services it runs. */
@Table("team")
public class Team {

  /** A member of the team, by username. */
  @Table("team_member")
  record Member(UUID id, String username, Instant createdAt, String createdBy) {}

  /** A service the team runs. */
  @Table("team_service")
  record Service(UUID id, UUID programmeId, Instant createdAt, String createdBy) {}

  @Id private final UUID id;
  private String name;
  private String description;

  @MappedCollection(idColumn = "team_id")
  private Set<Member> members = new HashSet<>();

  @MappedCollection(idColumn = "team_id")
  private Set<Service> services = new HashSet<>();

  @CreatedDate private Instant createdAt;
  @CreatedBy private String createdBy;
  @LastModifiedDate private Instant updatedAt;
  @LastModifiedBy private String updatedBy;
  @Version private Long version;

  @PersistenceCreator
  Team(UUID id, String name, String description) {
    this.id = id;
    this.name = name;
    this.description = description;
  }

  public static Team create(String name, String description) {
    var team = new Team(UUID.randomUUID(), null, null);
    team.describe(name, description);
    return team;
  }

  public void describe(String newName, String newDescription) {
    if (newName == null || newName.isBlank()) {
      throw ChangeRefused.onField("name", "team.name.required");
    }
    this.name = newName.trim();
    this.description =
        newDescription == null || newDescription.isBlank() ? null : newDescription.trim();
  }

  /** Adds a member; adding someone already in the team changes nothing. */
  public void add(String username, Instant at, String by) {
    if (members.stream().noneMatch(m -> m.username().equalsIgnoreCase(username))) {
      members.add(new Member(UUID.randomUUID(), username, at, by));
    }
  }

  /** Removes a member; removing someone not in the team changes nothing. */
  public void remove(String username) {
    members.removeIf(m -> m.username().equalsIgnoreCase(username));
  }

  public void run(ProgrammeId service, Instant at, String by) {
    if (services.stream().noneMatch(s -> s.programmeId().equals(service.id()))) {
      services.add(new Service(UUID.randomUUID(), service.id(), at, by));
    }
  }

  public void stopRunning(ProgrammeId service) {
    services.removeIf(s -> s.programmeId().equals(service.id()));
  }

  public UUID id() {
    return id;
  }

  public String name() {
    return name;
  }

  public long version() {
    return version == null ? 0 : version;
  }

  public TeamDetails details() {
    List<String> names =
        members.stream()
            .map(Member::username)
            .sorted(Comparator.comparing(String::toLowerCase))
            .toList();
    return new TeamDetails(
        new TeamId(id),
        name,
        description,
        names,
        services.stream()
            .map(s -> new ProgrammeId(s.programmeId()))
            .collect(Collectors.toUnmodifiableSet()),
        version());
  }
}
