/**
 * Standards and assessments: a {@link org.tuopin.standard.StandardSet} is an immutable value
 * built by a {@link org.tuopin.standard.StandardSetBuilder} from
 * {@link org.tuopin.standard.Criterion criteria}, an
 * {@link org.tuopin.standard.IncomeLine income line} and
 * {@link org.tuopin.standard.Threshold thresholds} under typed
 * {@link org.tuopin.standard.ThresholdKey keys}, each with its
 * {@link org.tuopin.standard.Provenance provenance}. Assessing a subject gives an
 * {@link org.tuopin.standard.Assessment} of one {@link org.tuopin.standard.Finding} per
 * criterion (its comparison, threshold and observed value as
 * {@link org.tuopin.standard.FindingValue typed values}, the texts rendered from them) and a
 * {@link org.tuopin.standard.Verdict}; a household's assessment keeps its
 * {@link org.tuopin.standard.HouseholdSummary summary} for reports and roll-ups. Sets are
 * found by id in a {@link org.tuopin.standard.StandardSetRegistry} (the standard one behind
 * {@link org.tuopin.standard.StandardSets}), fed by
 * {@link org.tuopin.standard.StandardSetProvider}s: the built-in provider first, then the
 * others through {@code ServiceLoader} by priority.
 *
 * <p>{@link org.tuopin.standard.Finding} is the library's one shape of "a rule applied to a
 * subject": besides the criteria of standard sets, a plan review reports each check around
 * one (a plan's check rule as the criterion, expected and actual quantities as
 * {@link org.tuopin.standard.FindingValue.Amount amounts}), and contact coverage reports its
 * share against its target as one (both {@link org.tuopin.standard.FindingValue.Rate rates}).
 * This package depends on neither of them.
 */
@NullMarked
@TuopinStyle
package org.tuopin.standard;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
