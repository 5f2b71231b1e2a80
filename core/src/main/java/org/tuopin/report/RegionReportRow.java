package org.tuopin.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;

/**
 * One row of the regions report: a region above the village and its roll-up figures.
 *
 * @param region  the region code
 * @param level  the region's level
 * @param population  the rural population, if known
 * @param registeredPoor  the registered poor people
 * @param remainingPoor  the remaining poor people
 * @param incidence  the incidence as a decimal of four places, if the population is known
 * @param incidencePercent  the incidence as a percentage string, if known
 */
public record RegionReportRow(RegionCode region, RegionLevel level, OptionalLong population, long registeredPoor,
    long remainingPoor, Optional<BigDecimal> incidence, Optional<String> incidencePercent) implements ReportRow {

  @Override
  public List<@Nullable Object> cells() {
    return Arrays.asList(region.toString(), level.key(), population.isPresent() ? population.getAsLong() : null,
        registeredPoor, remainingPoor, incidence.orElse(null), incidencePercent.orElse(null));
  }
}
