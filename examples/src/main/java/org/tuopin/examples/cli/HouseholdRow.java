package org.tuopin.examples.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingValue;
import org.tuopin.standard.HouseholdSummary;

/**
 * One line of the households report: a household's figures and its assessment, all read
 * from the assessment (its household summary and its income finding).
 *
 * @param id  the household id
 * @param village  the village code, if known
 * @param size  the household size (for an incomplete household, its rows in the file)
 * @param perCapita  per-capita net income, if the household is complete
 * @param line  the income line of the household's income year, as the income finding requires it
 * @param assessment  the assessment
 */
record HouseholdRow(HouseholdId id, Optional<RegionCode> village, int size, Optional<Yuan> perCapita,
    Optional<Yuan> line, Assessment<HouseholdId> assessment) {

  static ImmutableList<HouseholdRow> of(List<Assessment<HouseholdId>> assessments) {
    ImmutableList.Builder<HouseholdRow> rows = ImmutableList.builder();
    for (Assessment<HouseholdId> a : assessments) {
      HouseholdSummary h = a.household().orElseThrow();
      Optional<Yuan> line = a.finding(CriterionId.INCOME).map(Finding::threshold)
          .flatMap(t -> t instanceof FindingValue.Money m ? Optional.of(m.amount()) : Optional.empty());
      rows.add(new HouseholdRow(a.subject(), h.village(), h.size(), h.perCapitaNetIncome(), line, a));
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
