package org.tuopin.region;

import org.tuopin.basics.Text;

/**
 * The level of a region in the statistical division code (统计用区划代码), from province
 * down to administrative village.
 */
public enum RegionLevel {
  /** Province, autonomous region or municipality (省级), digits 1-2. */
  PROVINCE("省", "province", 2),
  /** Prefecture (地级, 市/州/盟), digits 3-4. */
  PREFECTURE("市", "prefecture", 4),
  /** County (县级, 县/区/旗), digits 5-6; the six digits of GB/T 2260. */
  COUNTY("县", "county", 6),
  /** Township (乡级, 乡/镇/街道), digits 7-9. */
  TOWNSHIP("乡镇", "township", 9),
  /** Administrative village or community (村级, 村/社区), digits 10-12. */
  VILLAGE("村", "village", 12);

  private final String zh;
  private final String en;
  private final int digits;

  RegionLevel(String zh, String en, int digits) {
    this.zh = zh;
    this.en = en;
    this.digits = digits;
  }

  /**
   * Returns how many leading digits of the 12-digit code identify a region of this level.
   *
   * @return 2, 4, 6, 9 or 12
   */
  public int digits() {
    return digits;
  }

  /**
   * Returns the level's name.
   *
   * @return the name in Chinese and English, not null
   */
  public Text label() {
    return Text.of(zh, en);
  }

  /**
   * Returns the lower-case English name, as used in CSV reports ({@code county}).
   *
   * @return the key, not null
   */
  public String key() {
    return en;
  }
}
