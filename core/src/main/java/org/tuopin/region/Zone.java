package org.tuopin.region;

import java.util.Locale;
import org.tuopin.basics.Text;
import org.tuopin.internal.Redaction;

/**
 * The economic zone of a province (东部 / 中部 / 西部), which sets the village and county
 * incidence thresholds of the 2016 exit mechanism (2% east and central, 3% west).
 *
 * <p>Provinces by code: west 15 45 50 51 52 53 54 61 62 63 64 65; central 14 22 23 34 36
 * 41 42 43; every other province is east.
 */
public enum Zone {
  /** The eastern zone (东部). */
  EAST("east"),
  /** The central zone (中部). */
  CENTRAL("central"),
  /** The western zone (西部). */
  WEST("west");

  private final String key;

  Zone(String key) {
    this.key = key;
  }

  /**
   * Obtains the zone of a province from its two-digit code.
   *
   * @param provinceCode  the province code, 11 to 82
   * @return the zone, not null
   */
  public static Zone ofProvince(int provinceCode) {
    switch (provinceCode) {
      case 15: case 45: case 50: case 51: case 52: case 53: case 54:
      case 61: case 62: case 63: case 64: case 65:
        return WEST;
      case 14: case 22: case 23: case 34: case 36: case 41: case 42: case 43:
        return CENTRAL;
      default:
        return EAST;
    }
  }

  /**
   * Obtains a zone from its English key or Chinese name ({@code west}, 西部, 西).
   *
   * @param text  the text, not null
   * @return the zone, not null
   * @throws IllegalArgumentException if the text names no zone
   */
  public static Zone parse(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "east": case "东部": case "东":
        return EAST;
      case "central": case "中部": case "中":
        return CENTRAL;
      case "west": case "西部": case "西":
        return WEST;
      default:
        throw new IllegalArgumentException("zone must be east, central or west (东部/中部/西部): " + Redaction.quote(text));
    }
  }

  /**
   * Returns the zone's name.
   *
   * @return the name in Chinese and English, not null
   */
  public Text label() {
    return Text.message("zone." + key());
  }

  /**
   * Returns the lower-case English key ({@code west}).
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }
}
