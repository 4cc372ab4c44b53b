/**
 * The people Stepwise supports: identity (NHS number, name, date of birth) and contact details.
 * Every read of a person's record and every change is written to the access log.
 *
 * <p>Holds the access policy for a person's own record ({@link org.stepwise.person.PersonAccess},
 * asking the modules that hold the person's referrals through {@link
 * org.stepwise.person.PersonVisibility}) and break-glass grants ({@link
 * org.stepwise.person.BreakGlass}): staff who open a record outside their teams say why, for a
 * limited time, and their managers review it.
 *
 * <p>API: {@link org.stepwise.person.People}, {@link org.stepwise.person.PersonId}, {@link
 * org.stepwise.person.NhsNumber}, {@link org.stepwise.person.PersonAccess}, {@link
 * org.stepwise.person.BreakGlass} and the view records.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * programme} (the service a record belongs to), {@code site}, {@code staff} (where the user works).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Person",
    allowedDependencies = {"audit", "programme", "site", "staff"})
package org.stepwise.person;
