package org.tuopin.examples.cli;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.tuopin.basics.Yuan;
import org.tuopin.io.IncompleteHousehold;
import org.tuopin.io.RosterImport;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.Finding;
import org.tuopin.standard.StandardSet;

/**
 * One line of the households report: a household's figures and its assessment.
 *
 * @param id  the household id
 * @param village  the village code, if known
 * @param size  the household size (for an incomplete household, its rows in the file)
 * @param perCapita  per-capita net income, if the household is complete
 * @param line  the income line of the household's income year, if it applies
 * @param assessment  the assessment, or null in a side-by-side comparison of several standards
 */
record HouseholdRow(HouseholdId id, Optional<RegionCode> village, int size, Optional<Yuan> perCapita,
    Optional<Yuan> line, Assessment<HouseholdId> assessment) {

  static ImmutableList<HouseholdRow> of(RosterImport roster, StandardSet standard) {
    ImmutableList.Builder<HouseholdRow> rows = ImmutableList.builder();
    for (Assessment<HouseholdId> a : roster.assess(standard)) {
      Optional<Household> h = roster.household(a.subject());
      if (h.isPresent()) {
        Household household = h.get();
        Optional<Yuan> line = standard.incomeLine().flatMap(l -> l.find(household.income().year()))
            .map(e -> e.amount());
        rows.add(new HouseholdRow(a.subject(), Optional.of(household.village()), household.size(),
            Optional.of(household.perCapitaNetIncome()), line, a));
      } else {
        IncompleteHousehold i = roster.incompleteHousehold(a.subject()).orElseThrow();
        rows.add(new HouseholdRow(a.subject(), i.village(), i.rows(), Optional.empty(), Optional.empty(), a));
      }
    }
    return rows.build();
  }

  /** The rows of a roster's households without an assessment: for side-by-side comparisons. */
  static ImmutableList<HouseholdRow> plain(RosterImport roster) {
    ImmutableList.Builder<HouseholdRow> rows = ImmutableList.builder();
    for (HouseholdId id : roster.householdIds()) {
      Optional<Household> h = roster.household(id);
      if (h.isPresent()) {
        rows.add(new HouseholdRow(id, Optional.of(h.get().village()), h.get().size(),
            Optional.of(h.get().perCapitaNetIncome()), Optional.empty(), null));
      } else {
        IncompleteHousehold i = roster.incompleteHousehold(id).orElseThrow();
        rows.add(new HouseholdRow(id, i.village(), i.rows(), Optional.empty(), Optional.empty(), null));
      }
    }
    return rows.build();
  }

  ImmutableList<String> unmetIds() {
    return ids(assessment);
  }

  /** The ids of an assessment's criteria not met or unknown, in order. */
  static ImmutableList<String> ids(Assessment<?> assessment) {
    return assessment.unmet().stream().map(Finding::criterion).map(Object::toString)
        .collect(ImmutableList.toImmutableList());
  }

  OptionalInt incomeYear() {
    return assessment.year();
  }
}
