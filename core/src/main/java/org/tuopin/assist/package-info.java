/**
 * Assistance (帮扶): who is helped, who helps, and how often.
 *
 * <ul>
 *   <li><b>Strategy batches</b> (脱贫一批). A {@link org.tuopin.assist.StrategyTaxonomy}
 *       (五个一批, 四个一批 in {@link org.tuopin.assist.StrategyTaxonomies}, or a user's own)
 *       lists {@link org.tuopin.assist.Strategy strategies} and the
 *       {@link org.tuopin.assist.BatchRule rules} that suggest them from a household's record
 *       and the {@link org.tuopin.assist.HouseholdFacts facts} kept beside it (such as the
 *       relocation list). Classing households gives a {@link org.tuopin.assist.BatchRoster},
 *       with decisions per household overriding the rules, {@link org.tuopin.assist.BatchCounts
 *       counts} per batch and per region, and the overlaps.</li>
 *   <li><b>Pairing</b> (结对帮扶, 挂包帮). {@link org.tuopin.assist.Cadre Cadres} have a
 *       {@link org.tuopin.assist.Rank rank}; a {@link org.tuopin.assist.QuotaPolicy} (the
 *       built-in {@code ganyu} in {@link org.tuopin.assist.QuotaPolicies}) fixes how many
 *       households and weak villages each rank carries. A
 *       {@link org.tuopin.assist.PairingPlanner} pairs every poor household it can within the
 *       quotas, nearest helpers first, keeping existing pairs, into a
 *       {@link org.tuopin.assist.PairingPlan} that says what is left
 *       ({@link org.tuopin.assist.Shortfall}).</li>
 *   <li><b>Contact</b>. A {@link org.tuopin.assist.ContactLog} of
 *       {@link org.tuopin.assist.Visit visits} is checked against a
 *       {@link org.tuopin.assist.ContactRequirement} (at least once a month, signed) over a
 *       period, per pair and per region, in a {@link org.tuopin.assist.ComplianceReport};
 *       {@link org.tuopin.assist.Coverage} compares a covered share (help cards, pairing,
 *       monthly contact) with its target, such as the seeds' 100%.</li>
 *   <li><b>Cadence</b>. A {@link org.tuopin.assist.ReportingSchedule} (一月一调度, 半年一督查,
 *       一年一考核 in {@link org.tuopin.assist.ReportingSchedules}) generates the
 *       {@link org.tuopin.assist.ReportingCalendar} of a period and says which reports are
 *       due or overdue at a date.</li>
 * </ul>
 *
 * <p>Catalogues (taxonomies, quota policies, schedules) are data in resources beside these
 * classes, each with its source. Personal data of cadres (names) is redacted wherever it is
 * printed.
 */
@NullMarked
@TuopinStyle
package org.tuopin.assist;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
