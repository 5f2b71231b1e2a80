package org.tuopin.examples.assist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tuopin.assist.batch.BatchCounts;
import org.tuopin.assist.batch.Headcount;
import org.tuopin.assist.batch.Strategies;
import org.tuopin.assist.pairing.QuotaPolicies;
import org.tuopin.basics.Language;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Tristate;
import org.tuopin.standard.Finding;

/** Seed 004's 挂包帮 figures, checked for coverage. */
class YuanmouGuabaobangTest {

  @Test
  void test_county_cadresSufficeUnderAnyGanyuRankButVisitCoverageIsUnknown() {
    assertThat(YuanmouGuabaobang.UNITS).isEqualTo(102);
    assertThat(YuanmouGuabaobang.CADRES).isEqualTo(3437);
    assertThat(YuanmouGuabaobang.HOUSEHOLDS_VISITED).isEqualTo(5653);
    Finding capacity = YuanmouGuabaobang.capacity(QuotaPolicies.GANYU, 3437, 5653);
    assertThat(capacity.status()).isEqualTo(Tristate.MET);
    assertThat(capacity.required().zh()).contains("6,874-17,185");
    assertThat(capacity.observed().en()).isEqualTo("1.64 households per cadre");
    assertThat(YuanmouGuabaobang.countyVisits().status()).isEqualTo(Tristate.UNKNOWN);
    assertThat(Ratio.of(3437, 102).toDecimal(1).toPlainString()).isEqualTo("33.7");
  }

  @Test
  void test_jiangyi_everyRegisteredHouseholdVisitedAndItsBatchesOverlap() {
    assertThat(YuanmouGuabaobang.jiangyiVisits().status()).isEqualTo(Tristate.MET);
    assertThat(YuanmouGuabaobang.jiangyiVisits().ratio()).contains(Ratio.of(1436, 1436));
    BatchCounts batches = YuanmouGuabaobang.jiangyiBatches();
    assertThat(batches.count(Strategies.PRODUCTION)).isEqualTo(Headcount.of(841, 2778));
    assertThat(batches.count(Strategies.RELOCATION)).isEqualTo(Headcount.of(460, 1595));
    assertThat(batches.count(Strategies.EDUCATION)).isEqualTo(Headcount.of(91, 341));
    assertThat(batches.count(Strategies.ECOLOGICAL_COMPENSATION)).isEqualTo(Headcount.of(115, 443));
    assertThat(batches.count(Strategies.SOCIAL_SECURITY)).isEqualTo(Headcount.of(101, 309));
    assertThat(batches.sum()).isEqualTo(Headcount.of(1608, 5466));
    assertThat(batches.excess()).contains(Headcount.of(172, 466));
    assertThat(batches.minimumOverlappingHouseholds()).hasValue(43);
  }

  @Test
  void test_pingtianAndXinhua() {
    assertThat(YuanmouGuabaobang.pingtianPlans().status()).isEqualTo(Tristate.MET);
    assertThat(YuanmouGuabaobang.pingtianPlans().covered()).isEqualTo(444);
    assertThat(YuanmouGuabaobang.PINGTIAN_HANDBOOKS).isEqualTo(2 * YuanmouGuabaobang.PINGTIAN_REGISTERED.households());
    Finding xinhua = YuanmouGuabaobang.capacity(QuotaPolicies.GANYU, 323, 538);
    assertThat(xinhua.status()).isEqualTo(Tristate.MET);
    assertThat(xinhua.explain(Language.EN)).contains("646-1,615 households", "1.67 households per cadre");
  }

  @Test
  void test_main_printsEveryCheck() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.out;
    System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      YuanmouGuabaobang.main(new String[] {"en"});
    } finally {
      System.setOut(old);
    }
    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("102 units, 3437 cadres, 4 rounds, 5653 households visited", "excess 172 households, 466 people",
            "100.00% (1,436 / 1,436)", "cadre handbooks 888, 2 per household");
  }
}
