package org.tuopin.village;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.region.Zone;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * An administrative village (行政村): its rural population, the incidence denominator, and
 * the figures and facilities that village exit standards look at.
 *
 * <p>Facilities are held as met, not met or unknown; one never recorded is unknown
 * ({@link #facility(Facility)}). The zone defaults to the province's.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Village implements WithVillage {

  Village() {
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a village from its code and rural population, no other facts recorded.
   *
   * @param code  the village code, not null
   * @param population  the rural registered population, not negative
   * @return the village, not null
   */
  public static Village of(RegionCode code, long population) {
    return builder().code(code).population(population).build();
  }

  /**
   * Returns the 12-digit village code.
   *
   * @return the code, not null
   */
  @JsonProperty("code")
  public abstract RegionCode code();

  /**
   * Returns the village's name (村名).
   *
   * @return the name, if recorded
   */
  public abstract Optional<String> name();

  /**
   * Returns the zone (东部 / 中部 / 西部): as recorded, else the province's.
   *
   * @return the zone, not null
   */
  @Value.Default
  @JsonProperty("zone")
  public Zone zone() {
    return code().zone();
  }

  /**
   * Returns the rural registered population (农村人口), the denominator of incidence.
   *
   * @return the population, not negative
   */
  @JsonProperty("population")
  public abstract long population();

  /**
   * Returns the number of households (总户数).
   *
   * @return the number, if recorded
   */
  public abstract OptionalLong households();

  /**
   * Returns the village collective income (村集体经济收入) of the income year.
   *
   * @return the income, if recorded
   */
  public abstract Optional<Yuan> collectiveIncome();

  /**
   * Returns per-capita disposable income (人均可支配收入).
   *
   * @return the income per person, if recorded
   */
  public abstract Optional<Yuan> disposableIncome();

  /**
   * Returns the recorded facilities that are known, met or not met.
   *
   * @return the known facilities, not null
   */
  @JsonProperty("facilities")
  public abstract ImmutableMap<Facility, Tristate> facilities();

  /**
   * Returns the state of a facility: met, not met, or unknown when not recorded.
   *
   * @param facility  the facility, not null
   * @return the state, not null
   */
  public Tristate facility(Facility facility) {
    return facilities().getOrDefault(facility, Tristate.UNKNOWN);
  }

  @Value.Check
  Village normalize() {
    if (code().level() != RegionLevel.VILLAGE) {
      throw new IllegalArgumentException(
          "a village needs a village-level code, not a " + code().level().key() + " code: '" + code() + "'");
    }
    if (population() < 0) {
      throw new IllegalArgumentException("village " + code() + " population must not be negative: " + population());
    }
    if (households().isPresent() && households().getAsLong() < 0) {
      throw new IllegalArgumentException("village " + code() + " households must not be negative: "
          + households().getAsLong());
    }
    if (collectiveIncome().map(Yuan::isNegative).orElse(false)
        || disposableIncome().map(Yuan::isNegative).orElse(false)) {
      throw new IllegalArgumentException("village " + code() + " incomes must not be negative");
    }
    if (facilities().containsValue(Tristate.UNKNOWN)) {
      ImmutableMap.Builder<Facility, Tristate> known = ImmutableMap.builder();
      for (Map.Entry<Facility, Tristate> e : facilities().entrySet()) {
        if (e.getValue() != Tristate.UNKNOWN) {
          known.put(e);
        }
      }
      return builder().from(this).facilities(known.build()).build();
    }
    return this;
  }

  /**
   * A builder of villages.
   */
  public static final class Builder extends ImmutableVillage.Builder {
    Builder() {
    }

    /**
     * Records facilities as present (met).
     *
     * @param met  the facilities, not null
     * @return this builder, not null
     */
    public Builder has(Facility... met) {
      for (Facility f : met) {
        putFacilities(f, Tristate.MET);
      }
      return this;
    }

    /**
     * Records facilities as absent (not met).
     *
     * @param notMet  the facilities, not null
     * @return this builder, not null
     */
    public Builder lacks(Facility... notMet) {
      for (Facility f : notMet) {
        putFacilities(f, Tristate.NOT_MET);
      }
      return this;
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("name")
  private @Nullable String nameJson() {
    return name().orElse(null);
  }

  @JsonProperty("households")
  private @Nullable Long householdsJson() {
    return households().isPresent() ? households().getAsLong() : null;
  }

  @JsonProperty("collectiveIncome")
  private @Nullable Yuan collectiveIncomeJson() {
    return collectiveIncome().orElse(null);
  }

  @JsonProperty("disposableIncome")
  private @Nullable Yuan disposableIncomeJson() {
    return disposableIncome().orElse(null);
  }

  @JsonCreator
  private static Village ofJson(
      @JsonProperty("code") RegionCode code,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("zone") @Nullable Zone zone,
      @JsonProperty("population") long population,
      @JsonProperty("households") @Nullable Long households,
      @JsonProperty("collectiveIncome") @Nullable Yuan collectiveIncome,
      @JsonProperty("disposableIncome") @Nullable Yuan disposableIncome,
      @JsonProperty("facilities") @Nullable Map<Facility, Tristate> facilities) {
    ImmutableVillage.Builder b = ImmutableVillage.builder();
    b.code(code);
    if (name != null) {
      b.name(name);
    }
    if (zone != null) {
      b.zone(zone);
    }
    b.population(population);
    if (households != null) {
      b.households(households);
    }
    if (collectiveIncome != null) {
      b.collectiveIncome(collectiveIncome);
    }
    if (disposableIncome != null) {
      b.disposableIncome(disposableIncome);
    }
    if (facilities != null) {
      b.facilities(facilities);
    }
    return b.build();
  }
}
