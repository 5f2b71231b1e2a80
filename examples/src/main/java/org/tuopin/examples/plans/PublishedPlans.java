package org.tuopin.examples.plans;

import static org.tuopin.examples.plans.Examples.q;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.plan.Breakdown;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanCheck;
import org.tuopin.plan.PlanReview;
import org.tuopin.plan.Scope;
import org.tuopin.region.RegionCode;

/**
 * Plans typed from real published documents that are not the seeds, each figure as published,
 * and checked: a clean document reports nothing wrong.
 *
 * <ul>
 *   <li>{@link #bazhong2019()} — 巴中市财政局、巴中市扶贫开发局, 2019-02-18: 2019年省级财政专项扶贫资金
 *       26428万元 allocated to five districts and counties and 巴中经济开发区, a development zone
 *       typed as an organisation under the city. Stored at
 *       {@code https://jxsyczj.com/egovjxsyczjcom/t.aspx$i=20190327164043-119333-00-000.htm}.</li>
 *   <li>{@link #haidong2018()} — 海东市扶贫开发局, 2018-11-01: 江苏省追加2018年东西部扶贫协作专项资金
 *       4000万元, stated twice in one notice: in the text (其中 … 另安排平安区、循化县各100万元) and in
 *       the table (海东市市级财政扶贫专项资金分配表, 合计 4000). Stored at
 *       {@code http://hds.smeqh.com/html/article/tzgg/1138.html}.</li>
 *   <li>{@link #daying2017()} — 大英县脱贫攻坚领导小组, 2017-01-06, 附件1 大英县2017年贫困村退出目标任务:
 *       合计 必成数 14个, 预备数 3个, by township (the count of each township's villages listed).
 *       Stored at {@code https://dyrmt.com/article-23835-1.html}.</li>
 * </ul>
 */
public final class PublishedPlans {

  private static final RegionCode BAZHONG = RegionCode.parse("511900000000");
  private static final RegionCode HAIDONG = RegionCode.parse("630200000000");
  private static final RegionCode DAYING = RegionCode.parse("510923000000");

  private PublishedPlans() {
  }

  private static Scope county(String code) {
    return Scope.of(RegionCode.parse(code + "000000"));
  }

  /**
   * Returns 巴中市's allocation of the 2019 provincial fund, as published.
   *
   * @return the allocation table, not null
   */
  public static Breakdown bazhongAllocation() {
    return Breakdown.builder().name(Text.of("2019年省级财政专项扶贫资金分配", "2019 provincial poverty fund allocation"))
        .relation(Comparison.EXACTLY).whole(q("26428 万元"))
        .row("巴州区", county("511902"), q("2405 万元"))
        .row("恩阳区", county("511903"), q("1956 万元"))
        .row("南江县", county("511922"), q("4150 万元"))
        .row("通江县", county("511921"), q("8594 万元"))
        .row("平昌县", county("511923"), q("9208 万元"))
        .row("巴中经济开发区", Scope.ofOrganisation(BAZHONG, "巴中经济开发区"), q("115 万元"))
        .build();
  }

  /**
   * Returns 巴中市's plan holding its 2019 allocation.
   *
   * @return the plan, not null
   */
  public static Plan bazhong2019() {
    return Plan.builder().name("巴中市2019年省级财政专项扶贫资金").scope(Scope.of(BAZHONG))
        .period(DateRange.ofYear(2019)).addBreakdowns(bazhongAllocation()).build();
  }

  /**
   * Returns 海东市's 2018 table (资金分配情况表), rows in the table's order.
   *
   * @return the allocation table, not null
   */
  public static Breakdown haidongTable() {
    return Breakdown.builder().name(Text.of("资金分配情况表", "allocation table"))
        .relation(Comparison.EXACTLY).whole(q("4000 万元"))
        .row("乐都区", county("630202"), q("819 万元"))
        .row("平安区", county("630203"), q("100 万元"))
        .row("民和县", county("630222"), q("1226 万元"))
        .row("互助县", county("630223"), q("600 万元"))
        .row("化隆县", county("630224"), q("1155 万元"))
        .row("循化县", county("630225"), q("100 万元"))
        .build();
  }

  /**
   * Returns 海东市's 2018 allocation as the notice's text states it: four counties for village
   * clinics (村级卫生室), then 100 万元 each to 平安区 and 循化县 for consolidation (巩固提升).
   *
   * @return the allocation as stated in the text, not null
   */
  public static Breakdown haidongText() {
    return Breakdown.builder().name(Text.of("资金结构（正文）", "allocation (text)"))
        .relation(Comparison.EXACTLY).whole(q("4000 万元"))
        .row("乐都区", county("630202"), q("819 万元"))
        .row("民和县", county("630222"), q("1226 万元"))
        .row("互助县", county("630223"), q("600 万元"))
        .row("化隆县", county("630224"), q("1155 万元"))
        .row("平安区", county("630203"), q("100 万元"))
        .row("循化县", county("630225"), q("100 万元"))
        .build();
  }

  /**
   * Returns 海东市's plan holding the fund's two statements.
   *
   * @return the plan, not null
   */
  public static Plan haidong2018() {
    return haidong2018(haidongTable());
  }

  /**
   * Returns 海东市's plan with a given table, such as a copy of the published one.
   *
   * @param table  the table, not null
   * @return the plan, not null
   */
  public static Plan haidong2018(Breakdown table) {
    return Plan.builder().name("江苏省追加2018年东西部扶贫协作资金").scope(Scope.of(HAIDONG))
        .period(DateRange.ofYear(2018)).addBreakdowns(haidongText(), table).build();
  }

  /**
   * Returns 大英县's 2017 village exit tasks (必成数) by township: 14 villages in all.
   *
   * @return the breakdown, not null
   */
  public static Breakdown dayingExits() {
    return Breakdown.ofExactly(Text.of("2017年贫困村退出必成数", "2017 village exits (must)"),
        ImmutableMap.<String, Quantity>builder().put("蓬莱镇", q("1 村")).put("隆盛镇", q("2 村"))
            .put("河边镇", q("1 村")).put("回马镇", q("2 村")).put("玉峰镇", q("2 村")).put("象山镇", q("1 村"))
            .put("卓筒井", q("1 村")).put("天保镇", q("1 村")).put("金元镇", q("1 村")).put("通仙乡", q("1 村"))
            .put("智水乡", q("1 村")).build(),
        q("14 村"));
  }

  /**
   * Returns 大英县's 2017 reserve village exits (预备数): 3 villages in all.
   *
   * @return the breakdown, not null
   */
  public static Breakdown dayingReserve() {
    return Breakdown.ofExactly(Text.of("2017年贫困村退出预备数", "2017 village exits (reserve)"),
        ImmutableMap.of("河边镇", q("1 村"), "金元镇", q("1 村"), "通仙乡", q("1 村")),
        q("3 村"));
  }

  /**
   * Returns 大英县's 2017 village exit plan.
   *
   * @return the plan, not null
   */
  public static Plan daying2017() {
    return Plan.builder().name("大英县2017年贫困村退出目标任务").scope(Scope.of(DAYING))
        .period(DateRange.ofYear(2017)).addBreakdowns(dayingExits(), dayingReserve()).build();
  }

  /**
   * Prints the review of each plan, and the rows where the text and the table of 海东市's
   * notice differ (none).
   *
   * @param args  {@code en} for English
   */
  public static void main(String[] args) {
    Language lang = Examples.language(args);
    for (Plan p : new Plan[] {bazhong2019(), haidong2018(), daying2017()}) {
      PlanReview review = p.check();
      System.out.println("== " + p.name().in(lang) + " (" + p.scope() + ", " + p.period() + ")");
      for (PlanCheck c : review.checks()) {
        System.out.println(c.finding().mark() + " " + c.subject().in(lang) + ": " + c.message().in(lang));
      }
    }
    Map<String, Optional<Quantity>> diff = haidongText().differences(haidongTable());
    System.out.println((lang == Language.ZH ? "海东 正文与表格不一致的行：" : "Haidong rows where text and table differ: ")
        + (diff.isEmpty() ? (lang == Language.ZH ? "无" : "none") : diff));
  }
}
