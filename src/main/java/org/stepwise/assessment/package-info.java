/**
 * Assessment: what is known about the person and their work. Today the vocational (career)
 * profile, built up over several sessions: work history, skills, job preferences, what symptoms
 * mean for work, disclosure decisions, benefits, transport and caring duties. Questionnaires
 * (definitions, responses, scoring) join this module next.
 *
 * <p>Depends on {@code caseload}, {@code audit}, {@code site}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.stepwise.assessment;
