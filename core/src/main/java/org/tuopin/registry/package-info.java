/**
 * The registration record (建档立卡): {@link org.tuopin.registry.Household households} and
 * their {@link org.tuopin.registry.Member members}, the
 * {@link org.tuopin.registry.IncomeStatement income} of a named year, the national code
 * lists as enums, the open set of household {@link org.tuopin.registry.Condition conditions},
 * and the identifiers, among them the {@link org.tuopin.registry.ResidentId resident ID}
 * that is redacted wherever it is shown. A {@link org.tuopin.registry.Registry} is one
 * year's snapshot; a {@link org.tuopin.registry.RegistryHistory} holds the snapshots across
 * years and classifies each household's {@link org.tuopin.registry.Transition} between two
 * of them (new, still poor, exited, returned to poverty, removed), counted per region in
 * {@link org.tuopin.registry.TransitionCounts}.
 *
 * <p>The value types copy themselves with one change through their {@code withX} methods
 * ({@code household.withGroup("3")}, {@code income.withWage(...)}), which check the
 * invariants again as {@code build()} does.
 */
@NullMarked
@TuopinStyle
package org.tuopin.registry;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
