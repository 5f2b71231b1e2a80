/**
 * Roll-ups: the {@link org.tuopin.rollup.RegionStats figures} of every region from village
 * to province, built by a {@link org.tuopin.rollup.RollUp} along the 12-digit region code.
 * Each {@link org.tuopin.rollup.Figure} declares how it aggregates: counts are summed, rates
 * recomputed from summed parts.
 */
@NullMarked
package org.tuopin.rollup;

import org.jspecify.annotations.NullMarked;
