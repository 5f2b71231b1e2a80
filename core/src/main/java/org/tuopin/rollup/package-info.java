/**
 * Roll-ups: the {@link org.tuopin.rollup.RegionStats figures} of every region from village
 * to province, built by a {@link org.tuopin.rollup.RollUp} along the 12-digit region code and
 * keyed by the {@link org.tuopin.indicator.Indicator indicators} that plans and measures use.
 * Each indicator declares how it aggregates ({@link org.tuopin.indicator.Aggregation}): counts
 * are summed, rates recomputed from summed parts. A roll-up turns into plan
 * {@link org.tuopin.plan.Observation observations} at a date, so a plan's progress on people
 * exited is read straight from a registry.
 */
@NullMarked
package org.tuopin.rollup;

import org.jspecify.annotations.NullMarked;
