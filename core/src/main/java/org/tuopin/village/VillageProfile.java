package org.tuopin.village;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.tuopin.region.RegionCode;
import org.tuopin.region.Zone;
import org.tuopin.rollup.RegionStats;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * What a village is assessed on: its record from the village file, if there is one, and
 * its figures rolled up from the registry (registered and remaining poor, incidence).
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class VillageProfile {

  private final RegionCode code;
  private final Optional<Village> village;
  private final RegionStats stats;

  private VillageProfile(RegionCode code, Optional<Village> village, RegionStats stats) {
    this.code = code;
    this.village = village;
    this.stats = stats;
  }

  /**
   * Obtains a profile from a village record and its figures.
   *
   * @param village  the village, not null
   * @param stats  the village's figures, for the same code, not null
   * @return the profile, not null
   * @throws IllegalArgumentException if the figures are of another region
   */
  public static VillageProfile of(Village village, RegionStats stats) {
    return of(village.code(), Optional.of(village), stats);
  }

  /**
   * Obtains a profile, with or without a village record.
   *
   * @param code  the village code, not null
   * @param village  the village record, if on file
   * @param stats  the village's figures, not null
   * @return the profile, not null
   * @throws IllegalArgumentException if the record or the figures are of another region
   */
  public static VillageProfile of(RegionCode code, Optional<Village> village, RegionStats stats) {
    requireNonNull(code, "code");
    requireNonNull(village, "village");
    requireNonNull(stats, "stats");
    if (!stats.region().equals(code) || village.map(v -> !v.code().equals(code)).orElse(false)) {
      throw new IllegalArgumentException("village profile " + code + " mixes figures of another region: "
          + stats.region() + village.map(v -> ", " + v.code()).orElse(""));
    }
    return new VillageProfile(code, village, stats);
  }

  /**
   * Returns the village code.
   *
   * @return the code, not null
   */
  public RegionCode code() {
    return code;
  }

  /**
   * Returns the village record.
   *
   * @return the record, if the village is on file
   */
  public Optional<Village> village() {
    return village;
  }

  /**
   * Returns the village's rolled-up figures.
   *
   * @return the figures, not null
   */
  public RegionStats stats() {
    return stats;
  }

  /**
   * Returns the zone: as recorded for the village, else the province's.
   *
   * @return the zone, not null
   */
  public Zone zone() {
    return village.map(Village::zone).orElse(code.zone());
  }

  @Override
  public String toString() {
    return "VillageProfile{" + stats + "}";
  }

  /**
   * Compares the code, the village record and the figures.
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof VillageProfile o && code.equals(o.code) && village.equals(o.village) && stats.equals(o.stats);
  }

  @Override
  public int hashCode() {
    return (code.hashCode() * 31 + village.hashCode()) * 31 + stats.hashCode();
  }

  // JSON binding (see JsonBinding): {"code", "village" if on file, "stats"}, read back through
  // of(), so its checks run on JSON input too.

  @JsonCreator
  private static VillageProfile ofJson(@JsonProperty("code") RegionCode code,
      @JsonProperty("village") @Nullable Village village, @JsonProperty("stats") RegionStats stats) {
    return of(code, Optional.ofNullable(village), stats);
  }

  @JsonProperty("code")
  private RegionCode codeJson() {
    return code;
  }

  @JsonProperty("village")
  private @Nullable Village villageJson() {
    return village.orElse(null);
  }

  @JsonProperty("stats")
  private RegionStats statsJson() {
    return stats;
  }
}
