/**
 * The access log: who read or changed which record, whose data it showed, in which role, when, and
 * (for a break-glass access) why. Other modules call {@link org.stepwise.audit.AuditLog#record} or
 * {@link org.stepwise.audit.AuditLog#recordAbout} inside the transaction that reads or changes
 * personal data, so the log and the change commit or roll back together. The database refuses to
 * update, delete or truncate entries. Administrators and data protection officers read the log
 * through {@link org.stepwise.audit.AccessLog} (filtered, paged, downloadable; the reading logged
 * too); the person module finds people for its filters through {@link
 * org.stepwise.audit.PersonFinder}.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code site}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Audit",
    allowedDependencies = {"site"})
package org.stepwise.audit;
