package org.tuopin.assist.pairing;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * A pair of a poor household and its responsible helper (结对帮扶): the household, its
 * village, the cadre and, when known, the day the pair was made, which a quota per period
 * ({@link Quota#periodYears()}) counts by.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Pairing implements WithPairing {

  Pairing() {
  }

  /**
   * Obtains a pair.
   *
   * @param household  the household, not null
   * @param village  the household's village, a village-level code, not null
   * @param cadre  the cadre, not null
   * @return the pair, not null
   * @throws IllegalArgumentException if the village code is not of village level
   */
  public static Pairing of(HouseholdId household, RegionCode village, CadreId cadre) {
    return ImmutablePairing.of(household, village, cadre);
  }

  /**
   * Returns the household.
   *
   * @return the household id, not null
   */
  @Value.Parameter
  @JsonProperty("household")
  public abstract HouseholdId household();

  /**
   * Returns the household's village.
   *
   * @return the village code, not null
   */
  @Value.Parameter
  @JsonProperty("village")
  public abstract RegionCode village();

  /**
   * Returns the cadre.
   *
   * @return the cadre id, not null
   */
  @Value.Parameter
  @JsonProperty("cadre")
  public abstract CadreId cadre();

  /**
   * Returns the day the pair was made.
   *
   * @return the date, if recorded
   */
  public abstract Optional<LocalDate> since();

  @Value.Check
  void check() {
    if (village().level() != RegionLevel.VILLAGE) {
      throw new IllegalArgumentException("household " + household() + " is paired in a " + village().level().key()
          + ", not a village: '" + village() + "'");
    }
  }

  /**
   * Returns {@code household@village→cadre}.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return household() + "@" + village() + "→" + cadre();
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("since")
  private @Nullable String sinceJson() {
    return since().map(Object::toString).orElse(null);
  }

  @JsonCreator
  private static Pairing ofJson(
      @JsonProperty("household") HouseholdId household,
      @JsonProperty("village") RegionCode village,
      @JsonProperty("cadre") CadreId cadre,
      @JsonProperty("since") @Nullable String since) {
    ImmutablePairing.Builder b = ImmutablePairing.builder();
    b.household(household);
    b.village(village);
    b.cadre(cadre);
    if (since != null) {
      b.since(LocalDate.parse(since));
    }
    return b.build();
  }
}
