/**
 * Plans (规划, 实施方案) and their tracking: a {@link org.tuopin.plan.Plan} belongs to a
 * {@link org.tuopin.plan.Scope} (a region, a cluster of villages, a villager group or a
 * household) and a period, and holds {@link org.tuopin.plan.Target targets} (an
 * {@link org.tuopin.indicator.Indicator}, a comparison, a quantity and a deadline), dated
 * {@link org.tuopin.plan.Milestone milestones}, {@link org.tuopin.plan.Project projects} with
 * budgets, {@link org.tuopin.plan.Funding funding} and per-unit
 * {@link org.tuopin.plan.Subsidy subsidies}, category {@link org.tuopin.plan.Breakdown
 * breakdowns} (五个一批) and child plans for the scopes below it, to any depth (县 → 乡 → 村 →
 * 组 → 户, 四位一体).
 *
 * <p>{@link org.tuopin.plan.Plan#check()} reviews a plan tree and returns one
 * {@link org.tuopin.plan.PlanCheck} per finding, with the numbers: children's targets that do
 * not add up to the parent's (层层分解), dates outside the parent's period, milestones out of
 * order, funding that does not add up, subsidies that do not fit the budget, categories that
 * overlap, households without a plan. Findings are never exceptions; only a malformed tree
 * (a child outside its parent) is refused when built. Each check is built around the same
 * {@link org.tuopin.standard.Finding} a standard's criterion gives
 * ({@link org.tuopin.plan.PlanCheck#finding()}): the {@link org.tuopin.plan.CheckRule rule}
 * as the criterion, its comparison, the expected quantity as the threshold and the actual one
 * as the observed value; the plan, scope, subject, difference and message sit beside it.
 *
 * <p>Decompositions say how their parts relate to the whole
 * ({@link org.tuopin.plan.Breakdown#relation()}: exactly, at most or at least), with blank parts
 * unknown rather than zero; targets may carry {@link org.tuopin.plan.Target#tasks() tasks per
 * year}; a plan may list only some of its children ({@link org.tuopin.plan.Plan#partialBreakdown()});
 * and a scope may be an {@link org.tuopin.plan.Scope#ofOrganisation organisation} under a region.
 *
 * <p>{@link org.tuopin.plan.Plan#progress} matches {@link org.tuopin.plan.Observation
 * observations} to targets and gives each a {@link org.tuopin.plan.TargetStatus} at a date,
 * with the expected value (from the milestones, else the yearly tasks cumulated, else linear
 * over the period) and the gap,
 * rolling actuals up from the scopes below; the {@link org.tuopin.plan.ProgressReport} prints
 * as a table.
 */
@NullMarked
@TuopinStyle
package org.tuopin.plan;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
