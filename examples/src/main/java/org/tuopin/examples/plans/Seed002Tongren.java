package org.tuopin.examples.plans;

import static org.tuopin.examples.plans.Examples.atLeast;
import static org.tuopin.examples.plans.Examples.observed;
import static org.tuopin.examples.plans.Examples.q;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Unit;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Aggregation;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.Breakdown;
import org.tuopin.plan.Observation;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanReview;
import org.tuopin.plan.ProgressReport;
import org.tuopin.plan.Project;
import org.tuopin.plan.ProjectCategories;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Subsidy;
import org.tuopin.plan.Target;
import org.tuopin.region.RegionCode;

/**
 * Seed 002 as a typed plan: 铜仁市2018年脱贫攻坚春风行动实施方案, the Spring Wind action of
 * Tongren (Guizhou) from 28 February to 30 June 2018.
 *
 * <p>The targets of §二 are the plan's targets, all due by 30 June except the start of the 14
 * relocation projects of 2018, due by 31 March: the relocation milestones of the action are
 * dated targets (14 projects started by 31 March, 30% of their main works and the 26
 * projects of 2017 done by 30 June). The 组组通 roads are a project of
 * 19 亿元 (50% of the year's investment task, so a year's task of 38 亿元) with the subsidy
 * of 40 万元 per 公里 on 2,880 公里: 11.52 亿元, which fits inside the 19 亿元 and leaves
 * 7.48 亿元 to sources the plan does not name. "其中贫困人口" figures are breakdowns that
 * must not exceed their whole.
 *
 * <p>The observations, per county of Tongren (codes of GB/T 2260), are illustrative.
 *
 * <p>Run: {@code java -cp examples/target/tuopin.jar org.tuopin.examples.plans.Seed002Tongren [en] [--json]}.
 */
public final class Seed002Tongren {

  /** 铜仁市 (GB/T 2260 {@code 520600}). */
  public static final Scope TONGREN = Scope.of(RegionCode.parse("520600000000"));
  /** The ten districts and counties of Tongren, 碧江区 {@code 520602} to 松桃县 {@code 520628}. */
  public static final List<Scope> COUNTIES = List.of(county("520602"), county("520603"), county("520621"),
      county("520622"), county("520623"), county("520624"), county("520625"), county("520626"), county("520627"),
      county("520628"));
  /** 2018-02-28 to 2018-06-30. */
  public static final DateRange PERIOD = DateRange.parse("2018-02-28/2018-06-30");
  /** The end of the action. */
  public static final LocalDate END = PERIOD.end();
  /** The end of March: the 14 relocation projects of 2018 have started. */
  public static final LocalDate MARCH = LocalDate.of(2018, 3, 31);
  /** The date of the illustrative progress report. */
  public static final LocalDate REPORT_DATE = LocalDate.of(2018, 5, 31);

  /** 棒: sticks of mushroom culture, a unit of the seed that is not built in. */
  public static final Unit STICK = Unit.of("stick", "棒", "sticks");
  /** 组组通公路: roads to every villager group. */
  public static final Indicator GROUP_ROADS = Indicators.ROADS_BUILT.withQualifier("组组通");
  /** 组组通 investment. */
  public static final Indicator GROUP_ROAD_INVESTMENT = Indicators.investment("组组通").withUnit(Units.YI_YUAN);
  /** 组组通覆盖人口: people served by the new group roads. */
  public static final Indicator ROAD_COVERAGE =
      Indicator.of("people_served_by_roads", "组组通覆盖人口", "people served by group roads", Units.PERSON, Aggregation.SUM);
  /** 玉米调减: maize area converted to other crops. */
  public static final Indicator MAIZE_CUT =
      Indicator.of("maize_cut", "玉米调减面积", "maize area converted", Units.MU, Aggregation.SUM);
  /** 禽蛋: eggs produced. */
  public static final Indicator EGGS = Indicator.of("eggs", "禽蛋产量", "eggs produced", Units.TONNE, Aggregation.SUM);
  /** 食用菌: mushroom culture sticks. */
  public static final Indicator MUSHROOMS = Indicator.of("mushroom_sticks", "食用菌种植", "mushroom culture", STICK,
      Aggregation.SUM);
  /** 2018年度搬迁项目开工: relocation projects of 2018 started. */
  public static final Indicator RELOCATION_2018_STARTED = Indicators.PROJECTS_STARTED.withQualifier("2018年度易地扶贫搬迁");
  /** 2018年度搬迁项目主体工程形象进度: works progress of the 2018 relocation projects. */
  public static final Indicator RELOCATION_2018_WORKS = Indicators.WORKS_PROGRESS.withQualifier("2018年度搬迁项目主体工程");
  /** 2017年度搬迁项目完工: relocation projects of 2017 completed. */
  public static final Indicator RELOCATION_2017_DONE = Indicators.PROJECTS_COMPLETED.withQualifier("2017年度易地扶贫搬迁");

  private Seed002Tongren() {
  }

  private static Scope county(String code) {
    return Scope.of(RegionCode.parse(code));
  }

  private static Target due(Indicator indicator, String quantity, LocalDate date) {
    return atLeast(indicator, TONGREN, quantity, date);
  }

  /**
   * Builds the plan of the Spring Wind action.
   *
   * @return the plan, not null
   */
  public static Plan plan() {
    Plan.Builder b = Plan.builder()
        .name(Text.of("铜仁市2018年脱贫攻坚春风行动实施方案", "Tongren 2018 Spring Wind action"))
        .scope(TONGREN).period(PERIOD);
    // (一) 产业扶贫
    b.addTargets(
        due(MAIZE_CUT, "60万亩", END),
        due(Indicators.cropArea("茶园（投产）"), "127.34万亩", END),
        due(Indicators.cropArea("中药材"), "7万亩", END),
        due(Indicators.livestockMarketed("生猪", Units.HEAD), "140万头", END),
        due(Indicators.livestockMarketed("肉牛", Units.HEAD), "9.75万头", END),
        due(Indicators.livestockMarketed("肉羊", Units.ANIMAL), "48万只", END),
        due(Indicators.livestockMarketed("生态家禽", Units.BIRD), "755万羽", END),
        due(EGGS, "1.7万吨", END),
        due(Indicators.cropArea("蔬菜"), "135万亩", END),
        due(Indicators.cropArea("精品水果"), "9万亩", END),
        Target.of(MUSHROOMS, TONGREN, Comparison.AT_LEAST, Quantity.of("1.5亿", STICK), END),
        due(Indicators.cropArea("油茶"), "6万亩", END));
    // (二) 农村公路组组通: 2,880 km and 19亿元, half of the year's investment
    b.addTargets(
        due(GROUP_ROADS, "2880 公里", END),
        Target.builder().from(due(GROUP_ROAD_INVESTMENT, "19 亿元", END))
            .note(Text.of("占年度投资任务50%", "50% of the year's investment task")).build(),
        due(ROAD_COVERAGE, "26万人", END));
    // (三) 易地扶贫搬迁
    b.addTargets(
        due(RELOCATION_2018_STARTED, "14 个", MARCH),
        due(RELOCATION_2018_WORKS, "30%", END),
        due(RELOCATION_2017_DONE, "26 个", END),
        Target.builder().from(due(Indicators.PEOPLE_RELOCATED, "11.6万人", END))
            .note(Text.of("搬迁入住", "moved in")).build());
    // (一)(五) 培训 and (四) 三保障
    b.addTargets(
        due(Indicators.PEOPLE_TRAINED.withQualifier("有劳动力的贫困人口"), "1.6万人", END),
        Target.builder().from(due(Indicators.PEOPLE_TRAINED.withQualifier("农村建筑工匠带头人"), "1500 人", END))
            .note(Text.of("1500名左右", "about 1,500")).build(),
        due(Indicators.INSURANCE_COVERAGE, "100%", END));
    b.addBreakdowns(
        Breakdown.of(Text.of("组组通覆盖人口", "people served by group roads"),
            ImmutableMap.of("贫困人口", q("7万人")), q("26万人")),
        Breakdown.of(Text.of("搬迁入住人口", "people moved in"),
            ImmutableMap.of("贫困人口", q("10.7万人")), q("11.6万人")));
    b.addProjects(
        Project.builder().name(Text.of("农村公路组组通", "roads to every villager group"))
            .category(ProjectCategories.INFRASTRUCTURE).budget(q("19 亿元"))
            .addSubsidies(Subsidy.builder().rate(q("40 万元")).per(Units.KILOMETRE).quantity(q("2880 公里"))
                .purpose(Text.of("通组公路建设直接工程费", "direct construction costs")).build())
            .responsible("县级政府").schedule(PERIOD)
            .note(Text.of("以公共财政投入为主，资金来源未列明", "mainly public funds; sources not itemised")).build(),
        Project.builder().name(Text.of("组组通公路养护", "group road maintenance"))
            .category(ProjectCategories.INFRASTRUCTURE)
            .addSubsidies(Subsidy.builder().rate(q("1500 元")).per(Units.KILOMETRE).quantity(q("2880 公里"))
                .purpose(Text.of("养护资金，每公里1500元左右", "maintenance, about 1,500 yuan per km")).build())
            .responsible("市、县两级政府").build(),
        Project.builder().name(Text.of("2018年度易地扶贫搬迁项目（14个）", "relocation projects of 2018 (14)"))
            .category(ProjectCategories.RELOCATION).responsible("县").build(),
        Project.builder().name(Text.of("2017年度易地扶贫搬迁项目（26个）", "relocation projects of 2017 (26)"))
            .category(ProjectCategories.RELOCATION).responsible("县").build());
    return b.build();
  }

  /**
   * Returns the year's 组组通 investment task implied by the seed: 19 亿元 is 50% of it.
   *
   * @return 38 亿元, not null
   */
  public static Quantity annualRoadInvestment() {
    BigDecimal share = new BigDecimal("50");
    return q("19 亿元").multipliedBy(BigDecimal.valueOf(100).divide(share));
  }

  /**
   * Returns illustrative observations up to 31 May 2018 (not from the seed): group roads and
   * their investment by county, relocation, tea and maize, pigs marketed.
   *
   * @return the observations, not null
   */
  public static List<Observation> observations() {
    List<Observation> obs = new ArrayList<>();
    String[] km = {"120", "95", "180", "140", "230", "260", "210", "205", "250", "210"};
    String[] money = {"0.92", "0.70", "1.38", "1.05", "1.77", "2.03", "1.61", "1.56", "1.95", "1.63"};
    for (int i = 0; i < COUNTIES.size(); i++) {
      obs.add(observed(GROUP_ROADS, COUNTIES.get(i), "2018-05-31", km[i] + " 公里"));
      obs.add(observed(GROUP_ROAD_INVESTMENT, COUNTIES.get(i), "2018-05-31", money[i] + " 亿元"));
    }
    obs.add(observed(RELOCATION_2018_STARTED, TONGREN, "2018-03-30", "14 个"));
    obs.add(observed(Indicators.PEOPLE_RELOCATED, TONGREN, "2018-05-31", "9.8万人"));
    obs.add(observed(Indicators.cropArea("茶园（投产）"), TONGREN, "2018-04-30", "127.34万亩"));
    obs.add(observed(MAIZE_CUT, TONGREN, "2018-05-31", "45万亩"));
    obs.add(observed(Indicators.livestockMarketed("生猪", Units.HEAD), TONGREN, "2018-05-31", "95万头"));
    return obs;
  }

  /**
   * Prints the plan's review, the implied annual task and its progress on {@link #REPORT_DATE}.
   *
   * @param args  {@code en} for English, {@code --json} to add the JSON report
   */
  public static void main(String[] args) {
    Plan plan = plan();
    PlanReview review = plan.check();
    ProgressReport report = plan.progress(observations(), REPORT_DATE);
    Examples.print(System.out, args, plan, review, report,
        Text.of("示例观测值，按区县汇总，非种子文件数据", "illustrative observations by county, not from the seed"));
    boolean zh = Examples.language(args) == Language.ZH;
    System.out.println(zh
        ? "组组通：19 亿元占年度投资任务 50%，年度任务即 " + annualRoadInvestment().format(Language.ZH)
        : "group roads: 19 yi yuan is 50% of the year's task, so the year's task is "
            + annualRoadInvestment().format(Language.EN));
  }
}
