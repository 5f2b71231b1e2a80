package org.tuopin.village;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.region.Zone;
import org.tuopin.rollup.RegionStats;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * What a county is assessed on for exit (贫困县摘帽): its rolled-up figures and, when the
 * inspection has been held, its sample-survey counts.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class CountyProfile {

  private final RegionStats stats;
  private final Optional<CountySurvey> survey;

  private CountyProfile(RegionStats stats, Optional<CountySurvey> survey) {
    this.stats = stats;
    this.survey = survey;
  }

  /**
   * Obtains a profile.
   *
   * @param stats  the county's rolled-up figures, for a county-level region, not null
   * @param survey  the sample survey, if held
   * @return the profile, not null
   * @throws IllegalArgumentException if the figures are not a county's
   */
  public static CountyProfile of(RegionStats stats, Optional<CountySurvey> survey) {
    requireNonNull(stats, "stats");
    requireNonNull(survey, "survey");
    if (stats.region().level() != RegionLevel.COUNTY) {
      throw new IllegalArgumentException("county profile needs a county's figures, not a "
          + stats.region().level().key() + "'s: '" + stats.region() + "'");
    }
    return new CountyProfile(stats, survey);
  }

  /**
   * Returns the county code.
   *
   * @return the code, not null
   */
  public RegionCode code() {
    return stats.region();
  }

  /**
   * Returns the county's figures.
   *
   * @return the figures, not null
   */
  public RegionStats stats() {
    return stats;
  }

  /**
   * Returns the sample survey.
   *
   * @return the survey, if held
   */
  public Optional<CountySurvey> survey() {
    return survey;
  }

  /**
   * Returns the zone of the county's province.
   *
   * @return the zone, not null
   */
  public Zone zone() {
    return code().zone();
  }

  @Override
  public String toString() {
    return "CountyProfile{" + stats + survey.map(s -> ", " + s).orElse("") + "}";
  }

  /**
   * Compares the figures and the survey.
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CountyProfile o && stats.equals(o.stats) && survey.equals(o.survey);
  }

  @Override
  public int hashCode() {
    return stats.hashCode() * 31 + survey.hashCode();
  }

  // JSON binding (see JsonBinding): {"stats", "survey" if any}, read back through of(), so its
  // checks run on JSON input too.

  @JsonCreator
  private static CountyProfile ofJson(@JsonProperty("stats") RegionStats stats,
      @JsonProperty("survey") @Nullable CountySurvey survey) {
    return of(stats, Optional.ofNullable(survey));
  }

  @JsonProperty("stats")
  private RegionStats statsJson() {
    return stats;
  }

  @JsonProperty("survey")
  private @Nullable CountySurvey surveyJson() {
    return survey.orElse(null);
  }
}
