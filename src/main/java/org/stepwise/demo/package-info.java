/**
 * The demo's working service: on the first demo start, a few months of casework for the two demo
 * practitioners, played through the other modules' own services in the order it happened (triage,
 * cases, notes, appointments, questionnaires, profiles, fit notes, plans, better-off estimates,
 * consent, handovers and closures), on the {@link org.stepwise.database.DemoClock}. It owns no data
 * and publishes nothing; other modules never depend on it.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code appointment},
 * {@code assessment}, {@code benefits}, {@code caseload}, {@code consent}, {@code database}, {@code
 * person}, {@code plan}, {@code programme}, {@code triage}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Demo casework",
    allowedDependencies = {
      "appointment",
      "assessment",
      "benefits",
      "caseload",
      "consent",
      "database",
      "person",
      "plan",
      "programme",
      "triage"
    })
package org.stepwise.demo;
