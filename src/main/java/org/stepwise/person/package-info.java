/**
 * The people Stepwise supports: identity (NHS number, name, date of birth) and contact details.
 * Every read of a person's record and every change is written to the access log.
 *
 * <p>API: {@link org.stepwise.person.People}, {@link org.stepwise.person.PersonId}, {@link
 * org.stepwise.person.NhsNumber} and the view records.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Person",
    allowedDependencies = {"audit"})
package org.stepwise.person;
