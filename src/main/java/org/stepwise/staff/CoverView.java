package org.stepwise.staff;

import java.time.LocalDate;

/**
 * One worker covering another's caseload until a date (inclusive).
 *
 * @param coveredName display name of the worker whose caseload is covered
 * @param coveringName display name of the worker who covers it
 */
public record CoverView(
    CoverId id,
    String covered,
    String coveredName,
    String covering,
    String coveringName,
    LocalDate until,
    String arrangedBy) {}
