package org.stepwise.staff;

import java.util.List;
import java.util.Set;
import org.stepwise.programme.ProgrammeId;

/**
 * A team as administrators and managers see it.
 *
 * @param members usernames, in order
 * @param services the services the team runs
 */
public record TeamDetails(
    TeamId id,
    String name,
    String description,
    List<String> members,
    Set<ProgrammeId> services,
    long version) {}
