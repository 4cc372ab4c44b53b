/**
 * Cases and caseloads: opening a case for someone waiting, with a named worker; caseload limits
 * (IPS: 20 active cases per full-time worker) with a manager's override; reassignment with a reason
 * and a handover note the new worker acknowledges; step changes with reasons; notes of contacts;
 * the work items that say what needs action and by when; onward referrals; and the manager's view
 * of capacity and continuity.
 *
 * <p>The API: {@link org.stepwise.caseload.Cases} (a case's life), {@link
 * org.stepwise.caseload.CaseNotes}, {@link org.stepwise.caseload.Caseloads} (caseloads and work
 * items), {@link org.stepwise.caseload.Teams} (room, suggestions, capacity) and {@link
 * org.stepwise.caseload.OnwardReferrals}, with cases named by {@link org.stepwise.caseload.CaseId}
 * and work items by {@link org.stepwise.caseload.WorkItemId}. Their rules refuse a change with
 * {@link org.stepwise.site.ChangeRefused} and a message key.
 *
 * <p>Publishes {@link org.stepwise.caseload.CaseOpened}, {@link
 * org.stepwise.caseload.WorkerAssigned}, {@link org.stepwise.caseload.CaseStepChanged} and {@link
 * org.stepwise.caseload.CaseClosed}; they carry ids, never free text about the person (a listener
 * that needs the discharge summary reads {@link
 * org.stepwise.caseload.Cases#closingSummary(org.stepwise.caseload.CaseId)}).
 *
 * <p>May depend on (declared below, checked by {@code ModularityTests}): {@code audit}, {@code
 * person}, {@code programme}, {@code referral}, {@code site}, {@code staff}, {@code triage}.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Caseload",
    allowedDependencies = {"audit", "person", "programme", "referral", "site", "staff", "triage"})
package org.stepwise.caseload;
