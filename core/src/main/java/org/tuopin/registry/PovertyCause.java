package org.tuopin.registry;

import org.tuopin.basics.Coded;
import org.tuopin.internal.Codes;

/**
 * A cause of poverty (致贫原因) from the national code list.
 */
public enum PovertyCause implements Coded {
  /** Illness (因病). */
  ILLNESS("01", "因病", "illness"),
  /** Disability (因残). */
  DISABILITY("02", "因残", "disability"),
  /** Schooling costs (因学). */
  SCHOOLING("03", "因学", "schooling costs"),
  /** Natural disaster (因灾). */
  DISASTER("04", "因灾", "disaster"),
  /** Lack of land (缺土地). */
  LACK_OF_LAND("05", "缺土地", "lack of land"),
  /** Lack of water (缺水). */
  LACK_OF_WATER("06", "缺水", "lack of water"),
  /** Lack of skills (缺技术). */
  LACK_OF_SKILLS("07", "缺技术", "lack of skills"),
  /** Lack of labour (缺劳动力). */
  LACK_OF_LABOUR("08", "缺劳动力", "lack of labour"),
  /** Lack of capital (缺资金). */
  LACK_OF_CAPITAL("09", "缺资金", "lack of capital"),
  /** Poor transport (交通条件落后). */
  POOR_TRANSPORT("10", "交通条件落后", "poor transport"),
  /** Lack of drive for self-development (自身发展动力不足). */
  LACK_OF_DRIVE("11", "自身发展动力不足", "lack of drive");

  PovertyCause(String code, String zh, String en) {
    Codes.define(this, code, zh, en);
  }

  /**
   * Obtains a value from its code, its Chinese label or its English name.
   *
   * @param text  the text, not null
   * @return the value, not null
   * @throws IllegalArgumentException naming the text and the accepted values if none matches
   */
  public static PovertyCause parse(String text) {
    return Codes.parse(PovertyCause.class, "cause of poverty", text);
  }
}
