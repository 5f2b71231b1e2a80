package org.tuopin.assist.pairing;

import static java.util.Objects.requireNonNull;

import org.tuopin.basics.Text;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;

/**
 * How near a helper is to the household they are paired with: the smallest region that holds
 * both the helper's place and the household's village. The planner prefers the nearest.
 */
public enum Proximity {
  /** The same village (同村). */
  SAME_VILLAGE("同村", "same village"),
  /** The same township, another village or the township itself (同乡镇). */
  SAME_TOWNSHIP("同乡镇", "same township"),
  /** The same county (同县). */
  SAME_COUNTY("同县", "same county"),
  /** The same prefecture (同市). */
  SAME_PREFECTURE("同市", "same prefecture"),
  /** The same province (同省). */
  SAME_PROVINCE("同省", "same province"),
  /** Another province (外省). */
  ELSEWHERE("外省", "another province");

  private final Text label;

  Proximity(String zh, String en) {
    this.label = Text.of(zh, en).keyed("Proximity." + name());
  }

  /**
   * Returns the label.
   *
   * @return the label in Chinese and English, not null
   */
  public Text label() {
    return label;
  }

  /** Returns the level of the region shared at this proximity; PROVINCE for ELSEWHERE too, which shares none. */
  RegionLevel level() {
    return this == ELSEWHERE ? RegionLevel.PROVINCE : RegionLevel.values()[RegionLevel.VILLAGE.ordinal() - ordinal()];
  }

  /**
   * Obtains the proximity of a helper's place to a household's village.
   *
   * @param place  the helper's place (home or linked village), at any level, not null
   * @param village  the household's village, not null
   * @return the proximity, not null
   */
  public static Proximity of(RegionCode place, RegionCode village) {
    requireNonNull(place, "place");
    requireNonNull(village, "village");
    for (Proximity p : values()) {
      if (p == ELSEWHERE) {
        break;
      }
      RegionLevel level = p.level();
      if (place.level().compareTo(level) >= 0 && village.level().compareTo(level) >= 0
          && place.at(level).equals(village.at(level))) {
        return p;
      }
    }
    return ELSEWHERE;
  }
}
