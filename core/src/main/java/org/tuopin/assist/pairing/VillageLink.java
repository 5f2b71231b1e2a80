package org.tuopin.assist.pairing;

import org.immutables.value.Value;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * A link between a cadre and a weak village (挂钩联系经济薄弱村), as county leaders each link
 * one in seed 003. A linked village is the cadre's first choice of place for pairing with
 * households.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class VillageLink implements WithVillageLink {

  VillageLink() {
  }

  /**
   * Obtains a link.
   *
   * @param village  the weak village, a village-level code, not null
   * @param cadre  the cadre, not null
   * @return the link, not null
   * @throws IllegalArgumentException if the village code is not of village level
   */
  public static VillageLink of(RegionCode village, CadreId cadre) {
    return ImmutableVillageLink.of(village, cadre);
  }

  /**
   * Returns the weak village.
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

  @Value.Check
  void check() {
    if (village().level() != RegionLevel.VILLAGE) {
      throw new IllegalArgumentException(
          "a weak village needs a village-level code, not a " + village().level().key() + " code: '" + village() + "'");
    }
  }

  /**
   * Returns {@code village→cadre}.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return village() + "→" + cadre();
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static VillageLink ofJson(
      @JsonProperty("village") RegionCode village,
      @JsonProperty("cadre") CadreId cadre) {
    ImmutableVillageLink.Builder b = ImmutableVillageLink.builder();
    b.village(village);
    b.cadre(cadre);
    return b.build();
  }
}
