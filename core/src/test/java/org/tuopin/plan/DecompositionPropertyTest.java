package org.tuopin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.tuopin.plan.PlanFixtures.END;
import static org.tuopin.plan.PlanFixtures.TOWNSHIP;
import static org.tuopin.plan.PlanFixtures.VILLAGES;
import static org.tuopin.plan.PlanFixtures.plan;
import static org.tuopin.testing.Theories.qt;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Indicators;

/** Properties of exact decompositions and partial breakdowns. */
class DecompositionPropertyTest {

  @Test
  void property_exactDecomposition_reportsTheDifferenceWheneverThePartsDoNotAddUp() {
    qt().forAll(lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 8), integers().between(0, 8_000_000))
        .checkAssert((parts, whole) -> {
          Map<String, Quantity> m = new LinkedHashMap<>();
          long sum = 0;
          for (int i = 0; i < parts.size(); i++) {
            m.put("p" + i, Quantity.of(parts.get(i), Units.YUAN));
            sum += parts.get(i);
          }
          Breakdown b = Breakdown.ofExactly(Text.of("uses"), m, Quantity.of(whole, Units.YUAN));
          PlanCheck c = plan("乡", TOWNSHIP).addBreakdowns(b).build().check().of(CheckRule.BREAKDOWN).get(0);
          assertThat(c.difference()).contains(Quantity.of(sum - whole, Units.YUAN));
          assertThat(c.status()).isEqualTo(sum == whole ? Tristate.MET : Tristate.NOT_MET);
        });
  }

  @Test
  void property_partialBreakdown_neverReportsAShortfallForChildrenItDoesNotList() {
    qt().forAll(lists().of(integers().between(0, 500)).ofSizeBetween(1, 5), integers().between(0, 500))
        .checkAssert((listed, unlisted) -> {
          long sum = listed.stream().mapToLong(Integer::longValue).sum();
          Plan.Builder b = plan("乡", TOWNSHIP).partialBreakdown(true).addTargets(Target.of(Indicators.PEOPLE_EXITED,
              TOWNSHIP, Comparison.AT_LEAST, Quantity.of(sum + unlisted, Units.PERSON), END));
          for (int i = 0; i < listed.size(); i++) {
            b.addChildren(plan("村" + i, VILLAGES.get(i)).addTargets(Target.of(Indicators.PEOPLE_EXITED,
                VILLAGES.get(i), Comparison.AT_LEAST, Quantity.of(listed.get(i), Units.PERSON), END)).build());
          }
          List<PlanCheck> cs = b.build().check().of(CheckRule.PARTS_ADD_UP);
          assertThat(cs).hasSize(1);
          assertThat(cs.get(0).isMet()).isTrue();
          assertThat(cs.get(0).difference()).contains(Quantity.of(-unlisted, Units.PERSON));
        });
  }
}
