package org.tuopin.io;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tuopin.village.Facilities;
import org.tuopin.village.Facility;

/**
 * The columns of the village file (one row per administrative village), each with its
 * English key and Chinese alias; either may head the column.
 *
 * <p>The fourteen flag columns record the facilities of 七有 and 新八有; each names its
 * {@link Facility} ({@link #facility()}), whose key and Chinese label are the column's.
 */
public enum VillageColumn implements TableColumn {
  /** 行政区划代码: the 12-digit code of the administrative village, unique in the file. */
  VILLAGE_CODE("village_code", "行政区划代码", true),
  /** 村名: the village's name. */
  NAME("name", "村名", false),
  /** 区域: the zone, east / central / west (东部 / 中部 / 西部); by default the province's. */
  ZONE("zone", "区域", false),
  /** 农村人口: rural registered population, the denominator of incidence. */
  POPULATION("population", "农村人口", true),
  /** 总户数: number of households. */
  HOUSEHOLDS("households", "总户数", false),
  /** 村集体经济收入: village collective income of the income year, yuan. */
  COLLECTIVE_INCOME("collective_income", "村集体经济收入", false),
  /** 人均可支配收入: per-capita disposable income, yuan. */
  DISPOSABLE_INCOME("disposable_income", "人均可支配收入", false),
  /** 通村硬化路: flag, {@link Facilities#ROAD}. */
  ROAD(Facilities.ROAD),
  /** 安全饮水: flag, {@link Facilities#WATER}. */
  WATER(Facilities.WATER),
  /** 生活用电: flag, {@link Facilities#ELECTRICITY}. */
  ELECTRICITY(Facilities.ELECTRICITY),
  /** 卫生室: flag, {@link Facilities#CLINIC}. */
  CLINIC(Facilities.CLINIC),
  /** 文化室: flag, {@link Facilities#CULTURE_ROOM}. */
  CULTURE_ROOM(Facilities.CULTURE_ROOM),
  /** 宽带网络: flag, {@link Facilities#BROADBAND}. */
  BROADBAND(Facilities.BROADBAND),
  /** 广播电视: flag, {@link Facilities#RADIO_TV}. */
  RADIO_TV(Facilities.RADIO_TV),
  /** 双强班子 (新八有): flag, {@link Facilities#LEADERSHIP}. */
  LEADERSHIP(Facilities.LEADERSHIP),
  /** 发展规划 (新八有): flag, {@link Facilities#DEVELOPMENT_PLAN}. */
  DEVELOPMENT_PLAN(Facilities.DEVELOPMENT_PLAN),
  /** 高产高效农业设施 (新八有): flag, {@link Facilities#FARM_FACILITIES}. */
  FARM_FACILITIES(Facilities.FARM_FACILITIES),
  /** 特色主导产业 (新八有): flag, {@link Facilities#LEADING_INDUSTRY}. */
  LEADING_INDUSTRY(Facilities.LEADING_INDUSTRY),
  /** 信息网络 (新八有): flag, {@link Facilities#INFO_NETWORK}. */
  INFO_NETWORK(Facilities.INFO_NETWORK),
  /** 文明村风 (新八有): flag, {@link Facilities#CIVILITY}. */
  CIVILITY(Facilities.CIVILITY),
  /** 村容整洁 (新八有): flag, {@link Facilities#TIDY_ENVIRONMENT}. */
  TIDY_ENVIRONMENT(Facilities.TIDY_ENVIRONMENT);

  private final @Nullable Facility facility;

  VillageColumn(String key, String zh, boolean required) {
    Header.define(this, key, zh, required);
    this.facility = null;
  }

  VillageColumn(Facility facility) {
    Header.define(this, facility.key(), facility.label().zh(), false);
    this.facility = facility;
  }

  /**
   * Returns the facility this flag column records, if it is a flag.
   *
   * @return the facility, or empty for other columns
   */
  public Optional<Facility> facility() {
    return Optional.ofNullable(facility);
  }

  /**
   * Finds the column headed by a key or a Chinese alias.
   *
   * @param header  the header text, trimmed, not null
   * @return the column, or empty if the header names none
   */
  public static Optional<VillageColumn> find(String header) {
    return TableColumn.find(VillageColumn.class, header);
  }
}
