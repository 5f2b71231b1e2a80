package org.tuopin.registry;

import org.tuopin.basics.Coded;
import org.tuopin.internal.Codes;

/**
 * The attribute of a registered household (贫困户属性), with the codes of the later national list.
 */
public enum HouseholdAttribute implements Coded {
  /** General poor household (一般贫困户). */
  GENERAL_POOR("01", "一般贫困户", "general poor household"),
  /** Exited household on the minimum subsistence allowance (低保脱贫户). */
  SUBSISTENCE_EXITED("02", "低保脱贫户", "exited subsistence-allowance household"),
  /** Exited household under destitute support (特困供养脱贫户). */
  DESTITUTE_EXITED("03", "特困供养脱贫户", "exited destitute-support household"),
  /** Poor household on the minimum subsistence allowance (低保贫困户). */
  SUBSISTENCE_POOR("04", "低保贫困户", "subsistence-allowance poor household"),
  /** General exited household (一般脱贫户). */
  GENERAL_EXITED("05", "一般脱贫户", "general exited household"),
  /** Poor household under destitute support, formerly 五保 (特困供养贫困户). */
  DESTITUTE_POOR("06", "特困供养贫困户", "destitute-support poor household"),
  /** Poor household on both subsistence allowance and destitute support (低保特困供养贫困户). */
  SUBSISTENCE_DESTITUTE_POOR("07", "低保特困供养贫困户", "subsistence and destitute-support poor household");

  HouseholdAttribute(String code, String zh, String en) {
    Codes.define(this, code, zh, en);
  }

  /**
   * Obtains a value from its code, its Chinese label or its English name.
   *
   * @param text  the text, not null
   * @return the value, not null
   * @throws IllegalArgumentException naming the text and the accepted values if none matches
   */
  public static HouseholdAttribute parse(String text) {
    return Codes.parse(HouseholdAttribute.class, "attribute", text);
  }
}
