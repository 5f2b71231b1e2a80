/**
 * Poverty and inequality measures for researchers (贫困测度): FGT, Watts, Sen–Shorrocks–Thon,
 * Gini, Theil and MLD over a welfare column, Alkire–Foster multidimensional indices,
 * bootstrap and linearised uncertainty, yearly dynamics of a registry, and growth scenarios.
 *
 * <p>The input of the one-dimensional measures is a {@link org.tuopin.measure.Welfare}: a
 * column of welfare values (income or consumption per person), optional weights, the poverty
 * line (one figure, or one per record as a standard's line by income year) and optional
 * groups. It is taken from a registry or roster (each person's welfare is their household's
 * per-capita net income) or from any numbers; {@link org.tuopin.measure.Welfare#wrap} takes
 * primitive arrays without copying, so a columnar table can feed the measures directly.
 * {@link org.tuopin.measure.Measures} computes the measures, in total and by group
 * ({@link org.tuopin.measure.MeasureTable}), with additive decompositions.
 *
 * <p>{@link org.tuopin.measure.AlkireFoster} identifies the multidimensionally poor with
 * exact fractional weights and cut-off; {@link org.tuopin.measure.RegistryMpi} is its preset
 * over the registration record's own facts. {@link org.tuopin.measure.Bootstrap} gives
 * seeded confidence intervals, {@link org.tuopin.measure.PovertyDynamics} the entry, exit
 * and return (返贫) rates of a {@link org.tuopin.registry.RegistryHistory}, and
 * {@link org.tuopin.measure.GrowthScenario} which households would exit if incomes grew.
 *
 * <p>Money stays exact ({@link org.tuopin.basics.Yuan}) until it becomes a welfare value;
 * a measure is a real-valued statistic and held as a {@code double}.
 */
@NullMarked
@TuopinStyle
package org.tuopin.measure;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
