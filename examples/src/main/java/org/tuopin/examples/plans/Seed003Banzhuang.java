package org.tuopin.examples.plans;

import static org.tuopin.examples.plans.Examples.atLeast;
import static org.tuopin.examples.plans.Examples.observed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Text;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Aggregation;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.Observation;
import org.tuopin.plan.Plan;
import org.tuopin.plan.Project;
import org.tuopin.plan.ProjectCategories;
import org.tuopin.plan.Scope;
import org.tuopin.region.RegionCode;

/**
 * Seed 003 as a typed plan: the 脱贫奔小康挂钩帮扶方案 of 班庄镇 (赣榆, Jiangsu): 5,580
 * low-income people out of poverty, 4 economically weak villages reaching the new 八有 with
 * 150,000 yuan of collective operating income each, 411 people trained, 1,050 transferred
 * into work and 21 million yuan of microcredit.
 *
 * <p>The seed writes the year as "XX年"; Jiangsu's 脱贫奔小康 programme and its 4,000-yuan
 * line start in 2016, so the plan is dated 2016. The weak villages are not named; they are
 * plans for four villages with illustrative codes, as is the township's code (the county part,
 * {@code 320707} 赣榆区, is GB/T 2260). The observations are illustrative.
 *
 * <p>Run: {@code java -cp examples/target/tuopin.jar org.tuopin.examples.plans.Seed003Banzhuang [en] [--json]}.
 */
public final class Seed003Banzhuang {

  /** 班庄镇 (township part of the code illustrative). */
  public static final Scope BANZHUANG = Scope.of(RegionCode.parse("320707105000"));
  /** The four economically weak villages (经济薄弱村), not named in the seed. */
  public static final List<Scope> WEAK_VILLAGES = List.of(village(201), village(202), village(203), village(204));
  /** 石门头村, where the blueberry project is. */
  public static final Scope SHIMENTOU = village(210);
  /** The year 2016. */
  public static final DateRange PERIOD = DateRange.ofYear(2016);
  /** The end of the year. */
  public static final LocalDate END = PERIOD.end();
  /** The date of the illustrative progress report. */
  public static final LocalDate REPORT_DATE = LocalDate.of(2016, 9, 30);

  /** 经济薄弱村实现新“八有”: weak villages attaining the new 八有. */
  public static final Indicator WEAK_VILLAGES_ATTAINED = Indicator.of("weak_villages_attained",
      "经济薄弱村实现新“八有”", "weak villages attaining the new 八有", Units.VILLAGE, Aggregation.SUM);
  /** 发放帮扶联系卡的户数: households given a help card. */
  public static final Indicator HELP_CARDS =
      Indicator.of("help_cards", "发放帮扶联系卡户数", "households with a help card", Units.HOUSEHOLD, Aggregation.SUM);
  /** 帮扶联系卡到户率: help cards ÷ registered households. */
  public static final Indicator HELP_CARD_COVERAGE = Indicator.ofRate("help_card_coverage", "帮扶联系卡到户率",
      "help-card coverage", HELP_CARDS, Indicators.REGISTERED_HOUSEHOLDS);
  /** 知晓政策的低收入户: low-income households aware of the policies. */
  public static final Indicator AWARE =
      Indicator.of("policy_aware", "知晓政策的低收入户", "households aware of the policies", Units.HOUSEHOLD, Aggregation.SUM);
  /** 政策知晓率: aware households ÷ registered households. */
  public static final Indicator AWARENESS = Indicator.ofRate("policy_awareness", "政策知晓率", "policy awareness", AWARE,
      Indicators.REGISTERED_HOUSEHOLDS);
  /** 村年集体经营性收入: village collective operating income. */
  public static final Indicator OPERATING_INCOME = Indicators.COLLECTIVE_INCOME.withQualifier("经营性");

  private Seed003Banzhuang() {
  }

  private static Scope village(int n) {
    return Scope.of(RegionCode.of(320_707_105_000L + n));
  }

  /**
   * Builds the plan: the township's five targets, the standards for the weak villages, the
   * four projects, and a plan for each weak village.
   *
   * @return the plan, not null
   */
  public static Plan plan() {
    Plan.Builder b = Plan.builder()
        .name(Text.of("班庄镇脱贫奔小康挂钩帮扶方案", "Banzhuang pairing-assistance plan"))
        .scope(BANZHUANG).period(PERIOD)
        .addTargets(
            atLeast(Indicators.PEOPLE_EXITED, BANZHUANG, "5580 人", END),
            atLeast(WEAK_VILLAGES_ATTAINED, BANZHUANG, "4 村", END),
            atLeast(Indicators.PEOPLE_TRAINED.withQualifier("低收入农户家庭劳动力"), BANZHUANG, "411 人", END),
            atLeast(Indicators.LABOUR_TRANSFERRED, BANZHUANG, "1050 人", END),
            atLeast(Indicators.MICROCREDIT, BANZHUANG, "2100 万元", END),
            atLeast(Indicators.PER_CAPITA_NET_INCOME, BANZHUANG, "4000 元", END),
            atLeast(HELP_CARD_COVERAGE, BANZHUANG, "100%", END),
            atLeast(AWARENESS, BANZHUANG, "100%", END),
            atLeast(Indicators.cropArea("蓝莓"), SHIMENTOU, "100 亩", END),
            atLeast(Indicators.livestock("水貂、狐狸", Units.HEAD), BANZHUANG, "3万头", END))
        .addProjects(
            project("夹谷山现代农业休闲观光园区", "Jiagushan agricultural leisure park"),
            project("班庄镇高效设施农业基地", "Banzhuang protected-agriculture base"),
            project("石门头村100亩蓝莓种植销售", "Shimentou 100 mu of blueberries", SHIMENTOU),
            project("3万头水貂、狐狸养殖和淡水鱼养殖", "30,000 mink and foxes, freshwater fish"));
    for (int i = 0; i < WEAK_VILLAGES.size(); i++) {
      Scope v = WEAK_VILLAGES.get(i);
      b.addChildren(Plan.builder().name(Text.of("经济薄弱村" + "一二三四".charAt(i), "weak village " + (i + 1)))
          .scope(v).period(PERIOD)
          .addTargets(atLeast(WEAK_VILLAGES_ATTAINED, v, "1 村", END), atLeast(OPERATING_INCOME, v, "15 万元", END))
          .build());
    }
    return b.build();
  }

  private static Project project(String zh, String en) {
    return Project.builder().name(Text.of(zh, en)).category(ProjectCategories.INDUSTRY).responsible("班庄镇").build();
  }

  private static Project project(String zh, String en, Scope scope) {
    return Project.builder().from(project(zh, en)).scope(scope).build();
  }

  /**
   * Returns illustrative observations up to 30 September 2016 (not from the seed).
   *
   * @return the observations, not null
   */
  public static List<Observation> observations() {
    List<Observation> obs = new ArrayList<>();
    obs.add(observed(Indicators.PEOPLE_EXITED, BANZHUANG, "2016-09-30", "3900 人"));
    obs.add(observed(Indicators.PEOPLE_TRAINED.withQualifier("低收入农户家庭劳动力"), BANZHUANG, "2016-06-30", "411 人"));
    obs.add(observed(Indicators.LABOUR_TRANSFERRED, BANZHUANG, "2016-09-30", "800 人"));
    obs.add(observed(Indicators.MICROCREDIT, BANZHUANG, "2016-09-30", "1650 万元"));
    String[] income = {"15.2", "9.8", "12", "16"};
    for (int i = 0; i < WEAK_VILLAGES.size(); i++) {
      obs.add(observed(OPERATING_INCOME, WEAK_VILLAGES.get(i), "2016-09-30", income[i] + " 万元"));
    }
    obs.add(observed(WEAK_VILLAGES_ATTAINED, WEAK_VILLAGES.get(0), "2016-09-30", "1 村"));
    obs.add(observed(WEAK_VILLAGES_ATTAINED, WEAK_VILLAGES.get(3), "2016-09-30", "1 村"));
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
