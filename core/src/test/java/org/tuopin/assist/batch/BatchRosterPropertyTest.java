package org.tuopin.assist.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tuopin.testing.Theories.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tuopin.basics.YearRange;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Household;
import org.tuopin.testing.Generators;

/** Properties of classing households into strategy batches, on generated households. */
class BatchRosterPropertyTest {

  private static final HouseholdFacts FACTS = HouseholdFacts.of(LocalDate.of(2016, 12, 31));

  private static Gen<List<Household>> households() {
    Gen<Household> one = Generators.households(YearRange.of(2015, 2016));
    return in -> {
      List<Household> hs = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      int n = org.quicktheories.generators.SourceDSL.integers().between(0, 30).generate(in);
      for (int i = 0; i < n; i++) {
        Household h = one.generate(in);
        if (ids.add(h.id().toString())) {
          hs.add(h);
        }
      }
      return hs;
    };
  }

  @Test
  void property_aSuggestionNeverDependsOnMemberOrder() {
    qt(300).forAll(Generators.reorderedPairs(Generators.households(YearRange.of(2015, 2016)))).checkAssert(pair -> {
      for (StrategyTaxonomy t : StrategyTaxonomies.all()) {
        assertThat(t.suggest(pair._2, FACTS)).isEqualTo(t.suggest(pair._1, FACTS));
      }
    });
  }

  @Test
  void property_everyPoorHouseholdIsInABatchOfABuiltInTaxonomy() {
    qt(200).forAll(households()).checkAssert(hs -> {
      for (StrategyTaxonomy t : StrategyTaxonomies.all()) {
        BatchRoster roster = t.classify(hs, FACTS);
        assertThat(roster.entries()).hasSize((int) hs.stream().filter(Household::isPoor).count());
        assertThat(roster.unbatched()).isEmpty();
        for (BatchEntry e : roster.entries()) {
          assertThat(e.strategies()).isNotEmpty().doesNotHaveDuplicates();
          assertThat(e.primary()).isEqualTo(e.suggestion().primary());
        }
      }
    });
  }

  @Test
  void property_regionCountsAddUpToTheWhole() {
    qt(200).forAll(households()).checkAssert(hs -> {
      BatchRoster roster = StrategyTaxonomies.FIVE_BATCHES.classify(hs, FACTS);
      BatchCounts all = roster.counts();
      for (RegionLevel level : List.of(RegionLevel.PROVINCE, RegionLevel.COUNTY, RegionLevel.VILLAGE)) {
        Map<Strategy, Headcount> summed = new TreeMap<>();
        Headcount registered = Headcount.ZERO;
        for (Map.Entry<RegionCode, BatchCounts> e : roster.countsBy(level).entrySet()) {
          e.getValue().counts().forEach((s, c) -> summed.merge(s, c, Headcount::plus));
          registered = registered.plus(e.getValue().registered().orElseThrow());
        }
        for (Strategy s : StrategyTaxonomies.FIVE_BATCHES.strategies()) {
          assertThat(summed.getOrDefault(s, Headcount.ZERO)).as("%s at %s", s, level).isEqualTo(all.count(s));
        }
        assertThat(registered).isEqualTo(all.registered().orElseThrow());
      }
      long memberships = roster.entries().stream().mapToLong(e -> e.strategies().size()).sum();
      assertThat(all.sum().households()).isEqualTo(memberships);
      assertThat(all.excess().orElseThrow().households())
          .isEqualTo(memberships - roster.entries().size());
      assertThat((long) roster.overlaps().size()).isGreaterThanOrEqualTo(all.minimumOverlappingHouseholds().getAsLong())
          .isLessThanOrEqualTo(all.excess().orElseThrow().households());
    });
  }
}
