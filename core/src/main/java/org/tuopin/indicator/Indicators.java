package org.tuopin.indicator;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.tuopin.basics.Unit;
import org.tuopin.basics.Units;
import org.tuopin.internal.Catalogue;

/**
 * The catalogue of common indicators (指标), each with its unit and how it aggregates:
 * exits, registration counts, incidence, roads, housing, relocation, crops, livestock,
 * training, labour transfer, credit, investment, incomes and coverage rates.
 *
 * <p>One catalogue serves roll-ups, plans and measures: the figures a
 * {@link org.tuopin.rollup.RollUp} reports per region are the registration, exit and incidence
 * indicators here, so a roll-up turns directly into plan observations.
 *
 * <p>Crops, livestock and investments are narrowed by a qualifier: {@link #cropArea(String)},
 * {@link #livestock(String, Unit)}, {@link #investment(String)}. Users define other
 * indicators with {@link Indicator#of}.
 */
public final class Indicators {

  /**
   * 脱贫人口: people exited from poverty; summed, in 人. In a {@link org.tuopin.rollup.RollUp
   * roll-up}: the people of households whose recorded exit status is exited (已脱贫, codes 1 and
   * 4), not those merely eligible to exit ({@link #EXIT_ELIGIBLE_PEOPLE}).
   */
  public static final Indicator PEOPLE_EXITED =
      Indicator.of("people_exited", "脱贫人口", "people exited", Units.PERSON, Aggregation.SUM);
  /**
   * 脱贫户数: households exited from poverty; summed, in 户. In a {@link org.tuopin.rollup.RollUp
   * roll-up}: the households whose recorded exit status is exited (已脱贫).
   */
  public static final Indicator HOUSEHOLDS_EXITED =
      Indicator.of("households_exited", "脱贫户数", "households exited", Units.HOUSEHOLD, Aggregation.SUM);
  /** 贫困村出列: poor villages exited (出列, 销号); summed, in 村. */
  public static final Indicator VILLAGES_EXITED =
      Indicator.of("villages_exited", "贫困村出列", "poor villages exited", Units.VILLAGE, Aggregation.SUM);
  /** 贫困乡镇摘帽: poor townships exited (摘帽); summed, in 乡镇. */
  public static final Indicator TOWNSHIPS_EXITED =
      Indicator.of("townships_exited", "贫困乡镇摘帽", "poor townships exited", Units.TOWNSHIP, Aggregation.SUM);
  /** 建档立卡贫困户: registered poor households; summed, in 户. */
  public static final Indicator REGISTERED_HOUSEHOLDS = Indicator.of("registered_households", "建档立卡贫困户",
      "registered poor households", Units.HOUSEHOLD, Aggregation.SUM);
  /** 建档立卡贫困人口: registered poor people; summed, in 人. */
  public static final Indicator REGISTERED_POOR =
      Indicator.of("registered_poor", "建档立卡贫困人口", "registered poor people", Units.PERSON, Aggregation.SUM);
  /**
   * 剩余贫困人口: registered poor people not yet out of poverty; summed, in 人. In a
   * {@link org.tuopin.rollup.RollUp roll-up}: the people of registered households not assessed
   * as eligible to exit (including those whose data is insufficient), the numerator of
   * {@link #INCIDENCE} that the exit standards for villages and counties read.
   */
  public static final Indicator REMAINING_POOR =
      Indicator.of("remaining_poor", "剩余贫困人口", "remaining poor people", Units.PERSON, Aggregation.SUM);
  /**
   * 未脱贫户数: registered poor households not yet out of poverty; summed, in 户. In a
   * {@link org.tuopin.rollup.RollUp roll-up}: the registered households not assessed as
   * eligible to exit.
   */
  public static final Indicator REMAINING_HOUSEHOLDS = Indicator.of("remaining_households", "未脱贫户数",
      "remaining poor households", Units.HOUSEHOLD, Aggregation.SUM);
  /** 农村人口: rural population, the denominator of incidence; summed, in 人. */
  public static final Indicator RURAL_POPULATION =
      Indicator.of("rural_population", "农村人口", "rural population", Units.PERSON, Aggregation.SUM);
  /** 贫困发生率: poverty incidence, remaining poor ÷ rural population; a rate of sums, in %. */
  public static final Indicator INCIDENCE =
      Indicator.ofRate("incidence", "贫困发生率", "poverty incidence", REMAINING_POOR, RURAL_POPULATION);
  /**
   * 符合退出条件户数: registered poor households assessed as eligible to exit under a standard;
   * summed, in 户. Eligible is not exited: exits are {@link #HOUSEHOLDS_EXITED}.
   */
  public static final Indicator EXIT_ELIGIBLE_HOUSEHOLDS = Indicator.of("exit_eligible_households", "符合退出条件户数",
      "households eligible to exit", Units.HOUSEHOLD, Aggregation.SUM);
  /**
   * 符合退出条件人口: people of registered poor households assessed as eligible to exit under a
   * standard; summed, in 人. Eligible is not exited: exits are {@link #PEOPLE_EXITED}.
   */
  public static final Indicator EXIT_ELIGIBLE_PEOPLE = Indicator.of("exit_eligible_people", "符合退出条件人口",
      "people eligible to exit", Units.PERSON, Aggregation.SUM);
  /** 新建道路: roads built; summed, in 公里. */
  public static final Indicator ROADS_BUILT =
      Indicator.of("roads_built", "新建道路", "roads built", Units.KILOMETRE, Aggregation.SUM);
  /** 硬化道路: roads hardened (硬化, cement or asphalt); summed, in 公里. */
  public static final Indicator ROADS_HARDENED =
      Indicator.of("roads_hardened", "硬化道路", "roads hardened", Units.KILOMETRE, Aggregation.SUM);
  /** 整治道路: roads improved (整治); summed, in 公里. */
  public static final Indicator ROADS_IMPROVED =
      Indicator.of("roads_improved", "整治道路", "roads improved", Units.KILOMETRE, Aggregation.SUM);
  /** 危房改造: dilapidated houses renovated (危旧房改造); summed, in 户. */
  public static final Indicator HOUSES_RENOVATED =
      Indicator.of("houses_renovated", "危房改造", "houses renovated", Units.HOUSEHOLD, Aggregation.SUM);
  /** 易地扶贫搬迁人口: people relocated (易地扶贫搬迁); summed, in 人. */
  public static final Indicator PEOPLE_RELOCATED =
      Indicator.of("people_relocated", "易地扶贫搬迁人口", "people relocated", Units.PERSON, Aggregation.SUM);
  /** 易地扶贫搬迁户数: households relocated; summed, in 户. */
  public static final Indicator HOUSEHOLDS_RELOCATED = Indicator.of("households_relocated", "易地扶贫搬迁户数",
      "households relocated", Units.HOUSEHOLD, Aggregation.SUM);
  /** 种植面积: area planted, narrowed by crop ({@link #cropArea(String)}); summed, in 亩. */
  public static final Indicator CROP_AREA =
      Indicator.of("crop_area", "种植面积", "area planted", Units.MU, Aggregation.SUM);
  /** 养殖数量: livestock kept, narrowed by kind ({@link #livestock(String, Unit)}); summed, in 头. */
  public static final Indicator LIVESTOCK =
      Indicator.of("livestock", "养殖数量", "livestock kept", Units.HEAD, Aggregation.SUM);
  /** 出栏: livestock marketed, narrowed by kind; summed, in 头. */
  public static final Indicator LIVESTOCK_MARKETED =
      Indicator.of("livestock_marketed", "出栏", "livestock marketed", Units.HEAD, Aggregation.SUM);
  /** 培训人数: people trained; summed, in 人. */
  public static final Indicator PEOPLE_TRAINED =
      Indicator.of("people_trained", "培训人数", "people trained", Units.PERSON, Aggregation.SUM);
  /** 培训人次: training attendances; summed, in 人次. */
  public static final Indicator TRAINING_ATTENDANCES =
      Indicator.of("training_attendances", "培训人次", "training attendances", Units.PERSON_TIME, Aggregation.SUM);
  /** 转移就业劳动力: labour transferred into work elsewhere (劳动力转移); summed, in 人. */
  public static final Indicator LABOUR_TRANSFERRED =
      Indicator.of("labour_transferred", "转移就业劳动力", "labour transferred", Units.PERSON, Aggregation.SUM);
  /** 扶贫小额信贷: poverty-alleviation microcredit issued; summed, in 万元. */
  public static final Indicator MICROCREDIT =
      Indicator.of("microcredit", "扶贫小额信贷", "microcredit issued", Units.WAN_YUAN, Aggregation.SUM);
  /** 投资: money invested, narrowed by programme ({@link #investment(String)}); summed, in 万元. */
  public static final Indicator INVESTMENT =
      Indicator.of("investment", "投资", "investment", Units.WAN_YUAN, Aggregation.SUM);
  /** 村集体经济收入: village collective income; summed, in 万元. */
  public static final Indicator COLLECTIVE_INCOME =
      Indicator.of("collective_income", "村集体经济收入", "collective income", Units.WAN_YUAN, Aggregation.SUM);
  /** 人均纯收入: per-capita net income; not aggregated, in 元. */
  public static final Indicator PER_CAPITA_NET_INCOME =
      Indicator.of("per_capita_net_income", "人均纯收入", "per-capita net income", Units.YUAN, Aggregation.NONE);
  /** 人均可支配收入: per-capita disposable income; not aggregated, in 元. */
  public static final Indicator PER_CAPITA_DISPOSABLE_INCOME = Indicator.of("per_capita_disposable_income",
      "人均可支配收入", "per-capita disposable income", Units.YUAN, Aggregation.NONE);
  /** 解决饮水安全人数: people given safe drinking water; summed, in 人. */
  public static final Indicator SAFE_WATER_PEOPLE =
      Indicator.of("safe_water_people", "解决饮水安全人数", "people given safe water", Units.PERSON, Aggregation.SUM);
  /** 开工项目: projects started; summed, in 个. */
  public static final Indicator PROJECTS_STARTED =
      Indicator.of("projects_started", "开工项目", "projects started", Units.ITEM, Aggregation.SUM);
  /** 完工项目: projects completed; summed, in 个. */
  public static final Indicator PROJECTS_COMPLETED =
      Indicator.of("projects_completed", "完工项目", "projects completed", Units.ITEM, Aggregation.SUM);
  /** 工程形象进度: share of the works done (形象进度); not aggregated, in %. */
  public static final Indicator WORKS_PROGRESS =
      Indicator.of("works_progress", "工程形象进度", "works progress", Units.PERCENT, Aggregation.NONE);
  /** 有脱贫计划的贫困户: poor households with a household plan (一户一策); summed, in 户. */
  public static final Indicator HOUSEHOLDS_WITH_PLAN = Indicator.of("households_with_plan", "有脱贫计划的贫困户",
      "poor households with a plan", Units.HOUSEHOLD, Aggregation.SUM);
  /** 一户一策覆盖率: households with a plan ÷ registered households; a rate, in %. */
  public static final Indicator HOUSEHOLD_PLAN_COVERAGE = Indicator.ofRate("household_plan_coverage",
      "一户一策覆盖率", "household plan coverage", HOUSEHOLDS_WITH_PLAN, REGISTERED_HOUSEHOLDS);
  /** 参加医保的贫困人口: registered poor people insured (参合, 参保); summed, in 人. */
  public static final Indicator POOR_INSURED =
      Indicator.of("poor_insured", "参加医保的贫困人口", "poor people insured", Units.PERSON, Aggregation.SUM);
  /** 贫困人口参合率: insured ÷ registered poor people; a rate, in %. */
  public static final Indicator INSURANCE_COVERAGE = Indicator.ofRate("insurance_coverage", "贫困人口参合率",
      "insurance coverage of the poor", POOR_INSURED, REGISTERED_POOR);

  private static final Catalogue<Indicator> CATALOGUE = Catalogue.of("indicator", Indicator::key,
      PEOPLE_EXITED, HOUSEHOLDS_EXITED, VILLAGES_EXITED, TOWNSHIPS_EXITED, REGISTERED_HOUSEHOLDS,
      REGISTERED_POOR, REMAINING_HOUSEHOLDS, REMAINING_POOR, RURAL_POPULATION, INCIDENCE,
      EXIT_ELIGIBLE_HOUSEHOLDS, EXIT_ELIGIBLE_PEOPLE, ROADS_BUILT, ROADS_HARDENED,
      ROADS_IMPROVED, HOUSES_RENOVATED, PEOPLE_RELOCATED, HOUSEHOLDS_RELOCATED, CROP_AREA, LIVESTOCK,
      LIVESTOCK_MARKETED, PEOPLE_TRAINED, TRAINING_ATTENDANCES, LABOUR_TRANSFERRED, MICROCREDIT,
      INVESTMENT, COLLECTIVE_INCOME, PER_CAPITA_NET_INCOME, PER_CAPITA_DISPOSABLE_INCOME,
      SAFE_WATER_PEOPLE, PROJECTS_STARTED, PROJECTS_COMPLETED, WORKS_PROGRESS, HOUSEHOLDS_WITH_PLAN,
      HOUSEHOLD_PLAN_COVERAGE, POOR_INSURED, INSURANCE_COVERAGE);

  private Indicators() {
  }

  /**
   * Returns the catalogue.
   *
   * @return the indicators, not null
   */
  public static ImmutableList<Indicator> all() {
    return CATALOGUE.all();
  }

  /**
   * Obtains a catalogue indicator by key.
   *
   * @param key  the key, such as {@code people_exited}, not null
   * @return the indicator, not null
   * @throws org.tuopin.basics.NotFoundException naming the key and the known keys if the
   *     catalogue has none with that key
   */
  public static Indicator of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a catalogue indicator by key.
   *
   * @param key  the key, such as {@code people_exited}, not null
   * @return the indicator, or empty if the catalogue has none with that key
   */
  public static Optional<Indicator> find(String key) {
    return CATALOGUE.find(key);
  }

  /**
   * Returns the area planted with a crop, in 亩: {@code cropArea("青花椒")}.
   *
   * @param crop  the crop, not blank
   * @return the indicator, not null
   * @throws IllegalArgumentException if the crop is blank or holds a bracket
   */
  public static Indicator cropArea(String crop) {
    return CROP_AREA.withQualifier(crop);
  }

  /**
   * Returns the livestock of a kind kept, in a unit: {@code livestock("黄牛", Units.HEAD)},
   * {@code livestock("土鸡", Units.ANIMAL)}.
   *
   * @param kind  the kind, not blank
   * @param unit  the unit it is counted in (头, 只, 羽), not null
   * @return the indicator, not null
   * @throws IllegalArgumentException if the kind is blank or holds a bracket
   */
  public static Indicator livestock(String kind, Unit unit) {
    return LIVESTOCK.withQualifier(kind).withUnit(unit);
  }

  /**
   * Returns the livestock of a kind marketed (出栏), in a unit.
   *
   * @param kind  the kind, not blank
   * @param unit  the unit it is counted in (头, 只, 羽), not null
   * @return the indicator, not null
   * @throws IllegalArgumentException if the kind is blank or holds a bracket
   */
  public static Indicator livestockMarketed(String kind, Unit unit) {
    return LIVESTOCK_MARKETED.withQualifier(kind).withUnit(unit);
  }

  /**
   * Returns the money invested in a programme, in 万元: {@code investment("组组通")}.
   *
   * @param programme  the programme, not blank
   * @return the indicator, not null
   * @throws IllegalArgumentException if the programme is blank or holds a bracket
   */
  public static Indicator investment(String programme) {
    return INVESTMENT.withQualifier(programme);
  }

  /** The keys of the catalogue, for messages. */
  static String keys() {
    return String.join(", ", CATALOGUE.keys());
  }
}
