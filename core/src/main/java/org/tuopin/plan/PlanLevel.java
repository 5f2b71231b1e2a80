package org.tuopin.plan;

import org.tuopin.basics.Text;
import org.tuopin.region.RegionLevel;

/**
 * The level of a plan's scope, from province down to household: the five levels of the
 * region code, then the villager group (村民小组) and the household (户), so that a township
 * plan decomposes into village, group and household plans (四位一体, seed 004); and the
 * organisation (单位) a scope may name under a region.
 */
public enum PlanLevel {
  /** Province (省级). */
  PROVINCE("省", "province"),
  /** Prefecture (地级, 市/州). */
  PREFECTURE("市", "prefecture"),
  /** County (县级). */
  COUNTY("县", "county"),
  /** Township (乡镇). */
  TOWNSHIP("乡镇", "township"),
  /** Administrative village (行政村). */
  VILLAGE("村", "village"),
  /** Villager group (村民小组, 组, 社). */
  GROUP("组", "group"),
  /** Household (户). */
  HOUSEHOLD("户", "household"),
  /**
   * Organisation (单位) under a region: a state forest farm, a department, an enterprise, a
   * cooperative. It sits beside the regions of its region's level, not below a household.
   */
  ORGANISATION("单位", "organisation");

  private final String zh;
  private final String en;

  PlanLevel(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * Obtains the plan level of a region level.
   *
   * @param level  the region level, not null
   * @return the plan level of the same name, not null
   */
  public static PlanLevel of(RegionLevel level) {
    return values()[level.ordinal()];
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
   * Returns the lower-case English name, as used in JSON ({@code township}).
   *
   * @return the key, not null
   */
  public String key() {
    return en;
  }
}
