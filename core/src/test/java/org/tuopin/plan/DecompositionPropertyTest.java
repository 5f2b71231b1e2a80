package org.tuopin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.tuopin.plan.PlanFixtures.END;
import static org.tuopin.plan.PlanFixtures.TOWNSHIP;
import static org.tuopin.plan.PlanFixtures.TOWNSHIP_CODE;
import static org.tuopin.plan.PlanFixtures.plan;
import static org.tuopin.testing.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Language;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.region.RegionCode;
import org.tuopin.testing.PlanGenerators;
import org.tuopin.testing.PlanGenerators.Split;

/** 层层分解: a decomposed target adds back up, and any change of a part is reported exactly. */
class DecompositionPropertyTest {

  private static final Indicator ROADS = Indicators.ROADS_HARDENED;

  /** A township plan whose target (in 公里) is split among villages, each part in 米 or 公里. */
  private static Plan township(long wholeMetres, List<Long> partsMetres, Comparison comparison, List<Boolean> inKm) {
    Quantity whole = Quantity.of(wholeMetres, Units.METRE).to(Units.KILOMETRE);
    Plan.Builder b = plan("乡", TOWNSHIP).addTargets(Target.of(ROADS, TOWNSHIP, comparison, whole, END));
    List<RegionCode> villages = PlanGenerators.villages(TOWNSHIP_CODE, partsMetres.size());
    for (int i = 0; i < partsMetres.size(); i++) {
      Quantity part = Quantity.of(partsMetres.get(i), Units.METRE);
      Scope v = Scope.of(villages.get(i));
      b.addChildren(plan("村" + i, v)
          .addTargets(Target.of(ROADS, v, comparison, inKm.get(i) ? part.to(Units.KILOMETRE) : part, END)).build());
    }
    return b.build();
  }

  private static List<Boolean> units(Split s, long seed) {
    List<Boolean> inKm = new ArrayList<>();
    for (int i = 0; i < s.parts().size(); i++) {
      inKm.add(((seed >> i) & 1) == 1);
    }
    return inKm;
  }

  private static PlanCheck partsAddUp(Plan p) {
    List<PlanCheck> checks = p.check().of(CheckRule.PARTS_ADD_UP);
    assertThat(checks).hasSize(1);
    return checks.get(0);
  }

  @Test
  public void property_anySplitOfTheTotalChecksClean() {
    qt().forAll(PlanGenerators.splits(10_000_000_000L, 12), Generate.pick(List.of(Comparison.EXACTLY, Comparison.AT_LEAST)),
        longs().all()).checkAssert((split, comparison, seed) -> {
          Plan p = township(split.whole(), split.parts(), comparison, units(split, seed));
          PlanReview review = p.check();
          assertThat(review.isClean()).as(review.explain(Language.EN)).isTrue();
          PlanCheck c = partsAddUp(p);
          assertThat(c.status()).isEqualTo(Tristate.MET);
          assertThat(c.difference().orElseThrow().isZero()).isTrue();
          assertThat(c.actual().orElseThrow().compareTo(c.expected().orElseThrow())).isZero();
        });
  }

  /** A split, the part to change and a non-zero change that leaves it non-negative. */
  private record Change(Split split, int index, long delta) {
  }

  private static Gen<Change> changes() {
    Gen<Split> splits = PlanGenerators.splits(10_000_000_000L, 12);
    return in -> {
      Split split = splits.generate(in);
      int index = integers().between(0, split.parts().size() - 1).generate(in);
      long part = split.parts().get(index);
      long delta = longs().between(-Math.min(part, 1_000_000), 1_000_000).generate(in);
      return new Change(split, index, delta == 0 ? 1 : delta);
    };
  }

  @Test
  public void property_anyChangeOfOnePartIsReportedWithTheExactDifference() {
    qt().forAll(changes(), Generate.pick(List.of(Comparison.EXACTLY, Comparison.AT_LEAST)), longs().all())
        .checkAssert((change, comparison, seed) -> {
          long delta = change.delta();
          Split split = change.split();
          Plan p = township(split.whole(), split.changed(change.index(), delta), comparison, units(split, seed));
          PlanCheck c = partsAddUp(p);
          Quantity expectedDifference = Quantity.of(delta, Units.METRE);
          assertThat(c.difference().orElseThrow().compareTo(expectedDifference)).isZero();
          assertThat(c.difference().orElseThrow().unit()).isEqualTo(Units.KILOMETRE);
          boolean met = comparison == Comparison.AT_LEAST && delta > 0;
          assertThat(c.status()).isEqualTo(Tristate.of(met));
          assertThat(p.check().isClean()).isEqualTo(met);
          String amount = expectedDifference.to(Units.KILOMETRE).negated().format(Language.EN);
          if (delta < 0) {
            assertThat(c.message().en()).endsWith("short by " + amount);
          }
        });
  }

  @Test
  public void property_aThreeLevelDecompositionAddsUpAtEveryLevel() {
    qt(200).forAll(PlanGenerators.splits(100_000, 6), longs().all(), booleans().all()).checkAssert((split, seed, change) -> {
      // township → villages (the split) → two groups per village (each village's part halved unevenly)
      List<RegionCode> villages = PlanGenerators.villages(TOWNSHIP_CODE, split.parts().size());
      Plan.Builder b = plan("乡", TOWNSHIP).addTargets(Target.of(Indicators.PEOPLE_EXITED, TOWNSHIP,
          Comparison.AT_LEAST, Quantity.of(split.whole(), Units.PERSON), END));
      for (int i = 0; i < villages.size(); i++) {
        long part = split.parts().get(i);
        long first = Math.floorMod(seed >> i, part + 1);
        Scope v = Scope.of(villages.get(i));
        Scope g1 = Scope.ofGroup(villages.get(i), "1");
        Scope g2 = Scope.ofGroup(villages.get(i), "2");
        long second = part - first + (change && i == 0 ? -1 : 0);
        b.addChildren(plan("村" + i, v)
            .addTargets(Target.of(Indicators.PEOPLE_EXITED, v, Comparison.AT_LEAST, Quantity.of(part, Units.PERSON), END))
            .addChildren(
                plan("1组", g1).addTargets(Target.of(Indicators.PEOPLE_EXITED, g1, Comparison.AT_LEAST,
                    Quantity.of(first, Units.PERSON), END)).build(),
                plan("2组", g2).addTargets(Target.of(Indicators.PEOPLE_EXITED, g2, Comparison.AT_LEAST,
                    Quantity.of(second, Units.PERSON), END)).build())
            .build());
      }
      PlanReview review = b.build().check();
      List<PlanCheck> checks = review.of(CheckRule.PARTS_ADD_UP);
      assertThat(checks).hasSize(1 + villages.size());
      if (change) {
        assertThat(review.problems()).extracting(PlanCheck::scope).containsExactly(Scope.of(villages.get(0)));
        assertThat(review.problems().get(0).difference()).contains(Quantity.of(-1, Units.PERSON));
      } else {
        assertThat(review.isClean()).as(review.explain(Language.EN)).isTrue();
      }
    });
  }
}
