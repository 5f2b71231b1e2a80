package org.tuopin.examples.plans;

import static org.tuopin.examples.plans.Examples.atLeast;
import static org.tuopin.examples.plans.Examples.observed;
import static org.tuopin.examples.plans.Examples.q;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Text;
import org.tuopin.basics.Unit;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Aggregation;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.Milestone;
import org.tuopin.plan.Observation;
import org.tuopin.plan.Plan;
import org.tuopin.plan.Project;
import org.tuopin.plan.ProjectCategories;
import org.tuopin.plan.ProjectCategory;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Target;
import org.tuopin.region.RegionCode;

/**
 * Seed 000 as a typed plan: the “1+6”连片扶贫开发工作实施方案 of a township of 通江县 (Sichuan)
 * with 5 villages, 2,364 households and 10,560 people, 603 poor households (1,807 people),
 * 3,000 万元 of planned investment, for 2016.
 *
 * <p>Every allocation of §三 is a target of the township with its parts in the village
 * plans, and the timetable of §四 gives the deadlines and milestones. The seed names no
 * villages (their names were removed), so the allocations go, in the order the seed lists
 * them, to the five villages of the bundled sample data (杨柏村 … 柳林村, codes
 * {@code 511921105201}-{@code 205}, made up); the first two are the two poor villages
 * (扶贫重点村). "非贫困村65户" is allocated to the cluster of the three others.
 *
 * <p>The review finds every allocation adding up, and one inconsistency of the seed: §四
 * plans "近10000亩" of 青花椒 by the end of April, more than the 8,700 亩 of §三. The
 * observations of the progress report are illustrative, not from the seed.
 *
 * <p>Run: {@code java -cp examples/target/tuopin.jar org.tuopin.examples.plans.Seed000Township [en] [--json]}.
 */
public final class Seed000Township {

  /** The township ({@code 511921105}, as in the sample data). */
  public static final Scope TOWNSHIP = Scope.of(RegionCode.parse("511921105000"));
  /** The five villages, in the order the seed lists allocations. */
  public static final List<Scope> VILLAGES = List.of(village(201), village(202), village(203), village(204),
      village(205));
  /** The names of the sample villages (made up). */
  public static final List<Text> VILLAGE_NAMES = List.of(Text.of("杨柏村", "Yangbai (杨柏村)"),
      Text.of("青杠村", "Qinggang (青杠村)"), Text.of("石桥村", "Shiqiao (石桥村)"), Text.of("红岩村", "Hongyan (红岩村)"),
      Text.of("柳林村", "Liulin (柳林村)"));
  /** The three villages that are not poor villages (非贫困村). */
  public static final Scope NON_POOR = Scope.ofCluster(VILLAGES.get(2).region(), VILLAGES.get(3).region(),
      VILLAGES.get(4).region());
  /** The plan's period: §四 starts in March 2016 and ends with December 2016. */
  public static final DateRange PERIOD = DateRange.parse("2016-03-01/2016-12-31");
  /** The end of April: 阵地, clinics and culture rooms, 青花椒 (§四). */
  public static final LocalDate APRIL = LocalDate.of(2016, 4, 30);
  /** The end of July: safe water, 5.2 km of cement road, ponds, D-grade houses (§四). */
  public static final LocalDate JULY = LocalDate.of(2016, 7, 31);
  /** The end of the year. */
  public static final LocalDate END = LocalDate.of(2016, 12, 31);
  /** The date of the illustrative progress report. */
  public static final LocalDate REPORT_DATE = LocalDate.of(2016, 8, 1);

  /** 青花椒: the area planted with green Sichuan pepper. */
  public static final Indicator PEPPER = Indicators.cropArea("青花椒");
  /** 人均增收: growth of per-capita income; not aggregated. */
  public static final Indicator INCOME_GROWTH =
      Indicator.of("income_growth", "人均增收", "per-capita income growth", Units.YUAN, Aggregation.NONE);
  /** 新建聚居点: new settlements. */
  public static final Indicator SETTLEMENTS = count("settlements_built", "新建聚居点", "settlements built", Units.ITEM);
  /** 聚居农户: households moving into the settlements. */
  public static final Indicator SETTLED = count("households_settled", "聚居农户", "households settled", Units.HOUSEHOLD);
  /** 风貌改造点: villager groups (社) with facade renovation. */
  public static final Indicator FACADE_SITES = count("facade_sites", "风貌改造点", "facade renovation sites", Units.ITEM);
  /** 风貌改造户: households with facade renovation. */
  public static final Indicator FACADE_HOUSEHOLDS =
      count("facade_households", "农村风貌改造户", "households with facade renovation", Units.HOUSEHOLD);
  /** 农村廉租房: rural low-rent homes. */
  public static final Indicator RENTAL_HOMES = count("rental_homes", "农村廉租房", "low-rent homes", Units.SET);
  /** 黄牛养殖场: cattle farms. */
  public static final Indicator CATTLE_FARMS = count("cattle_farms", "黄牛养殖场", "cattle farms", Units.ITEM);
  /** 生猪养殖大户: large pig farmers. */
  public static final Indicator PIG_FARMERS = count("pig_farmers", "生猪养殖大户", "large pig farmers", Units.HOUSEHOLD);
  /** 土鸡养殖大户: large poultry farmers. */
  public static final Indicator POULTRY_FARMERS =
      count("poultry_farmers", "土鸡养殖大户", "large poultry farmers", Units.HOUSEHOLD);
  /** 修建渠系: irrigation channels built. */
  public static final Indicator CHANNELS_BUILT = count("channels_built", "修建渠系", "channels built", Units.METRE);
  /** 生产便民道: farm paths built. */
  public static final Indicator FARM_PATHS = count("farm_paths", "生产便民道", "farm paths built", Units.METRE);
  /** 小学改造: primary-school floor area renovated. */
  public static final Indicator SCHOOL_AREA = count("school_area", "小学改造面积", "school area renovated", Units.SQUARE_METRE);
  /** 标准计生卫生室: standard village clinics. */
  public static final Indicator CLINICS = count("clinics", "标准计生卫生室", "standard clinics", Units.ITEM);
  /** 文化室: culture rooms. */
  public static final Indicator CULTURE_ROOMS = count("culture_rooms", "文化室", "culture rooms", Units.ITEM);
  /** 文化广场: culture squares of 1,000 平方米. */
  public static final Indicator SQUARES = count("culture_squares", "文化广场", "culture squares", Units.ITEM);
  /** 村级阵地: village centres built or rebuilt. */
  public static final Indicator VILLAGE_CENTRES = count("village_centres", "村级阵地", "village centres", Units.ITEM);
  /** 村级阵地面积: floor area of the village centres' works. */
  public static final Indicator CENTRE_AREA =
      count("village_centre_area", "村级阵地建设面积", "village centre floor area", Units.SQUARE_METRE);
  /** 整治山坪塘: ponds improved. */
  public static final Indicator PONDS = count("ponds_improved", "整治山坪塘", "ponds improved", Units.KOU);
  /** 维修渠系: channels repaired. */
  public static final Indicator CHANNELS_REPAIRED = count("channels_repaired", "维修渠系", "channels repaired", Units.METRE);
  /** 新修渠系: channels newly dug. */
  public static final Indicator CHANNELS_NEW = count("channels_new", "新修渠系", "new channels", Units.METRE);
  /** 提灌站: pumping stations. */
  public static final Indicator PUMP_STATIONS = count("pump_stations", "提灌站", "pumping stations", Units.STRUCTURE);
  /** 场镇供水站: town water works. */
  public static final Indicator WATER_WORKS = count("water_works", "场镇供水站", "town water works", Units.SITE);
  /** 垃圾池: refuse pits. */
  public static final Indicator REFUSE_PITS = count("refuse_pits", "农村垃圾池", "refuse pits", Units.KOU);
  /** 院户硬化路: courtyard paths hardened. */
  public static final Indicator COURTYARD_PATHS = count("courtyard_paths", "院户硬化路", "courtyard paths hardened", Units.METRE);
  /** 地质灾害防治: geological hazard sites treated. */
  public static final Indicator HAZARD_SITES = count("hazard_sites", "地质灾害防治", "hazard sites treated", Units.SITE);
  /** 退耕还林: cropland returned to forest. */
  public static final Indicator RETURNED_TO_FOREST = count("returned_to_forest", "退耕还林", "returned to forest", Units.MU);
  /** 公益林保护: protected public-benefit forest. */
  public static final Indicator FOREST_PROTECTED = count("forest_protected", "公益林保护", "forest protected", Units.MU);

  private Seed000Township() {
  }

  private static Scope village(int n) {
    return Scope.of(RegionCode.of(511_921_105_000L + n));
  }

  private static Indicator count(String key, String zh, String en, Unit unit) {
    return Indicator.of(key, zh, en, unit, Aggregation.SUM);
  }

  /**
   * Builds the plan: the township's targets of §三, its milestones of §四, the seven works as
   * projects, and the five village plans with their allocations.
   *
   * @return the plan, not null
   */
  public static Plan plan() {
    Plan.Builder b = Plan.builder()
        .name(Text.of("“1+6”连片扶贫开发工作实施方案", "“1+6” contiguous-area poverty alleviation plan"))
        .scope(TOWNSHIP).period(PERIOD)
        .budget(q("3000 万元"))
        .registeredHouseholds(603).registeredPeople(1807);
    // §三 目标任务
    b.addTargets(
        atLeast(Indicators.PEOPLE_EXITED, TOWNSHIP, "800 人", END),
        atLeast(Indicators.VILLAGES_EXITED, TOWNSHIP, "2 村", END),
        Target.of(INCOME_GROWTH, TOWNSHIP, Comparison.AT_LEAST, q("1500 元"), END),
        Target.of(INCOME_GROWTH.withQualifier("贫困人口"), TOWNSHIP, Comparison.AT_LEAST, q("2000 元"), END));
    // 2、新居
    b.addTargets(
        atLeast(SETTLEMENTS, TOWNSHIP, "1 个", END),
        atLeast(SETTLED, TOWNSHIP, "28 户", END),
        atLeast(FACADE_SITES, TOWNSHIP, "2 个", END),
        atLeast(FACADE_HOUSEHOLDS, TOWNSHIP, "150 户", JULY),
        atLeast(Indicators.HOUSES_RENOVATED, TOWNSHIP, "200 户", END),
        atLeast(Indicators.HOUSES_RENOVATED, NON_POOR, "65 户", END),
        atLeast(RENTAL_HOMES, TOWNSHIP, "8 套", END));
    // 3、乡村道路
    b.addTargets(
        atLeast(Indicators.ROADS_IMPROVED, TOWNSHIP, "8 公里", END),
        atLeast(Indicators.ROADS_BUILT, TOWNSHIP, "7 公里", END),
        atLeast(Indicators.ROADS_HARDENED, TOWNSHIP, "10.2 公里", END),
        atLeast(COURTYARD_PATHS, TOWNSHIP, "3000 米", JULY));
    // 4、产业培育
    b.addTargets(
        atLeast(PEPPER, TOWNSHIP, "8700 亩", END),
        atLeast(Indicators.cropArea("中药材"), TOWNSHIP, "1000 亩", END),
        atLeast(CATTLE_FARMS, TOWNSHIP, "2 个", END),
        atLeast(Indicators.livestock("黄牛", Units.HEAD), TOWNSHIP, "200 头", END),
        atLeast(PIG_FARMERS, TOWNSHIP, "5 户", END),
        atLeast(POULTRY_FARMERS, TOWNSHIP, "4 户", END),
        atLeast(Indicators.livestock("生猪", Units.HEAD), TOWNSHIP, "0.4万头", END),
        atLeast(Indicators.livestock("林下土鸡", Units.ANIMAL), TOWNSHIP, "100000 只", END),
        atLeast(CHANNELS_BUILT, TOWNSHIP, "5000 米", END),
        atLeast(FARM_PATHS, TOWNSHIP, "5000 米", END));
    // 5、教育提高
    b.addTargets(
        atLeast(Indicators.PEOPLE_TRAINED.withQualifier("劳动力转移培训"), TOWNSHIP, "50 人", END),
        atLeast(Indicators.TRAINING_ATTENDANCES.withQualifier("实用技术培训"), TOWNSHIP, "300 人次", END),
        atLeast(SCHOOL_AREA, TOWNSHIP, "300 平方米", END));
    // 6、公共服务 (clinics, culture rooms and village centres by the end of April, §四)
    b.addTargets(
        atLeast(CLINICS, TOWNSHIP, "4 个", APRIL),
        atLeast(CULTURE_ROOMS, TOWNSHIP, "5 个", APRIL),
        atLeast(SQUARES, TOWNSHIP, "4 个", END),
        atLeast(VILLAGE_CENTRES, TOWNSHIP, "5 个", APRIL),
        atLeast(PONDS, TOWNSHIP, "10 口", JULY),
        atLeast(CHANNELS_REPAIRED, TOWNSHIP, "4000 米", END),
        atLeast(CHANNELS_NEW, TOWNSHIP, "2000 米", END),
        atLeast(PUMP_STATIONS, TOWNSHIP, "1 座", END),
        atLeast(WATER_WORKS, TOWNSHIP, "1 处", END),
        atLeast(REFUSE_PITS, TOWNSHIP, "30 口", END));
    // 7、生态环境
    b.addTargets(
        atLeast(HAZARD_SITES, TOWNSHIP, "3 处", END),
        atLeast(RETURNED_TO_FOREST, TOWNSHIP, "660 亩", END),
        Target.builder().from(atLeast(FOREST_PROTECTED, TOWNSHIP, "1300 亩", END))
            .note(Text.of("1300余亩", "over 1,300 mu")).build());
    // §四 时间安排: interim values of the year's targets
    b.addMilestones(
        Milestone.builder().indicator(PEPPER).scope(TOWNSHIP).date(APRIL).comparison(Comparison.AT_LEAST)
            .quantity(q("10000 亩")).note(Text.of("完成全乡近10000亩青花椒种植", "nearly 10,000 mu planted")).build(),
        Milestone.of(Indicators.ROADS_HARDENED, TOWNSHIP, JULY, Comparison.AT_LEAST, q("5.2 公里")),
        Milestone.builder().indicator(Indicators.HOUSES_RENOVATED).scope(TOWNSHIP).date(JULY)
            .comparison(Comparison.AT_LEAST).quantity(q("140 户"))
            .note(Text.of("精准贫困村D级危房改造140余户", "over 140 D-grade houses")).build());
    b.addProjects(
        project("基层组织建设", "grassroots organisation", ProjectCategories.ORGANISATION, "2016-03-01/2016-04-30"),
        project("新居", "new homes", ProjectCategories.HOUSING, "2016-04-01/2016-12-31"),
        project("乡村道路", "village roads", ProjectCategories.INFRASTRUCTURE, "2016-04-01/2016-12-31"),
        project("产业培育", "industry", ProjectCategories.INDUSTRY, "2016-03-01/2016-12-31"),
        project("教育提高", "education", ProjectCategories.TRAINING, "2016-03-01/2016-12-31"),
        project("公共服务", "public services", ProjectCategories.PUBLIC_SERVICES, "2016-03-01/2016-07-31"),
        project("生态环境", "ecology", ProjectCategories.ECOLOGY, "2016-03-01/2016-12-31"));
    for (int i = 0; i < VILLAGES.size(); i++) {
      b.addChildren(villagePlan(i));
    }
    return b.build();
  }

  private static Project project(String zh, String en, ProjectCategory category, String schedule) {
    return Project.builder().name(Text.of(zh, en)).category(category).schedule(DateRange.parse(schedule))
        .responsible("乡人民政府").build();
  }

  /** The allocations of §三 to a village, in the order the seed lists them. */
  private static Plan villagePlan(int i) {
    Scope v = VILLAGES.get(i);
    List<Target> t = new ArrayList<>();
    String[] pepper = {"1200", "2000", "1500", "2500", "1500"};
    t.add(atLeast(PEPPER, v, pepper[i] + " 亩", END));
    t.add(atLeast(VILLAGE_CENTRES, v, "1 个", APRIL));
    String[] centreArea = {"200", "260", "120", "130", "100"};
    t.add(atLeast(CENTRE_AREA, v, centreArea[i] + " 平方米", APRIL));
    if (i < 2) {
      // the two poor villages: 销号 with incidence below 4% and collective income above 1万元
      t.add(atLeast(Indicators.VILLAGES_EXITED, v, "1 村", END));
      t.add(Target.of(Indicators.INCIDENCE, v, Comparison.BELOW, q("4%"), END));
      t.add(Target.of(Indicators.COLLECTIVE_INCOME, v, Comparison.ABOVE, q("1 万元"), END));
      t.add(atLeast(Indicators.HOUSES_RENOVATED, v, (i == 0 ? "75" : "60") + " 户", END));
      t.add(atLeast(Indicators.ROADS_IMPROVED, v, (i == 0 ? "5" : "3") + " 公里", END));
      t.add(atLeast(Indicators.livestock("黄牛", Units.HEAD), v, "100 头", END));
      t.add(atLeast(Indicators.SAFE_WATER_PEOPLE, v, (i == 0 ? "660" : "620") + " 人", JULY));
    }
    if (i < 3) {
      t.add(atLeast(Indicators.ROADS_BUILT, v, new String[] {"2", "3", "2"}[i] + " 公里", END));
      t.add(atLeast(HAZARD_SITES, v, "1 处", END));
    }
    if (i < 4) {
      // 5.2 km of cement road in the first two villages by the end of July (§四)
      t.add(atLeast(Indicators.ROADS_HARDENED, v, new String[] {"3.2", "2", "4", "1"}[i] + " 公里", i < 2 ? JULY : END));
      t.add(atLeast(PIG_FARMERS, v, new String[] {"2", "1", "1", "1"}[i] + " 户", END));
      t.add(atLeast(POULTRY_FARMERS, v, "1 户", END));
      String[] birds = {"跳鸡", "广西瑶鸡", "土鸡", "鸭"};
      t.add(atLeast(Indicators.livestock(birds[i], Units.ANIMAL), v, (i == 0 ? "50000" : "20000") + " 只", END));
    }
    if (i >= 2 && i < 4) {
      t.add(atLeast(Indicators.SAFE_WATER_PEOPLE, v, (i == 2 ? "600" : "200") + " 人", END));
    }
    return Plan.builder().name(VILLAGE_NAMES.get(i)).scope(v).period(PERIOD).addAllTargets(t).build();
  }

  /**
   * Returns illustrative observations up to 1 August 2016 (not from the seed): 青花椒 planted
   * by April in every village, 4.7 of the 5.2 km of July hardened, 120 of 140 houses, four of
   * five culture rooms, and so on.
   *
   * @return the observations, not null
   */
  public static List<Observation> observations() {
    List<Observation> obs = new ArrayList<>();
    String[] pepper = {"1200", "2000", "1500", "2500", "1400"};
    for (int i = 0; i < VILLAGES.size(); i++) {
      obs.add(observed(PEPPER, VILLAGES.get(i), "2016-04-30", pepper[i] + " 亩"));
      obs.add(observed(VILLAGE_CENTRES, VILLAGES.get(i), "2016-04-28", "1 个"));
    }
    obs.add(observed(Indicators.ROADS_HARDENED, VILLAGES.get(0), "2016-07-20", "3.2 公里"));
    obs.add(observed(Indicators.ROADS_HARDENED, VILLAGES.get(1), "2016-07-31", "1500 米"));
    obs.add(observed(Indicators.HOUSES_RENOVATED, TOWNSHIP, "2016-07-31", "120 户"));
    obs.add(observed(CLINICS, TOWNSHIP, "2016-04-25", "4 个"));
    obs.add(observed(CULTURE_ROOMS, TOWNSHIP, "2016-04-30", "4 个"));
    obs.add(observed(Indicators.SAFE_WATER_PEOPLE, VILLAGES.get(0), "2016-07-25", "660 人"));
    obs.add(observed(Indicators.SAFE_WATER_PEOPLE, VILLAGES.get(1), "2016-07-31", "500 人"));
    obs.add(observed(PONDS, TOWNSHIP, "2016-07-15", "10 口"));
    obs.add(observed(Indicators.cropArea("中药材"), TOWNSHIP, "2016-07-31", "600 亩"));
    obs.add(observed(Indicators.PEOPLE_EXITED, TOWNSHIP, "2016-07-31", "260 人"));
    return obs;
  }

  /**
   * Prints the plan's review and its progress on {@link #REPORT_DATE}, township and villages.
   *
   * @param args  {@code en} for English, {@code --json} to add the JSON report
   */
  public static void main(String[] args) {
    Examples.printIllustrated(args, plan(), observations(), REPORT_DATE);
  }
}
