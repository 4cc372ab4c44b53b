/**
 * Cases and caseloads: opening a case for someone waiting, with a named worker; caseload limits
 * (IPS: 20 active cases per full-time worker) with a manager's override; reassignment with a reason
 * and a handover note the new worker acknowledges; step changes with reasons; the work items that
 * say what needs action and by when; and the manager's view of capacity and continuity. Publishes
 * {@link org.stepwise.caseload.CaseOpened}, {@link org.stepwise.caseload.WorkerAssigned} and {@link
 * org.stepwise.caseload.CaseStepChanged}.
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * person}, {@code programme}, {@code referral}, {@code site}, {@code staff}, {@code triage}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Caseload",
    allowedDependencies = {"audit", "person", "programme", "referral", "site", "staff", "triage"})
package org.stepwise.caseload;
