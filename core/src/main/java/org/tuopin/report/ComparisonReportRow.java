package org.tuopin.report;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.StandardSetId;
import org.tuopin.standard.Verdict;

/**
 * One row of the comparison report: a household's figures and its verdict under each standard.
 *
 * @param id  the household id
 * @param village  the village code, if known
 * @param size  the household size
 * @param perCapita  per-capita net income, if the household is complete
 * @param verdicts  the verdict under each standard, in the order compared
 * @param differs  whether the verdicts of the standards that cover the household differ
 */
public record ComparisonReportRow(HouseholdId id, Optional<RegionCode> village, int size, Optional<Yuan> perCapita,
    Map<StandardSetId, Verdict> verdicts, boolean differs) implements ReportRow {

  /**
   * Copies the map.
   *
   * @param id  the household id
   * @param village  the village code
   * @param size  the size
   * @param perCapita  per-capita net income
   * @param verdicts  the verdicts
   * @param differs  whether they differ
   */
  public ComparisonReportRow {
    verdicts = ImmutableMap.copyOf(verdicts);
  }

  @Override
  public List<@Nullable Object> cells() {
    List<@Nullable Object> cells = new ArrayList<>(Arrays.asList(id.toString(),
        village.map(Object::toString).orElse(null), size, perCapita.orElse(null)));
    verdicts.values().forEach(v -> cells.add(v == Verdict.NOT_COVERED ? ReportLabel.NOT_COVERED : v));
    cells.add(differs ? ReportLabel.YES : ReportLabel.NO);
    return cells;
  }
}
