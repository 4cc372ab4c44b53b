/**
 * The PostgreSQL database: an embedded server whose files live in the data directory (demo mode),
 * or an external server named by {@code STEPWISE_DB_URL}; auditing columns; the once-only loading
 * of demo data and the demo clock the demo's history is replayed on. Other modules use {@link
 * org.stepwise.database.DemoData} and {@link org.stepwise.database.DemoClock}, nothing else here.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): none.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Database",
    allowedDependencies = {})
package org.stepwise.database;
