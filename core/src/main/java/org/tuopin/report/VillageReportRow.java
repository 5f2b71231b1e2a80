package org.tuopin.report;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.tuopin.region.RegionCode;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.Verdict;

/**
 * One row of the villages report: a village's roll-up figures and its exit assessment.
 *
 * @param village  the village code
 * @param name  the village's name, if the village file gives it
 * @param population  the rural population, if known
 * @param remainingPoor  the remaining poor people
 * @param incidence  the incidence as a decimal of four places, if the population is known
 * @param verdict  the verdict
 * @param unmet  the ids of the criteria not met or unknown, in order
 * @param assessment  the assessment
 */
public record VillageReportRow(RegionCode village, Optional<String> name, OptionalLong population,
    long remainingPoor, Optional<BigDecimal> incidence, Verdict verdict, List<String> unmet,
    Assessment<?> assessment) implements ReportRow {

  /**
   * Copies the list.
   *
   * @param village  the village code
   * @param name  the name
   * @param population  the population
   * @param remainingPoor  the remaining poor
   * @param incidence  the incidence
   * @param verdict  the verdict
   * @param unmet  the unmet criteria
   * @param assessment  the assessment
   */
  public VillageReportRow {
    unmet = ImmutableList.copyOf(unmet);
  }

  @Override
  public List<@Nullable Object> cells() {
    return Arrays.asList(village.toString(), name.orElse(null),
        population.isPresent() ? population.getAsLong() : null, remainingPoor, incidence.orElse(null), verdict,
        unmet);
  }

  @Override
  public Optional<Assessment<?>> assessed() {
    return Optional.of(assessment);
  }
}
