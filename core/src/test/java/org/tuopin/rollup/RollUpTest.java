package org.tuopin.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tuopin.basics.Ratio;
import org.tuopin.indicator.Aggregation;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;

class RollUpTest {

  private static final RegionCode TOWNSHIP = RegionCode.parse("511921105000");

  /**
   * A household: village index, size, whether it is eligible to exit, and its recorded exit
   * status: 0 unknown, 1 not exited, 2 exited.
   */
  record H(int village, int size, boolean exit, int status) {
  }

  /**
   * Seed 000: 5 villages, 10,560 people, 603 poor households and 1,807 poor people give
   * incidence 17.11%; with 800 people exited, 9.54%.
   */
  @Test
  void test_seed000Township_incidence17_11_then9_54() {
    long[] population = {2100, 2300, 1960, 2200, 2000};
    assertThat(population[0] + population[1] + population[2] + population[3] + population[4]).isEqualTo(10560);
    // 603 households, 1,807 people: 601 households of 3 and 2 of 2.
    List<Integer> sizes = new ArrayList<>();
    for (int i = 0; i < 601; i++) {
      sizes.add(3);
    }
    sizes.add(2);
    sizes.add(2);
    assertThat(sizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1807);

    RollUp before = rollUp(population, sizes, 0);
    RegionStats t = before.stats(TOWNSHIP).orElseThrow();
    assertThat(t.population()).hasValue(10560);
    assertThat(t.registeredHouseholds()).isEqualTo(603);
    assertThat(t.registeredPoor()).isEqualTo(1807);
    assertThat(t.incidence()).contains(Ratio.of(1807, 10560));
    assertThat(t.incidence().orElseThrow().toPercentString()).isEqualTo("17.11%");

    // 800 people exit: the first 266 households of 3 and one of 2.
    RollUp after = rollUp(population, sizes, 800);
    RegionStats a = after.stats(TOWNSHIP).orElseThrow();
    assertThat(a.exitEligiblePeople()).isEqualTo(800);
    assertThat(a.remainingPoor()).isEqualTo(1007);
    assertThat(a.incidence().orElseThrow().toPercentString()).isEqualTo("9.54%");
    assertThat(a.incidence().orElseThrow().toDecimal(4)).hasToString("0.0954");
  }

  private static RollUp rollUp(long[] population, List<Integer> sizes, int exitPeople) {
    RollUp.Builder b = RollUp.builder();
    for (int v = 0; v < population.length; v++) {
      b.village(village(v), population[v]);
    }
    int exited = 0;
    for (int i = 0; i < sizes.size(); i++) {
      int size = sizes.get(i);
      boolean exit = exited + size <= exitPeople && (exitPeople - exited - size != 1);
      if (exit) {
        exited += size;
      }
      b.household(village(i % population.length), size, exit);
    }
    assertThat(exited).isEqualTo(exitPeople);
    return b.build();
  }

  private static RegionCode village(int i) {
    return RegionCode.parse("511921105" + (201 + i));
  }

  @Test
  void test_everyLevelIsBuilt_upToTheProvince() {
    RollUp r = RollUp.builder().village(village(0), 100).household(village(0), 4, false).build();
    assertThat(r.all()).extracting(s -> s.region().level()).containsExactly(RegionLevel.PROVINCE,
        RegionLevel.PREFECTURE, RegionLevel.COUNTY, RegionLevel.TOWNSHIP, RegionLevel.VILLAGE);
    assertThat(r.stats(RegionCode.parse("510000000000")).orElseThrow().registeredPoor()).isEqualTo(4);
  }

  @Test
  void test_zeroPopulation_incidenceUnknown_notAnError() {
    RollUp r = RollUp.builder().village(village(0), 0).build();
    assertThat(r.stats(village(0)).orElseThrow().incidence()).isEmpty();
    assertThat(r.stats(TOWNSHIP).orElseThrow().incidence()).isEmpty();
  }

  @Test
  void test_unknownPopulation_makesTheParentsPopulationUnknown() {
    RollUp r = RollUp.builder().village(village(0), 1000).household(village(1), 3, false).build();
    assertThat(r.stats(village(0)).orElseThrow().incidence()).contains(Ratio.of(0, 1000));
    assertThat(r.stats(village(1)).orElseThrow().population()).isEmpty();
    assertThat(r.stats(TOWNSHIP).orElseThrow().population()).isEmpty();
    assertThat(r.stats(TOWNSHIP).orElseThrow().incidence()).isEmpty();
    assertThat(r.stats(TOWNSHIP).orElseThrow().registeredPoor()).isEqualTo(3);
  }

  @Test
  void test_badInput_isRejectedWithTheValue() {
    assertThatThrownBy(() -> RollUp.builder().village(TOWNSHIP, 10)).hasMessageContaining("511921105000");
    assertThatThrownBy(() -> RollUp.builder().village(village(0), 10).village(village(0), 11))
        .hasMessageContaining("already");
    assertThatThrownBy(() -> RollUp.builder().household(village(0), 0, false)).hasMessageContaining("0");
  }

  @Test
  void test_figuresDeclareHowTheyAggregate() {
    assertThat(Indicators.RURAL_POPULATION.aggregation()).isEqualTo(Aggregation.SUM);
    assertThat(Indicators.INCIDENCE.aggregation()).isEqualTo(Aggregation.RATE);
    assertThat(Indicators.INCIDENCE.numerator()).contains(Indicators.REMAINING_POOR);
    assertThat(Indicators.INCIDENCE.denominator()).contains(Indicators.RURAL_POPULATION);
  }

  // ---- properties ----

  /** Villages in two townships of two counties, so every level has more than one part. */
  private static final RegionCode[] VILLAGES = {
      RegionCode.parse("511921105201"), RegionCode.parse("511921105202"), RegionCode.parse("511921106201"),
      RegionCode.parse("511922105201"), RegionCode.parse("430124105201"), RegionCode.parse("430124105202")};

  private static Gen<List<H>> households() {
    Gen<H> h = integers().between(0, VILLAGES.length - 1)
        .zip(integers().between(1, 8), integers().between(0, 5), (v, s, e) -> new H(v, s, e % 2 == 1, e / 2));
    return lists().of(h).ofSizeBetween(0, 60);
  }

  private static RollUp build(List<H> hs, long seed) {
    RollUp.Builder b = RollUp.builder();
    for (int v = 0; v < VILLAGES.length; v++) {
      b.village(VILLAGES[v], 500 + v * 97L);
    }
    List<H> order = new ArrayList<>(hs);
    Collections.shuffle(order, new Random(seed));
    for (H h : order) {
      if (h.status() == 0) {
        b.household(VILLAGES[h.village()], h.size(), h.exit());
      } else {
        b.household(VILLAGES[h.village()], h.size(), h.exit(), h.status() == 2);
      }
    }
    return b.build();
  }

  @Test
  void property_rollUpDoesNotDependOnHouseholdOrder() {
    qt().withFixedSeed(20261124L).withExamples(500).forAll(households(), integers().all())
        .check((hs, seed) -> build(hs, seed).all().equals(build(hs, 0).all()));
  }

  @Test
  void property_everyRegionIsTheSumOfItsChildren() {
    qt().withFixedSeed(20261124L).withExamples(500).forAll(households()).check(hs -> {
      RollUp r = build(hs, 1);
      for (RegionStats parent : r.all()) {
        List<RegionStats> children = r.children(parent.region());
        if (parent.region().level() == RegionLevel.VILLAGE) {
          continue;
        }
        for (Indicator f : RegionStats.indicators()) {
          if (f.aggregation() == Aggregation.SUM) {
            boolean known = children.stream().allMatch(c -> c.count(f).isPresent());
            long sum = children.stream().mapToLong(c -> c.count(f).orElse(0)).sum();
            if (known ? parent.count(f).orElseThrow() != sum : parent.count(f).isPresent()) {
              return false;
            }
          }
        }
      }
      long people = hs.stream().mapToLong(H::size).sum();
      return r.level(RegionLevel.PROVINCE).stream().mapToLong(RegionStats::registeredPoor).sum() == people;
    });
  }

  @Test
  void property_parentIncidenceLiesBetweenItsChildren() {
    qt().withFixedSeed(20261124L).withExamples(500).forAll(households()).check(hs -> {
      RollUp r = build(hs, 2);
      for (RegionStats parent : r.all()) {
        List<RegionStats> children = r.children(parent.region());
        if (children.isEmpty()) {
          continue;
        }
        Ratio p = parent.incidence().orElseThrow();
        Ratio min = children.stream().map(c -> c.incidence().orElseThrow()).min(Ratio::compareTo).orElseThrow();
        Ratio max = children.stream().map(c -> c.incidence().orElseThrow()).max(Ratio::compareTo).orElseThrow();
        if (p.compareTo(min) < 0 || p.compareTo(max) > 0) {
          return false;
        }
      }
      return true;
    });
  }
}
