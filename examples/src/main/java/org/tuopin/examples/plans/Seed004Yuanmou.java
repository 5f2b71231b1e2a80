package org.tuopin.examples.plans;

import static org.tuopin.examples.plans.Examples.atLeast;
import static org.tuopin.examples.plans.Examples.observed;
import static org.tuopin.examples.plans.Examples.q;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Units;
import org.tuopin.basics.Yuan;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.Breakdown;
import org.tuopin.plan.CheckRule;
import org.tuopin.plan.Milestone;
import org.tuopin.plan.Observation;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanLevel;
import org.tuopin.plan.PlanReview;
import org.tuopin.plan.ProgressReport;
import org.tuopin.plan.Project;
import org.tuopin.plan.ProjectCategories;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Target;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Registry;
import org.tuopin.registry.Relation;

/**
 * Seed 004 as a typed plan: 元谋县 (Yunnan) to 2018, with the three townships the article
 * details. The county is to take 姜驿乡 out of poverty, exit 12 poor villages and reduce the
 * poor by more than 17,000 people by 2018 (at least 3 villages and 4,500 people in 2016).
 *
 * <ul>
 *   <li>姜驿乡 has 1,436 registered households (5,000 people) and plans its exits by the
 *       五个一批 batches: 841 + 460 + 91 + 115 + 101 = 1,608 households and 2,778 + 1,595 + 341
 *       + 443 + 309 = 5,466 people, more than it has. The review flags both as overlap.
 *   <li>平田乡 has 444 registered households (1,769 people) and a 四位一体 plan: 1 township, 5
 *       village, 46 group and 444 household plans. The seed gives only those counts, so the
 *       split of households among groups and of people among households is illustrative
 *       (30 groups of 10 and 16 of 9 households; 437 households of 4 and 7 of 3 people), as
 *       are two of the five village names (新昌, 平田; 华竹, 新康 and 怕地 are in the seed).
 *   <li>新华乡 plans 538 households (1,700 people) out in 2017 and 26 projects of 4.61 亿元 in
 *       2016, of which 13 (2.47 亿元) done by May and 13 (2.14 亿元) about to start.
 * </ul>
 *
 * <p>The county code {@code 532328} is GB/T 2260; the township and village parts are
 * illustrative. Two observations are the seed's own (姜驿乡's 8,091.87 万元 invested by the
 * article's date, 新华乡's 2.47 亿元 by May); the others are illustrative.
 *
 * <p>Run: {@code java -cp examples/target/tuopin.jar org.tuopin.examples.plans.Seed004Yuanmou [en] [--json]}.
 */
public final class Seed004Yuanmou {

  /** 元谋县. */
  public static final Scope YUANMOU = Scope.of(RegionCode.parse("532328"));
  /** 姜驿乡 (township part illustrative). */
  public static final Scope JIANGYI = Scope.of(RegionCode.parse("532328206000"));
  /** 平田乡 (township part illustrative). */
  public static final Scope PINGTIAN = Scope.of(RegionCode.parse("532328204000"));
  /** 新华乡 (township part illustrative). */
  public static final Scope XINHUA = Scope.of(RegionCode.parse("532328203000"));
  /** 元马镇, one of the two towns to end poverty in 2016 (illustrative code). */
  public static final Scope YUANMA = Scope.of(RegionCode.parse("532328100000"));
  /** 黄瓜园镇, the other (illustrative code). */
  public static final Scope HUANGGUAYUAN = Scope.of(RegionCode.parse("532328101000"));
  /** The five villages (村委会) of 平田乡. */
  public static final List<String> PINGTIAN_VILLAGES = List.of("华竹", "新康", "怕地", "新昌", "平田");
  /** The number of villager groups of each village of 平田乡: 46 in all. */
  public static final int[] GROUPS = {10, 9, 9, 9, 9};
  /** 2016 to 2018. */
  public static final DateRange PERIOD = DateRange.ofYears(2016, 2018);
  /** The end of 2016. */
  public static final LocalDate END_2016 = LocalDate.of(2016, 12, 31);
  /** The end of 2017. */
  public static final LocalDate END_2017 = LocalDate.of(2017, 12, 31);
  /** The end of 2018. */
  public static final LocalDate END = PERIOD.end();
  /** The date of the article, and of the progress report. */
  public static final LocalDate REPORT_DATE = LocalDate.of(2016, 7, 14);

  /** The five batches (五个一批) of 姜驿乡: households and people. */
  public static final Map<String, int[]> JIANGYI_BATCHES = batches();

  private Seed004Yuanmou() {
  }

  private static Map<String, int[]> batches() {
    Map<String, int[]> b = new LinkedHashMap<>();
    b.put("发展生产脱贫一批", new int[] {841, 2778});
    b.put("易地扶贫搬迁脱贫一批", new int[] {460, 1595});
    b.put("发展教育脱贫一批", new int[] {91, 341});
    b.put("生态补偿脱贫一批", new int[] {115, 443});
    b.put("社会保障兜底一批", new int[] {101, 309});
    return b;
  }

  private static Target by(Indicator indicator, Scope scope, String quantity, LocalDate deadline) {
    return atLeast(indicator, scope, quantity, deadline);
  }

  /**
   * Builds the county plan with the plans of 姜驿乡, 平田乡 (down to its 444 households) and 新华乡.
   *
   * @return the plan, not null
   */
  public static Plan plan() {
    return Plan.builder()
        .name(Text.of("元谋县脱贫攻坚（2016—2018年）", "Yuanmou county poverty alleviation 2016-2018"))
        .scope(YUANMOU).period(PERIOD)
        .addTargets(
            by(Indicators.TOWNSHIPS_EXITED, YUANMOU, "1 乡镇", END),
            by(Indicators.VILLAGES_EXITED, YUANMOU, "12 村", END),
            by(Indicators.PEOPLE_EXITED, YUANMOU, "17000 人", END),
            Target.builder().from(by(Indicators.PER_CAPITA_DISPOSABLE_INCOME, YUANMOU, "14000 元", END))
                .baseline(q("7000 元"))
                .note(Text.of("比2016年翻一番（2016年约7000元，由此推得）", "double 2016's (about 7,000 yuan, implied)")).build(),
            by(Indicators.PEOPLE_TRAINED.withQualifier("劳动力转移培训"), YUANMOU, "800 人", END_2016),
            by(Indicators.PEOPLE_TRAINED.withQualifier("引导性培训"), YUANMOU, "200 人", END_2016),
            by(Indicators.PEOPLE_TRAINED.withQualifier("带动性技能培训"), YUANMOU, "1200 人", END_2016),
            Target.builder().from(by(Indicators.HOUSEHOLDS_RELOCATED, YUANMOU, "621 户", END_2016))
                .note(Text.of("7个乡镇11个安置点", "7 townships, 11 sites")).build(),
            by(Indicators.PEOPLE_RELOCATED, YUANMOU, "2510 人", END_2016))
        .addMilestones(
            Milestone.builder().indicator(Indicators.VILLAGES_EXITED).scope(YUANMOU).date(END_2016)
                .comparison(Comparison.AT_LEAST).quantity(q("3 村"))
                .note(Text.of("乐甫、雷弄、冷水箐", "Lefu, Leinong, Lengshuiqing")).build(),
            Milestone.of(Indicators.PEOPLE_EXITED, YUANMOU, END_2016, Comparison.AT_LEAST, q("4500 人")))
        .addProjects(
            Project.builder().name(Text.of("贫困地区劳动力转移培训", "labour transfer training"))
                .category(ProjectCategories.TRAINING).budget(q("86 万元")).schedule(DateRange.ofYear(2016)).build(),
            Project.builder().name(Text.of("整村推进", "whole-village development"))
                .category(ProjectCategories.AREA_DEVELOPMENT).budget(q("1517.3 万元"))
                .note(Text.of("11个贫困自然村，866户3344人", "11 poor natural villages, 866 households, 3,344 people"))
                .build())
        .addChildren(jiangyi(), pingtian(), xinhua())
        .build();
  }

  /** 姜驿乡: the five batches, which overlap. */
  static Plan jiangyi() {
    Plan.Builder b = Plan.builder().name(Text.of("姜驿乡", "Jiangyi township")).scope(JIANGYI).period(PERIOD)
        .registeredHouseholds(1436).registeredPeople(5000)
        .addTargets(
            by(Indicators.TOWNSHIPS_EXITED, JIANGYI, "1 乡镇", END),
            by(Indicators.HOUSEHOLDS_EXITED, JIANGYI, "1436 户", END),
            by(Indicators.PEOPLE_EXITED, JIANGYI, "5000 人", END),
            by(Indicators.investment("扶贫整乡推进"), JIANGYI, "2.05 亿元", END))
        .addProjects(Project.builder().name(Text.of("扶贫整乡推进项目", "whole-township development"))
            .category(ProjectCategories.AREA_DEVELOPMENT).budget(q("2.05 亿元")).responsible("姜驿乡")
            .note(Text.of("2015年7月批复实施，道路、水利等项目166个", "approved July 2015; 166 sub-projects")).build());
    Map<String, Quantity> households = new LinkedHashMap<>();
    Map<String, Quantity> people = new LinkedHashMap<>();
    JIANGYI_BATCHES.forEach((batch, n) -> {
      households.put(batch, Quantity.of(n[0], Units.HOUSEHOLD));
      people.put(batch, Quantity.of(n[1], Units.PERSON));
      b.addTargets(Target.of(Indicators.HOUSEHOLDS_EXITED.withQualifier(batch), JIANGYI, Comparison.AT_LEAST,
              households.get(batch), END),
          Target.of(Indicators.PEOPLE_EXITED.withQualifier(batch), JIANGYI, Comparison.AT_LEAST, people.get(batch), END));
    });
    b.addBreakdowns(Breakdown.of(Text.of("五个一批（户）", "five batches (households)"), households),
        Breakdown.of(Text.of("五个一批（人）", "five batches (people)"), people));
    return b.build();
  }

  /** 平田乡's 四位一体 tree: township, 5 villages, 46 groups, 444 households. */
  static Plan pingtian() {
    Plan.Builder b = Plan.builder().name(Text.of("平田乡", "Pingtian township")).scope(PINGTIAN).period(PERIOD)
        .registeredHouseholds(444).registeredPeople(1769).oneHouseholdOnePlan(true)
        .addTargets(
            by(Indicators.HOUSEHOLDS_EXITED, PINGTIAN, "444 户", END),
            by(Indicators.PEOPLE_EXITED, PINGTIAN, "1769 人", END),
            by(Indicators.VILLAGES_EXITED, PINGTIAN, "2 村", END),
            by(Indicators.PER_CAPITA_DISPOSABLE_INCOME, PINGTIAN, "13000 元", END))
        .addMilestones(Milestone.of(Indicators.PEOPLE_EXITED, PINGTIAN, END_2016, Comparison.AT_LEAST, q("413 人")))
        .addProjects(
            Project.builder().name(Text.of("怕地村易地扶贫搬迁暨美丽宜居乡村建设", "Padi relocation and village renewal"))
                .category(ProjectCategories.RELOCATION).scope(village(2)).budget(q("2112.5 万元"))
                .note(Text.of("56户，占地44.3亩", "56 households, 44.3 mu")).build(),
            Project.builder().name(Text.of("那蚌、小己保、龙坪扶贫整村推进", "Nabang, Xiaojibao, Longping development"))
                .category(ProjectCategories.AREA_DEVELOPMENT).budget(q("120 万元"))
                .note(Text.of("扶持带动63户", "63 households")).build(),
            Project.builder().name(Text.of("集镇供水二期水厂", "town water works, phase 2"))
                .category(ProjectCategories.INFRASTRUCTURE).budget(q("267.95 万元"))
                .note(Text.of("解决26个村组人畜饮水困难", "water for 26 villages and groups")).build());
    List<HouseholdPlan> all = households();
    for (int v = 0; v < PINGTIAN_VILLAGES.size(); v++) {
      b.addChildren(villagePlan(v, all));
    }
    return b.build();
  }

  /** One illustrative household of 平田乡: village index, group number, id and size. */
  record HouseholdPlan(int village, int group, HouseholdId id, int size) {

    Scope scope() {
      return Scope.ofHousehold(Seed004Yuanmou.village(village).region(), Integer.toString(group), id);
    }
  }

  /** The village {@code v} (0 to 4) of 平田乡. */
  static Scope village(int v) {
    return Scope.of(RegionCode.of(PINGTIAN.region().toLong() + 201 + v));
  }

  /**
   * The 444 illustrative households of 平田乡, in order: the first 30 groups have 10
   * households, the other 16 have 9; the last 7 households have 3 people, the others 4.
   *
   * @return the households, not null
   */
  static List<HouseholdPlan> households() {
    List<HouseholdPlan> list = new ArrayList<>();
    int groupIndex = 0;
    for (int v = 0; v < GROUPS.length; v++) {
      for (int g = 1; g <= GROUPS[v]; g++) {
        int size = groupIndex < 30 ? 10 : 9;
        for (int h = 1; h <= size; h++) {
          String id = village(v).region() + String.format("%02d%02d", g, h);
          list.add(new HouseholdPlan(v, g, HouseholdId.of(id), 4));
        }
        groupIndex++;
      }
    }
    for (int i = list.size() - 7; i < list.size(); i++) {
      HouseholdPlan h = list.get(i);
      list.set(i, new HouseholdPlan(h.village(), h.group(), h.id(), 3));
    }
    return list;
  }

  private static Plan villagePlan(int v, List<HouseholdPlan> all) {
    Scope scope = village(v);
    String name = PINGTIAN_VILLAGES.get(v);
    List<HouseholdPlan> mine = all.stream().filter(h -> h.village() == v).toList();
    Plan.Builder b = Plan.builder().name(Text.of(name + "村委会扶贫发展规划", name + " village plan"))
        .scope(scope).period(PERIOD)
        .addTargets(exits(scope, mine));
    if (v < 2) {
      // 至2018年华竹、新康2个村委会脱贫出列
      b.addTargets(by(Indicators.VILLAGES_EXITED, scope, "1 村", END));
    }
    for (int g = 1; g <= GROUPS[v]; g++) {
      int group = g;
      List<HouseholdPlan> inGroup = mine.stream().filter(h -> h.group() == group).toList();
      Scope groupScope = Scope.ofGroup(scope.region(), Integer.toString(g));
      Plan.Builder gb = Plan.builder().name(Text.of(name + "村第" + g + "组扶贫发展规划", name + " group " + g + " plan"))
          .scope(groupScope).period(PERIOD).addTargets(exits(groupScope, inGroup));
      for (HouseholdPlan h : inGroup) {
        gb.addChildren(Plan.builder().name(Text.of("贫困户脱贫计划 " + h.id(), "household plan " + h.id()))
            .scope(h.scope()).period(PERIOD).addTargets(exits(h.scope(), List.of(h))).build());
      }
      b.addChildren(gb.build());
    }
    return b.build();
  }

  /** Households and people exited by 2018: all of those listed. */
  private static Target[] exits(Scope scope, List<HouseholdPlan> households) {
    int people = households.stream().mapToInt(HouseholdPlan::size).sum();
    return new Target[] {
        Target.of(Indicators.HOUSEHOLDS_EXITED, scope, Comparison.AT_LEAST, Quantity.of(households.size(), Units.HOUSEHOLD),
            END),
        Target.of(Indicators.PEOPLE_EXITED, scope, Comparison.AT_LEAST, Quantity.of(people, Units.PERSON), END)};
  }

  /** 新华乡: 2017's exits, and 2016's 26 projects whose two halves add up. */
  static Plan xinhua() {
    return Plan.builder().name(Text.of("新华乡", "Xinhua township")).scope(XINHUA).period(PERIOD)
        .addTargets(
            by(Indicators.HOUSEHOLDS_EXITED, XINHUA, "538 户", END_2017),
            by(Indicators.PEOPLE_EXITED, XINHUA, "1700 人", END_2017),
            by(Indicators.investment("重点项目"), XINHUA, "4.61 亿元", END_2016),
            by(Indicators.cropArea("烤烟"), XINHUA, "2200 亩", END_2016),
            by(Indicators.cropArea("桃李"), XINHUA, "1200 亩", END_2016),
            by(Indicators.cropArea("芒果"), XINHUA, "314 亩", END_2016),
            by(Indicators.cropArea("香根草"), XINHUA, "200 亩", END_2016),
            by(Indicators.livestock("大牲畜", Units.HEAD), XINHUA, "250 头", END_2016),
            by(Indicators.LABOUR_TRANSFERRED, XINHUA, "2000 人", END_2016))
        .addBreakdowns(
            Breakdown.of(Text.of("重点项目投资", "investment in the key projects"),
                ImmutableMap.of("1至5月完工13项", q("2.47 亿元"), "即将开工13项", q("2.14 亿元")), q("4.61 亿元")),
            Breakdown.of(Text.of("重点项目个数", "key projects"),
                ImmutableMap.of("1至5月完工", q("13 个"), "即将开工", q("13 个")), q("26 个")))
        .addProjects(
            Project.builder().name(Text.of("种植香根草200亩", "200 mu of vetiver")).category(ProjectCategories.ECOLOGY)
                .budget(q("60 万元")).build(),
            Project.builder().name(Text.of("扶持133户贫困户发展大牲畜养殖", "livestock for 133 poor households"))
                .category(ProjectCategories.INDUSTRY).budget(q("70 万元")).build())
        .build();
  }

  /**
   * Returns the observations: the seed's two (姜驿乡's investment by the article's date,
   * 新华乡's by the end of May) and illustrative ones (exits in 姜驿乡, 元马镇, 黄瓜园镇 and
   * the first 105 households of 平田乡).
   *
   * @return the observations, not null
   */
  public static List<Observation> observations() {
    List<Observation> obs = new ArrayList<>();
    obs.add(Observation.builder().indicator(Indicators.investment("扶贫整乡推进")).scope(JIANGYI)
        .date(REPORT_DATE).value(q("8091.87 万元"))
        .source(Text.of("自2015年7月批复实施以来累计完成投资", "invested since approval in July 2015")).build());
    obs.add(Observation.builder().indicator(Indicators.investment("重点项目")).scope(XINHUA)
        .date(LocalDate.of(2016, 5, 31)).value(q("2.47 亿元"))
        .source(Text.of("1至5月完工13项", "13 projects done January to May")).build());
    obs.add(observed(Indicators.PEOPLE_EXITED, JIANGYI, "2016-06-30", "900 人"));
    obs.add(observed(Indicators.PEOPLE_EXITED, YUANMA, "2016-06-30", "620 人"));
    obs.add(observed(Indicators.PEOPLE_EXITED, HUANGGUAYUAN, "2016-06-30", "480 人"));
    households().stream().limit(105).forEach(h -> {
      obs.add(Observation.of(Indicators.HOUSEHOLDS_EXITED, h.scope(), LocalDate.of(2016, 6, 30),
          Quantity.of(1, Units.HOUSEHOLD)));
      obs.add(Observation.of(Indicators.PEOPLE_EXITED, h.scope(), LocalDate.of(2016, 6, 30),
          Quantity.of(h.size(), Units.PERSON)));
    });
    return obs;
  }

  /**
   * Returns an illustrative registry of 平田乡 for 2016: the 444 households of the plan and one
   * household identified after the plans were made, which has no plan.
   *
   * @return the registry, not null
   */
  public static Registry pingtianRegistry() {
    List<Household> households = new ArrayList<>();
    for (HouseholdPlan h : households()) {
      households.add(household(h.id(), h.village(), Integer.toString(h.group()), h.size()));
    }
    households.add(household(HouseholdId.of(village(4).region() + "0910"), 4, "9", 2));
    return Registry.of(2016, households);
  }

  private static Household household(HouseholdId id, int v, String group, int size) {
    Household.Builder b = Household.builder().id(id).village(village(v).region()).group(group)
        .income(IncomeStatement.of(2015, Yuan.of(2000L * size), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO));
    Relation[] relations = {Relation.HOUSEHOLDER, Relation.SPOUSE, Relation.SON, Relation.DAUGHTER};
    for (int m = 0; m < size; m++) {
      b.addMembers(Member.of(PersonId.of(id + "-" + (m + 1)), relations[m]));
    }
    return b.build();
  }

  /**
   * Prints the plan's review (met findings down to the townships), the 一户一策 check against
   * the illustrative registry, and the progress of the county and townships on the article's date.
   *
   * @param args  {@code en} for English, {@code --json} to add the JSON report
   */
  public static void main(String[] args) {
    Plan plan = plan();
    PlanReview review = plan.check();
    ProgressReport report = plan.progress(observations(), REPORT_DATE, 1);
    Examples.print(System.out, args, plan, review, report,
        Text.of("两项为种子文件数据，其余为示例", "two from the seed, the others illustrative"), PlanLevel.TOWNSHIP);
    Language lang = Examples.language(args);
    System.out.println();
    System.out.println(lang == Language.ZH ? "== 一户一策（示例名册：444 户加 1 户新识别）"
        : "== one plan per household (illustrative registry: 444 households and 1 newly identified)");
    plan.find(PINGTIAN).orElseThrow().check(pingtianRegistry()).of(CheckRule.HOUSEHOLD_PLANS)
        .forEach(c -> System.out.println(c.explain(lang)));
  }
}
