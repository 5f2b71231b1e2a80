/**
 * Reporting cadence (调度, 督查, 考核): the reports a plan's region owes and when.
 *
 * <p>A {@link org.tuopin.plan.cadence.ReportingSchedule} (一月一调度, 半年一督查, 一年一考核 in
 * {@link org.tuopin.plan.cadence.ReportingSchedules}) is a set of
 * {@link org.tuopin.plan.cadence.Cadence cadences}, each a kind of report with its period in
 * months and its grace days. A schedule generates the
 * {@link org.tuopin.plan.cadence.ReportingCalendar} of a period: one
 * {@link org.tuopin.plan.cadence.DueReport} per report owed, which says at a date, with the
 * reports submitted, whether it is due, overdue or in on time
 * ({@link org.tuopin.plan.cadence.ReportStatus}).
 *
 * <p>The built-in schedules are data in resources beside these classes ({@code schedules.csv},
 * {@code cadences.csv}), each with its source.
 */
@NullMarked
@TuopinStyle
package org.tuopin.plan.cadence;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
