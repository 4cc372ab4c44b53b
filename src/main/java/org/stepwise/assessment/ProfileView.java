package org.stepwise.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.stepwise.person.PersonId;

/**
 * The person's vocational profile. {@code answers} holds each field by its name in {@link
 * Profiles#FIELDS} (absent when not given); {@code updatedAt} is null until something is saved.
 *
 * @param version the saved version, which edit forms carry back; null until first saved
 */
public record ProfileView(
    PersonId personId,
    Map<String, String> answers,
    Disclosure disclosure,
    List<Job> jobs,
    Instant updatedAt,
    String updatedBy,
    Long version) {

  /** One job in their work history; every part but the role optional. */
  public record Job(String role, String employer, String when, String wentWell, String harder) {}
}
