/**
 * Basic values used everywhere in Tuopin: exact money ({@link org.tuopin.basics.Yuan}),
 * comparisons that know strict from non-strict ({@link org.tuopin.basics.Comparison}),
 * three-state facts ({@link org.tuopin.basics.Tristate}), bilingual text
 * ({@link org.tuopin.basics.Text}), exact rates ({@link org.tuopin.basics.Ratio}), year ranges
 * and dated periods ({@link org.tuopin.basics.DateRange}), and the root exception.
 *
 * <p>A {@link org.tuopin.basics.Quantity} is an exact decimal amount in a
 * {@link org.tuopin.basics.Unit} (计量单位); the built-in units are constants of
 * {@link org.tuopin.basics.Units}. Quantities convert exactly within a dimension (万元 ↔ 元 ↔
 * 亿元, 公里 ↔ 米, 亩 ↔ 公顷) and refuse to mix dimensions.
 */
@NullMarked
package org.tuopin.basics;

import org.jspecify.annotations.NullMarked;
