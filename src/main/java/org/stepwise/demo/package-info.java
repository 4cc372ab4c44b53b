/**
 * The demo's working service: on the first demo start, a few months of casework for the two demo
 * practitioners, played through the other modules' own services in the order it happened (triage,
 * cases, notes, appointments, questionnaires, profiles, fit notes, plans, better-off estimates,
 * consent, handovers and closures), on the {@link org.stepwise.database.DemoClock}. It owns no data
 * and publishes nothing; other modules never depend on it.
 *
 * <p>Depends on {@code database} (once-only loading, the demo clock), {@code triage}, {@code
 * caseload}, {@code appointment}, {@code assessment}, {@code plan}, {@code benefits}, {@code
 * consent} and {@code person}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo casework")
package org.stepwise.demo;
