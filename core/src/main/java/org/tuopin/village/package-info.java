/**
 * Villages: the administrative {@link org.tuopin.village.Village village} with its rural
 * population (the incidence denominator), collective and disposable income, and the open
 * set of {@link org.tuopin.village.Facility facilities} (七有, 新八有) held as met, not met
 * or unknown.
 */
@NullMarked
@TuopinStyle
package org.tuopin.village;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
