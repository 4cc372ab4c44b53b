package org.stepwise.person;

/**
 * Says whether the signed-in user may see a person because of records another module holds (the
 * referral module: a referral in one of the user's teams' services, or one they made). The person
 * module cannot depend on those modules, so they implement this and {@link PersonAccess} asks every
 * implementation.
 */
public interface PersonVisibility {

  boolean visibleToCurrentUser(PersonId person);
}
