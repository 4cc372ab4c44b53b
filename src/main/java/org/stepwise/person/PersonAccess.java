package org.stepwise.person;

import java.util.List;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stepwise.site.OutsideYourTeams;
import org.stepwise.site.RecordNotFound;

/**
 * The access policy for a person's own record (contact details, consent): the signed-in user may
 * see it when another module's records make them one of the person's workers or referrers ({@link
 * PersonVisibility}), or when they broke the glass for this person and the grant has not expired.
 */
@Service
public class PersonAccess {

  private final List<PersonVisibility> visibilities;
  private final BreakGlass breakGlass;
  private final People people;

  PersonAccess(List<PersonVisibility> visibilities, BreakGlass breakGlass, People people) {
    this.visibilities = visibilities;
    this.breakGlass = breakGlass;
    this.people = people;
  }

  /** Whether the signed-in user may open this person's record. */
  @Transactional(readOnly = true)
  public boolean maySee(PersonId person) {
    return breakGlass.granted(person)
        || visibilities.stream().anyMatch(v -> v.visibleToCurrentUser(person));
  }

  /**
   * @throws RecordNotFound when there is no such person, or the user may not know of them
   * @throws OutsideYourTeams when a member of staff may open the record only by breaking the glass
   */
  @Transactional(readOnly = true)
  public void check(PersonId person) {
    if (!people.exists(person)) {
      throw new RecordNotFound("person");
    }
    if (maySee(person)) {
      return;
    }
    if (BreakGlass.mayBreakGlass(SecurityContextHolder.getContext().getAuthentication())) {
      throw new OutsideYourTeams(person.id(), "person", person.id(), null);
    }
    throw new RecordNotFound("person");
  }
}
