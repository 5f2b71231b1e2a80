package org.tuopin.standards;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.tuopin.basics.Ratio;
import org.tuopin.region.Zone;
import org.tuopin.standard.RegionCriteria;
import org.tuopin.standard.Threshold;
import org.tuopin.village.CountyProfile;
import org.tuopin.village.VillageProfile;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.HouseholdCriteria;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetId;
import org.tuopin.standard.StandardSets;

/**
 * The national standard ({@code cn.national}): the national rural poverty line (国家农村贫困
 * 标准, 2,300 yuan at 2010 prices, re-priced each year) and the household exit criteria of
 * the 2016 exit mechanism (《关于建立贫困退出机制的意见》).
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
 * 群众认可度 ≥ 90%.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalStandard implements StandardSet {

  /** The national standard. */
  public static final NationalStandard INSTANCE = new NationalStandard();

  /** The first income year for which safe drinking water is part of the national check. */
  public static final int WATER_FROM = 2019;

  private final IncomeLine line;
  private final ImmutableMap<String, Threshold> thresholds;
  private final ImmutableList<Criterion<Household>> criteria;
  private final ImmutableList<Criterion<Household>> criteriaWithWater;
  private final ImmutableList<Criterion<VillageProfile>> villageCriteria;
  private final ImmutableList<Criterion<CountyProfile>> countyCriteria;

  private NationalStandard() {
    this.line = IncomeLine.readCsv(Text.of("国家农村贫困标准", "national rural poverty line"),
        Resources.reader(NationalStandard.class, "national/income-line.csv"));
    this.thresholds = Threshold.readCsv(Resources.reader(NationalStandard.class, "national/thresholds.csv"));
    Criterion<Household> income = HouseholdCriteria.income(line, Comparison.ABOVE);
    ImmutableList<Criterion<Household>> guarantees = ImmutableList.of(
        HouseholdCriteria.condition(Conditions.FOOD),
        HouseholdCriteria.condition(Conditions.CLOTHING),
        HouseholdCriteria.condition(Conditions.EDUCATION),
        HouseholdCriteria.condition(Conditions.MEDICAL),
        HouseholdCriteria.condition(Conditions.HOUSING));
    this.criteria = ImmutableList.<Criterion<Household>>builder().add(income).addAll(guarantees).build();
    this.criteriaWithWater = ImmutableList.<Criterion<Household>>builder().addAll(criteria)
        .add(HouseholdCriteria.condition(Conditions.WATER)).build();
    this.villageCriteria = ImmutableList.of(RegionCriteria.villageIncidence(
        threshold("village_incidence_west").comparison(), byZone("village_incidence_")));
    this.countyCriteria = ImmutableList.of(
        RegionCriteria.countyIncidence(threshold("county_incidence_west").comparison(), byZone("county_incidence_")),
        RegionCriteria.wrongExitRate(threshold("county_wrong_exit_rate").comparison(),
            threshold("county_wrong_exit_rate").toRatio()),
        RegionCriteria.missedRate(threshold("county_missed_rate").comparison(),
            threshold("county_missed_rate").toRatio()),
        RegionCriteria.approvalRate(threshold("county_approval_rate").comparison(),
            threshold("county_approval_rate").toRatio()));
  }

  private Threshold threshold(String key) {
    Threshold t = thresholds.get(key);
    if (t == null) {
      throw new IllegalStateException("national/thresholds.csv has no " + key);
    }
    return t;
  }

  private Map<Zone, Ratio> byZone(String prefix) {
    Map<Zone, Ratio> map = new EnumMap<>(Zone.class);
    for (Zone z : Zone.values()) {
      map.put(z, threshold(prefix + z.key()).toRatio());
    }
    return map;
  }

  /**
   * Returns the thresholds of the village and county criteria, each with its comparison and
   * source.
   *
   * @return the thresholds by key, not null
   */
  public ImmutableMap<String, Threshold> thresholds() {
    return thresholds;
  }

  @Override
  public StandardSetId id() {
    return StandardSets.NATIONAL;
  }

  @Override
  public Text name() {
    return Text.of("国家农村贫困标准与贫困户退出标准（2016）", "national rural poverty standard and household exit criteria (2016)");
  }

  @Override
  public YearRange effectiveYears() {
    return line.years();
  }

  @Override
  public Optional<IncomeLine> incomeLine() {
    return Optional.of(line);
  }

  @Override
  public ImmutableList<Criterion<Household>> householdCriteria(int incomeYear) {
    checkYear(incomeYear);
    return incomeYear >= WATER_FROM ? criteriaWithWater : criteria;
  }

  @Override
  public ImmutableList<Criterion<VillageProfile>> villageCriteria() {
    return villageCriteria;
  }

  @Override
  public ImmutableList<Criterion<CountyProfile>> countyCriteria() {
    return countyCriteria;
  }

  @Override
  public String toString() {
    return id().toString();
  }
}
