package org.tuopin.village;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.tuopin.basics.NotFoundException;
import org.tuopin.internal.Catalogue;

/**
 * The village facilities and attainments of the data contract: the facilities of 七有
 * (seed 000) and the attainments of 新八有 (seed 003). The keys are the column keys of the
 * village file.
 */
public final class Facilities {

  /** 通村硬化路: a hardened road to the village. */
  public static final Facility ROAD = Facility.of("road", "通村硬化路", "hardened road to the village");
  /** 安全饮水: safe drinking water. */
  public static final Facility WATER = Facility.of("water", "安全饮水", "safe drinking water");
  /** 生活用电: electricity. */
  public static final Facility ELECTRICITY = Facility.of("electricity", "生活用电", "electricity");
  /** 卫生室: a village clinic. */
  public static final Facility CLINIC = Facility.of("clinic", "卫生室", "village clinic");
  /** 文化室: a culture room. */
  public static final Facility CULTURE_ROOM = Facility.of("culture_room", "文化室", "culture room");
  /** 宽带网络: broadband. */
  public static final Facility BROADBAND = Facility.of("broadband", "宽带网络", "broadband");
  /** 广播电视: radio and television. */
  public static final Facility RADIO_TV = Facility.of("radio_tv", "广播电视", "radio and television");
  /** 双强班子 (新八有): a strong leadership team supported by the villagers. */
  public static final Facility LEADERSHIP = Facility.of("leadership", "双强班子", "strong leadership team");
  /** 发展规划 (新八有): a sound development plan. */
  public static final Facility DEVELOPMENT_PLAN = Facility.of("development_plan", "发展规划", "development plan");
  /** 高产高效农业设施 (新八有): high-yield, efficient farm facilities. */
  public static final Facility FARM_FACILITIES =
      Facility.of("farm_facilities", "高产高效农业设施", "high-yield farm facilities");
  /** 特色主导产业 (新八有): a distinctive leading industry. */
  public static final Facility LEADING_INDUSTRY = Facility.of("leading_industry", "特色主导产业", "leading industry");
  /** 先进适用信息网络 (新八有): an information network. */
  public static final Facility INFO_NETWORK = Facility.of("info_network", "信息网络", "information network");
  /** 文明村风 (新八有): civil village customs. */
  public static final Facility CIVILITY = Facility.of("civility", "文明村风", "civil village customs");
  /** 村容整洁 (新八有): a clean and tidy village. */
  public static final Facility TIDY_ENVIRONMENT = Facility.of("tidy_environment", "村容整洁", "tidy environment");

  private static final Catalogue<Facility> CATALOGUE = Catalogue.of("facility", Facility::key,
      ROAD, WATER, ELECTRICITY, CLINIC, CULTURE_ROOM, BROADBAND, RADIO_TV, LEADERSHIP, DEVELOPMENT_PLAN,
      FARM_FACILITIES, LEADING_INDUSTRY, INFO_NETWORK, CIVILITY, TIDY_ENVIRONMENT);

  private Facilities() {
  }

  /**
   * Returns the facilities of the data contract, in the order of the village file's columns.
   *
   * @return the facilities, not null
   */
  public static ImmutableList<Facility> all() {
    return CATALOGUE.all();
  }

  /**
   * Obtains a facility of the data contract by key.
   *
   * @param key  the key, such as {@code clinic}, not null
   * @return the facility, not null
   * @throws NotFoundException naming the key and the known keys if none has it
   */
  public static Facility of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a facility of the data contract by key.
   *
   * @param key  the key, such as {@code clinic}, not null
   * @return the facility, or empty if the key is not one of them
   */
  public static Optional<Facility> find(String key) {
    return CATALOGUE.find(key);
  }
}
