package org.tuopin.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.examples.plans.PlanEdits.finding;
import static org.tuopin.examples.plans.Seed003Banzhuang.BANZHUANG;
import static org.tuopin.examples.plans.Seed003Banzhuang.WEAK_VILLAGES;
import static org.tuopin.examples.plans.Seed003Banzhuang.WEAK_VILLAGES_ATTAINED;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Tristate;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.CheckRule;
import org.tuopin.plan.Plan;
import org.tuopin.plan.PlanCheck;
import org.tuopin.plan.ProgressReport;
import org.tuopin.plan.Target;
import org.tuopin.plan.TargetStatus;

/** Seed 003: Banzhuang's five targets and its four weak villages. */
class Seed003BanzhuangTest {

  private static final Plan PLAN = Seed003Banzhuang.plan();

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "people_exited|5580 人",
      "labour_transferred|1050 人",
      "microcredit|2100 万元",
  })
  public void test_targetsOfTheSeed(String key, String quantity) {
    Indicator indicator = Indicator.parse(key);
    assertThat(PLAN.targets()).filteredOn(t -> t.indicator().equals(indicator) && t.scope().equals(BANZHUANG))
        .extracting(Target::quantity).containsExactly(q(quantity));
  }

  @Test
  public void test_trainingAndIncome() {
    assertThat(PLAN.targets()).filteredOn(t -> t.indicator().key().equals("people_trained"))
        .extracting(Target::quantity).containsExactly(q("411 人"));
    assertThat(PLAN.targets()).filteredOn(t -> t.indicator().equals(Indicators.MICROCREDIT))
        .extracting(t -> t.quantity().toYuan().toString()).containsExactly("¥21,000,000.00");
    assertThat(PLAN.targets()).filteredOn(t -> t.indicator().equals(Indicators.PER_CAPITA_NET_INCOME))
        .extracting(Target::quantity).containsExactly(q("4000 元"));
  }

  @Test
  public void test_fourWeakVillagesAddUp_andOneLessDoesNot() {
    PlanCheck c = finding(PLAN.check(), CheckRule.PARTS_ADD_UP, BANZHUANG, WEAK_VILLAGES_ATTAINED);
    assertThat(c.status()).isEqualTo(Tristate.MET);
    assertThat(c.actual()).contains(q("4 村"));
    assertThat(PLAN.check().isClean()).isTrue();
    Plan three = Plan.builder().from(PLAN).children(PLAN.children().subList(0, 3)).build();
    PlanCheck short1 = finding(three.check(), CheckRule.PARTS_ADD_UP, BANZHUANG, WEAK_VILLAGES_ATTAINED);
    assertThat(short1.status()).isEqualTo(Tristate.NOT_MET);
    assertThat(short1.difference()).contains(q("-1 村"));
    for (var v : WEAK_VILLAGES) {
      assertThat(PLAN.find(v).orElseThrow().targets()).extracting(Target::quantity).contains(q("15 万元"));
    }
  }

  @Test
  public void test_progress() {
    ProgressReport r = PLAN.progress(Seed003Banzhuang.observations(), Seed003Banzhuang.REPORT_DATE, 1);
    assertThat(r.row(Indicators.PEOPLE_EXITED).orElseThrow().status()).isEqualTo(TargetStatus.BEHIND);
    assertThat(r.row(Indicators.PEOPLE_EXITED).orElseThrow().expected()).contains(q("4173.54 人"));
    assertThat(r.row(Indicators.LABOUR_TRANSFERRED).orElseThrow().status()).isEqualTo(TargetStatus.ON_TRACK);
    assertThat(r.row(WEAK_VILLAGES_ATTAINED).orElseThrow().actual()).contains(q("2 村"));
    assertThat(r.rows(TargetStatus.ACHIEVED)).hasSize(5);
  }
}
