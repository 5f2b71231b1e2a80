package org.tuopin.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Language;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Tristate;
import org.tuopin.plan.Breakdown;
import org.tuopin.plan.CheckRule;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanCheck;
import org.tuopin.plan.PlanLevel;
import org.tuopin.plan.PlanReview;

/** Published plans, both ways: clean as published, and a copy tampered by one unit. */
class PublishedPlansTest {

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  private static PlanCheck only(Plan p) {
    PlanReview r = p.check();
    assertThat(r.checks()).hasSize(1);
    return r.checks().get(0);
  }

  @Test
  void test_cleanPlans_reportNothingWrong() {
    for (Plan p : new Plan[] {PublishedPlans.bazhong2019(), PublishedPlans.haidong2018(), PublishedPlans.daying2017()}) {
      assertThat(p.check().problems()).as(p.check().explain(Language.EN)).isEmpty();
      assertThat(p.check().unknowns()).isEmpty();
    }
    assertThat(PublishedPlans.haidongText().differences(PublishedPlans.haidongTable())).isEmpty();
    assertThat(PublishedPlans.bazhongAllocation().recipients().get("巴中经济开发区").level())
        .isEqualTo(PlanLevel.ORGANISATION);
  }

  @Test
  void test_bazhong_tamperedByOneWanYuan_reportsTheDifferenceAndTheRow() {
    Breakdown published = PublishedPlans.bazhongAllocation();
    Breakdown copy = published.withParts(replace(published, "通江县", "8595 万元"));
    PlanCheck c = only(PublishedPlans.bazhong2019().withBreakdowns(copy));
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(c.difference()).contains(q("1 万元"));
    assertThat(c.message().zh()).contains("通江县 8,595 万元").endsWith("超出 1 万元");
    assertThat(published.differences(copy)).containsExactly(Map.entry("通江县", Optional.of(q("1 万元"))));
  }

  @Test
  void test_bazhong_totalShortByOneWanYuan_isReported() {
    PlanCheck c = only(PublishedPlans.bazhong2019().withBreakdowns(
        PublishedPlans.bazhongAllocation().withWhole(q("26427 万元"))));
    assertThat(c.difference()).contains(q("1 万元"));
    assertThat(c.status()).isEqualTo(Tristate.NOT_MET);
  }

  @Test
  void test_haidong_tamperedTable_namesTheRowAgainstTheText() {
    Breakdown table = PublishedPlans.haidongTable();
    Breakdown copy = table.withParts(replace(table, "民和县", "1225 万元"));
    PlanReview r = PublishedPlans.haidong2018(copy).check();
    assertThat(r.problems()).singleElement().satisfies(c -> {
      assertThat(c.subject().zh()).isEqualTo("资金分配情况表");
      assertThat(c.difference()).contains(q("-1 万元"));
      assertThat(c.message().en()).endsWith("short by 1 wan yuan");
    });
    assertThat(PublishedPlans.haidongText().differences(copy))
        .containsExactly(Map.entry("民和县", Optional.of(q("-1 万元"))));
  }

  @Test
  void test_haidong_blankCell_isUnknownAndNamed() {
    Breakdown table = PublishedPlans.haidongTable();
    ImmutableMap.Builder<String, Quantity> parts = ImmutableMap.builder();
    table.parts().forEach((k, v) -> {
      if (!k.equals("化隆县")) {
        parts.put(k, v);
      }
    });
    Breakdown blank = Breakdown.builder().from(table).parts(parts.build()).addBlanks("化隆县").build();
    PlanCheck c = PublishedPlans.haidong2018(blank).check().unknowns().get(0);
    assertThat(c.message().zh()).contains("化隆县", "1,155 万元");
  }

  @Test
  void test_daying_tamperedByOneVillage_isReportedBothWays() {
    Breakdown exits = PublishedPlans.dayingExits();
    PlanCheck over = only(PublishedPlans.daying2017().withBreakdowns(exits.withParts(replace(exits, "回马镇", "3 村"))));
    assertThat(over.difference()).contains(q("1 村"));
    assertThat(over.message().zh()).contains("回马镇 3 村");
    PlanCheck under = only(PublishedPlans.daying2017().withBreakdowns(exits.withParts(replace(exits, "回马镇", "1 村"))));
    assertThat(under.difference()).contains(q("-1 村"));
    assertThat(under.status()).isEqualTo(Tristate.NOT_MET);
  }

  @Test
  void test_main_prints() {
    PublishedPlans.main(new String[] {"en"});
  }

  private static ImmutableMap<String, Quantity> replace(Breakdown b, String row, String value) {
    ImmutableMap.Builder<String, Quantity> out = ImmutableMap.builder();
    b.parts().forEach((k, v) -> out.put(k, k.equals(row) ? q(value) : v));
    return out.build();
  }
}
