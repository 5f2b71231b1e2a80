/**
 * Basic values used everywhere in Tuopin: exact money ({@link org.tuopin.basics.Yuan}),
 * comparisons that know strict from non-strict ({@link org.tuopin.basics.Comparison}),
 * three-state facts ({@link org.tuopin.basics.Tristate}), bilingual text
 * ({@link org.tuopin.basics.Text}), year and date ranges ({@link org.tuopin.basics.YearRange},
 * {@link org.tuopin.basics.DateRange}) and the root exception.
 */
@NullMarked
package org.tuopin.basics;

import org.jspecify.annotations.NullMarked;
