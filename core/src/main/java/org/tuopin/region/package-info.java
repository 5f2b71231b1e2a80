/**
 * Regions: the 12-digit statistical division code ({@link org.tuopin.region.RegionCode}),
 * its levels from province to village, and the east / central / west zones that set the
 * exit thresholds.
 */
@NullMarked
package org.tuopin.region;

import org.jspecify.annotations.NullMarked;
