/**
 * The access log: who read or changed which record, in which role, and when. Other modules call
 * {@link org.stepwise.audit.AuditLog#record} inside the transaction that reads or changes personal
 * data, so the log and the change commit or roll back together. Administrators read the log.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Audit",
    allowedDependencies = {"site"})
package org.stepwise.audit;
