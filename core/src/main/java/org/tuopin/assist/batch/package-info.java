/**
 * Strategy batches (脱贫一批, 五个一批): which way out of poverty each poor household takes.
 *
 * <p>A {@link org.tuopin.assist.batch.StrategyTaxonomy} (五个一批, 四个一批 in
 * {@link org.tuopin.assist.batch.StrategyTaxonomies}, or a user's own) lists
 * {@link org.tuopin.assist.batch.Strategy strategies} (the built-in ones are constants of
 * {@link org.tuopin.assist.batch.Strategies}) and the {@link org.tuopin.assist.batch.BatchRule
 * rules} that suggest them. A rule joins a {@link org.tuopin.assist.batch.HouseholdPredicate}, a
 * yes / no / unknown question asked of a household's record and of the
 * {@link org.tuopin.assist.batch.HouseholdFacts facts} kept beside it (the
 * {@link org.tuopin.assist.batch.HouseholdFlags flags}, such as the relocation list), to the
 * strategy it suggests; the built-in predicates are in
 * {@link org.tuopin.assist.batch.HouseholdPredicates}.
 *
 * <p>Classing households gives one {@link org.tuopin.assist.batch.BatchSuggestion} per
 * household and a {@link org.tuopin.assist.batch.BatchRoster} of
 * {@link org.tuopin.assist.batch.BatchEntry entries}, with decisions per household overriding
 * the rules; {@link org.tuopin.assist.batch.BatchCounts} gives the
 * {@link org.tuopin.assist.batch.Headcount households and people} per batch and per region,
 * and the overlaps.
 *
 * <p>The built-in taxonomies are data in resources beside these classes
 * ({@code taxonomies.csv}, {@code strategies.csv}, {@code batch-rules.csv}), each with its
 * source.
 */
@NullMarked
@TuopinStyle
package org.tuopin.assist.batch;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
