/**
 * The PostgreSQL database: an embedded server whose files live in the data directory (demo mode),
 * or an external server named by {@code STEPWISE_DB_URL}; auditing columns; the once-only loading
 * of demo data and the demo clock the demo's history is replayed on. Other modules use {@link
 * org.stepwise.database.DemoData} and {@link org.stepwise.database.DemoClock}, nothing else here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.stepwise.database;
