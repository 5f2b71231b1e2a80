package org.tuopin.report;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingValue;
import org.tuopin.standard.HouseholdSummary;
import org.tuopin.standard.Verdict;

/**
 * One row of the households report: a household's figures and its assessment, all read from
 * the assessment (its household summary and its income finding).
 *
 * @param id  the household id
 * @param village  the village code, if known
 * @param size  the household size (for an incomplete household, its rows in the file)
 * @param incomeYear  the income year assessed, if known
 * @param perCapita  per-capita net income, if the household is complete
 * @param line  the income line of the household's income year, as the income finding requires it
 * @param verdict  the verdict
 * @param unmet  the ids of the criteria not met or unknown, in order
 * @param assessment  the assessment
 */
public record HouseholdReportRow(HouseholdId id, Optional<RegionCode> village, int size, OptionalInt incomeYear,
    Optional<Yuan> perCapita, Optional<Yuan> line, Verdict verdict, List<String> unmet,
    Assessment<HouseholdId> assessment) implements ReportRow {

  /**
   * Copies the list.
   *
   * @param id  the household id
   * @param village  the village code
   * @param size  the size
   * @param incomeYear  the income year
   * @param perCapita  per-capita net income
   * @param line  the income line
   * @param verdict  the verdict
   * @param unmet  the unmet criteria
   * @param assessment  the assessment
   */
  public HouseholdReportRow {
    unmet = ImmutableList.copyOf(unmet);
  }

  /**
   * The row of an assessment that carries its household summary.
   *
   * @param a  the assessment
   * @return the row
   * @throws java.util.NoSuchElementException if the assessment has no household summary
   */
  public static HouseholdReportRow of(Assessment<HouseholdId> a) {
    HouseholdSummary h = a.household().orElseThrow();
    Optional<Yuan> line = a.finding(CriterionId.INCOME).map(Finding::threshold)
        .flatMap(t -> t instanceof FindingValue.Money m ? Optional.of(m.amount()) : Optional.empty());
    return new HouseholdReportRow(a.subject(), h.village(), h.size(), a.year(), h.perCapitaNetIncome(), line,
        a.verdict(), unmetIds(a), a);
  }

  /**
   * The ids of an assessment's criteria not met or unknown, in order.
   *
   * @param a  the assessment
   * @return the ids
   */
  public static ImmutableList<String> unmetIds(Assessment<?> a) {
    return a.unmet().stream().map(Finding::criterion).map(Object::toString)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public List<@Nullable Object> cells() {
    return Arrays.asList(id.toString(), village.map(Object::toString).orElse(null), size,
        incomeYear.isPresent() ? incomeYear.getAsInt() : null, perCapita.orElse(null), line.orElse(null), verdict,
        unmet);
  }

  @Override
  public Optional<Assessment<?>> assessed() {
    return Optional.of(assessment);
  }
}
