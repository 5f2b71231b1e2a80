/**
 * Contact (联系帮扶): whether helpers keep in touch with the households they are paired with,
 * and how much of the poor population the help reaches.
 *
 * <p>A {@link org.tuopin.assist.contact.ContactLog} of
 * {@link org.tuopin.assist.contact.Visit visits} is checked against a
 * {@link org.tuopin.assist.contact.ContactRequirement} (at least once a month, signed; months
 * only partly inside the period treated as {@link org.tuopin.assist.contact.PartialMonths} says)
 * over a period: per pair and month ({@link org.tuopin.assist.contact.MonthStatus}), per pair
 * ({@link org.tuopin.assist.contact.PairCompliance}) and per region
 * ({@link org.tuopin.assist.contact.ComplianceSummary}), in a
 * {@link org.tuopin.assist.contact.ComplianceReport}. The pairs are those of an
 * {@link org.tuopin.assist.pairing assist.pairing} plan.
 *
 * <p>A {@link org.tuopin.assist.contact.Coverage} compares a covered share (help cards,
 * pairing, monthly contact, visits) with its {@link org.tuopin.assist.contact.CoverageTarget
 * target}, such as the seeds' 100% in {@link org.tuopin.assist.contact.Coverages}; the
 * built-in targets are data in a resource beside these classes ({@code coverage-targets.csv}),
 * each with its source. {@link org.tuopin.assist.contact.Coverage#finding()} reports it as
 * the same {@link org.tuopin.standard.Finding} a standard's criterion gives: the share
 * observed compared at least with the target, both as rates.
 *
 * <p>The month calendar does not use {@code Finding}: a
 * {@link org.tuopin.assist.contact.PairCompliance} is a status for every month the period
 * touches (met, missed, or only partly inside the period and not judged), not one observed
 * value against one threshold, and a {@link org.tuopin.assist.contact.ComplianceSummary} is
 * two counts (pairs, pair-months) with no target of its own. The calendar meets the findings
 * in {@link org.tuopin.assist.contact.ComplianceReport#coverage()}: the share of compliant
 * pairs measured against {@link org.tuopin.assist.contact.Coverages#MONTHLY_CONTACT}, whose
 * finding the report's explanation prints.
 */
@NullMarked
@TuopinStyle
package org.tuopin.assist.contact;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
