/**
 * Basic values used everywhere in Tuopin: exact money ({@link org.tuopin.basics.Yuan}),
 * comparisons that know strict from non-strict ({@link org.tuopin.basics.Comparison}),
 * three-state facts ({@link org.tuopin.basics.Tristate}), bilingual text
 * ({@link org.tuopin.basics.Text}) and the root exception.
 */
@NullMarked
package org.tuopin.basics;

import org.jspecify.annotations.NullMarked;
