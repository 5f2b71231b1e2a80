package org.tuopin.standards;

import org.tuopin.basics.Comparison;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;
import org.tuopin.registry.Conditions;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetBuilder;
import org.tuopin.standard.StandardSets;

/**
 * The national standard ({@code cn.national}): the national rural poverty line (国家农村贫困
 * 标准, 2,300 yuan at 2010 prices, re-priced each year) and the exit criteria of the 2016
 * exit mechanism (《关于建立贫困退出机制的意见》).
 *
 * <p>A household may exit when its per-capita net income of the income year is
 * <em>strictly above</em> (稳定超过) that year's line and 两不愁三保障 hold: 不愁吃, 不愁穿,
 * 义务教育有保障, 基本医疗有保障, 住房安全有保障; for income years from 2019,
 * 饮水安全有保障 too. The line table covers income years 2010-2020, each figure with its
 * source; 2017-2020 are not confirmed by an official publication.
 *
 * <p>A village may exit when its incidence (remaining poor ÷ rural population) is strictly
 * below 2% in the east and centre, 3% in the west. A county, when its incidence is below
 * the same thresholds and its inspection's sample survey finds 错退率 ≤ 2%, 漏评率 ≤ 2% and
 * 群众认可度 ≥ 90%. Every threshold, by zone where it differs, comes from
 * {@code national/thresholds.csv}, in the order of its criteria.
 */
public final class NationalStandard {

  /** The first income year for which safe drinking water is part of the national check. */
  public static final int WATER_FROM = 2019;

  /** The national rural poverty line by income year, 2010-2020, each figure with its source. */
  public static final IncomeLine LINE =
      StandardData.of("national").incomeLine(Text.of("国家农村贫困标准", "national rural poverty line"));

  /** The national standard set. */
  public static final StandardSet INSTANCE = build();

  private NationalStandard() {
  }

  private static StandardSet build() {
    return StandardSetBuilder.create(StandardSets.NATIONAL.toString())
        .name("国家农村贫困标准与贫困退出标准（2016）", "national rural poverty standard and exit criteria (2016)")
        .years(LINE.years().first(), LINE.years().last())
        .incomeLine(LINE, Comparison.ABOVE)
        .householdCondition(Conditions.FOOD)
        .householdCondition(Conditions.CLOTHING)
        .householdCondition(Conditions.EDUCATION)
        .householdCondition(Conditions.MEDICAL)
        .householdCondition(Conditions.HOUSING)
        .householdCondition(Conditions.WATER, YearRange.of(WATER_FROM, LINE.years().last()))
        .thresholds(StandardData.of("national").thresholds())
        .build();
  }
}
