/**
 * Standards and assessments: a {@link org.tuopin.standard.StandardSet} holds
 * {@link org.tuopin.standard.Criterion criteria} (with their
 * {@link org.tuopin.standard.IncomeLine income lines} and the
 * {@link org.tuopin.standard.Provenance provenance} of every figure); assessing a subject
 * gives an {@link org.tuopin.standard.Assessment} of one
 * {@link org.tuopin.standard.Finding} per criterion and a
 * {@link org.tuopin.standard.Verdict}. Sets are found by id in
 * {@link org.tuopin.standard.StandardSets}, fed by
 * {@link org.tuopin.standard.StandardSetProvider}s through {@code ServiceLoader}.
 */
@NullMarked
@TuopinStyle
package org.tuopin.standard;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
