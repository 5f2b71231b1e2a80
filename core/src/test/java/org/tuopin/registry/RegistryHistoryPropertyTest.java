package org.tuopin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;

class RegistryHistoryPropertyTest {

  private static final long SEED = 20160101L;

  @Test
  void property_transitionsPartitionTheUnionOfBothSnapshots() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(RegistryFixtures.histories()).checkAssert(history -> {
      List<Integer> years = new ArrayList<>(history.years());
      for (int i = 0; i < years.size(); i++) {
        for (int j = i + 1; j < years.size(); j++) {
          Registry earlier = history.snapshot(years.get(i)).orElseThrow();
          Registry later = history.snapshot(years.get(j)).orElseThrow();
          Set<HouseholdId> union = new HashSet<>(earlier.ids());
          union.addAll(later.ids());
          List<HouseholdTransition> transitions = history.transitions(years.get(i), years.get(j));
          assertThat(transitions).extracting(HouseholdTransition::id)
              .doesNotHaveDuplicates()
              .containsExactlyInAnyOrderElementsOf(union);
          for (HouseholdTransition t : transitions) {
            boolean before = earlier.ids().contains(t.id());
            boolean after = later.ids().contains(t.id());
            assertThat(t.transition() == Transition.NEWLY_IDENTIFIED).isEqualTo(!before);
            assertThat(t.transition() == Transition.REMOVED).isEqualTo(!after);
          }
        }
      }
    });
  }

  @Test
  void property_countsAtEveryLevelEqualTheSumOfVillageCounts() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(RegistryFixtures.histories()).checkAssert(history -> {
      List<Integer> years = new ArrayList<>(history.years());
      for (int i = 0; i + 1 < years.size(); i++) {
        int from = years.get(i);
        int to = years.get(i + 1);
        Map<RegionCode, TransitionCounts> villages = history.counts(from, to, RegionLevel.VILLAGE);
        for (RegionLevel level : List.of(RegionLevel.TOWNSHIP, RegionLevel.COUNTY, RegionLevel.PROVINCE)) {
          Map<RegionCode, TransitionCounts> summed = new TreeMap<>();
          villages.forEach((village, c) -> summed.merge(village.at(level), c, TransitionCounts::plus));
          assertThat(history.counts(from, to, level)).isEqualTo(summed);
        }
        TransitionCounts all = villages.values().stream().reduce(TransitionCounts.empty(), TransitionCounts::plus);
        assertThat(all.totalHouseholds()).isEqualTo(history.transitions(from, to).size());
        Registry later = history.snapshot(to).orElseThrow();
        Registry earlier = history.snapshot(from).orElseThrow();
        long removedPeople = history.transitions(from, to).stream()
            .filter(t -> t.transition() == Transition.REMOVED).mapToLong(HouseholdTransition::people).sum();
        assertThat(all.totalPeople()).isEqualTo(later.people() + removedPeople);
        assertThat(earlier.households().size())
            .isEqualTo(all.totalHouseholds() - all.households(Transition.NEWLY_IDENTIFIED));
      }
    });
  }

  @Test
  void property_consecutiveYearsNeverExceedsTheYearsHeldAndStopsAtGaps() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(RegistryFixtures.histories()).checkAssert(history -> {
      for (int year : history.years()) {
        for (Household h : history.snapshot(year).orElseThrow().households()) {
          int run = history.consecutiveYears(h.id(), year, x -> true);
          assertThat(run).isBetween(1, year - history.years().first() + 1);
          for (int k = 0; k < run; k++) {
            assertThat(history.snapshot(year - k).flatMap(r -> r.household(h.id()))).isPresent();
          }
          assertThat(history.snapshot(year - run).flatMap(r -> r.household(h.id()))).isEmpty();
        }
      }
    });
  }
}
