package org.tuopin.standards;

import org.tuopin.basics.Comparison;
import org.tuopin.basics.Text;
import org.tuopin.registry.Conditions;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetBuilder;
import org.tuopin.standard.ThresholdKey;
import org.tuopin.village.Facilities;

/**
 * The local standards of the seed documents, each a standard set whose figures live in
 * resources with their sources ({@code FOLDER/thresholds.csv}, {@code FOLDER/income-line.csv}).
 *
 * <ul>
 *   <li>{@link #TONGJIANG_2016} — 通江县 “1+6” plan, 2016 (seed 000): 七有 for households and
 *       villages, incidence below 4%.</li>
 *   <li>{@link #CHANGSHA_2015} — 长沙, 2015-2017 (seed 001): 4,000 / 10,000 yuan and two
 *       consecutive years under observation.</li>
 *   <li>{@link #GANYU_2016} — 赣榆 班庄镇 (seed 003): 4,000 yuan reached, 新八有 and 150,000
 *       yuan of collective operating income.</li>
 *   <li>{@link #GUANGXI_2017} — 广西 八有一超 (2017), village incidence below 3%.</li>
 * </ul>
 */
public final class LocalStandards {

  /**
   * {@code cn.sichuan.tongjiang.2016}. Household: per-capita net income strictly above
   * (稳定超过) the year's national line, and 七有 — 吃穿基本保障 (food, clothing), 安全住房,
   * 安全饮用水, 基本医疗保障, 基本教育保障, 生活用电保障, 闭路电视. Village: incidence
   * strictly below 4% and 七有 — 集体经济收入 above 10,000 yuan, 通村硬化路, 安全饮水, 生活用电,
   * 卫生室, 文化室, 宽带网络和广播电视 (broadband, radio and TV). In force for 2016 income, the
   * plan's year.
   */
  public static final StandardSet TONGJIANG_2016 = tongjiang();

  /**
   * {@code cn.hunan.changsha.2015}. Household: per-capita income at least 4,000 yuan;
   * village: per-capita disposable income at least 10,000 yuan (the 2017 figures); meeting
   * the standard puts a household or village under observation, and it exits after two
   * consecutive years. Income years 2015-2017.
   */
  public static final StandardSet CHANGSHA_2015 = changsha();

  /**
   * {@code cn.jiangsu.ganyu.2016}. Household: per-capita net income at least (达到) 4,000
   * yuan. Village (经济薄弱村): 新八有 and collective operating income at least 150,000 yuan.
   * Income years 2016-2020, the years of Jiangsu's 脱贫奔小康工程.
   */
  public static final StandardSet GANYU_2016 = ganyu();

  /**
   * {@code cn.guangxi.2017}. Household 八有一超 with the facts the model holds: a stable
   * source of income, safe housing, basic medical care, compulsory education, safe drinking
   * water, a road to the hamlet, electricity, television, and per-capita net income strictly
   * above the national line. The housing area (≥ 13 m² per person) and water quantity (≥ 35 L
   * per person per day) are judged by whoever records the housing and water flags. Village:
   * incidence strictly below 3%. Income years 2017-2020.
   */
  public static final StandardSet GUANGXI_2017 = guangxi();

  private LocalStandards() {
  }

  private static StandardSet tongjiang() {
    return StandardSetBuilder.create("cn.sichuan.tongjiang.2016")
        .name("通江县“1+6”连片扶贫开发七有标准（2016）", "Tongjiang county 1+6 plan, seven-haves standard (2016)")
        .years(2016, 2016)
        .incomeLine(NationalStandard.LINE, Comparison.ABOVE)
        .householdCondition(Conditions.FOOD)
        .householdCondition(Conditions.CLOTHING)
        .householdCondition(Conditions.HOUSING)
        .householdCondition(Conditions.WATER)
        .householdCondition(Conditions.MEDICAL)
        .householdCondition(Conditions.EDUCATION)
        .householdCondition(Conditions.ELECTRICITY)
        .householdCondition(Conditions.TV)
        .thresholds(StandardData.of("tongjiang").thresholds())
        .villageFacility(Facilities.ROAD)
        .villageFacility(Facilities.WATER)
        .villageFacility(Facilities.ELECTRICITY)
        .villageFacility(Facilities.CLINIC)
        .villageFacility(Facilities.CULTURE_ROOM)
        .villageFacility(Facilities.BROADBAND)
        .villageFacility(Facilities.RADIO_TV)
        .build();
  }

  private static StandardSet changsha() {
    StandardData data = StandardData.of("changsha");
    return StandardSetBuilder.create("cn.hunan.changsha.2015")
        .name("长沙市绝对贫困脱贫标准（2015—2017）", "Changsha absolute-poverty exit standard (2015-2017)")
        .years(2015, 2017)
        .incomeLine(data.incomeLine(Text.of("长沙市脱贫标准", "Changsha exit line")),
            data.threshold(ThresholdKey.HOUSEHOLD_INCOME))
        .threshold(data.threshold(ThresholdKey.VILLAGE_DISPOSABLE_INCOME))
        .threshold(data.threshold(ThresholdKey.OBSERVATION_YEARS))
        .build();
  }

  private static StandardSet ganyu() {
    StandardData data = StandardData.of("ganyu");
    return StandardSetBuilder.create("cn.jiangsu.ganyu.2016")
        .name("赣榆区脱贫奔小康标准（低收入农户与经济薄弱村新八有）",
            "Ganyu district standard (low-income households, new eight-haves for weak villages)")
        .years(2016, 2020)
        .incomeLine(data.incomeLine(Text.of("江苏省脱贫奔小康标准", "Jiangsu 4,000-yuan line")),
            data.threshold(ThresholdKey.HOUSEHOLD_INCOME))
        .villageFacility(Facilities.LEADERSHIP)
        .villageFacility(Facilities.DEVELOPMENT_PLAN)
        .villageFacility(Facilities.FARM_FACILITIES)
        .villageFacility(Facilities.LEADING_INDUSTRY)
        .threshold(data.threshold(ThresholdKey.VILLAGE_COLLECTIVE_INCOME))
        .villageFacility(Facilities.INFO_NETWORK)
        .villageFacility(Facilities.CIVILITY)
        .villageFacility(Facilities.TIDY_ENVIRONMENT)
        .build();
  }

  private static StandardSet guangxi() {
    return StandardSetBuilder.create("cn.guangxi.2017")
        .name("广西贫困户脱贫“八有一超”（2017）", "Guangxi household exit, eight-haves and one-above (2017)")
        .years(2017, 2020)
        .incomeLine(NationalStandard.LINE, Comparison.ABOVE)
        .householdCondition(Conditions.STABLE_INCOME)
        .householdCondition(Conditions.HOUSING)
        .householdCondition(Conditions.MEDICAL)
        .householdCondition(Conditions.EDUCATION)
        .householdCondition(Conditions.WATER)
        .householdCondition(Conditions.ROAD)
        .householdCondition(Conditions.ELECTRICITY)
        .householdCondition(Conditions.TV)
        .thresholds(StandardData.of("guangxi").thresholds())
        .build();
  }
}
