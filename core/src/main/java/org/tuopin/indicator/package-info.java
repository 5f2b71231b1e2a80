/**
 * Indicators (指标): what a figure measures, in which unit, and how the figures of the regions
 * below add up to the region above. One vocabulary serves roll-ups, plans and measures.
 *
 * <p>An {@link org.tuopin.indicator.Indicator} has a key, a label in Chinese and English, a
 * unit and an {@link org.tuopin.indicator.Aggregation}: counts are summed, rates are
 * recomputed from their summed numerator and denominator, never averaged. The catalogue of
 * common indicators is {@link org.tuopin.indicator.Indicators}; a
 * {@link org.tuopin.rollup.RegionStats region's roll-up} is keyed by them, and a plan's
 * {@link org.tuopin.plan.Target targets} and {@link org.tuopin.plan.Observation observations}
 * name them, so a registry's roll-up is directly a plan's observations.
 */
@NullMarked
@TuopinStyle
package org.tuopin.indicator;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
