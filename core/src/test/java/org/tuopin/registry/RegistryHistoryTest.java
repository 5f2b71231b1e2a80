package org.tuopin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.tuopin.registry.ExitStatus.EXITED;
import static org.tuopin.registry.ExitStatus.EXITED_WITH_POLICY;
import static org.tuopin.registry.ExitStatus.NOT_EXITED;
import static org.tuopin.registry.RegistryFixtures.V1;
import static org.tuopin.registry.RegistryFixtures.V2;
import static org.tuopin.registry.RegistryFixtures.V3;
import static org.tuopin.registry.RegistryFixtures.V4;
import static org.tuopin.registry.RegistryFixtures.household;

import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;

class RegistryHistoryTest {

  /*
   * The hand-built history, households by year (status code, village, size):
   *   A: 2016 0 V1 3, 2017 0 V1 3, 2018 1 V1 3    still poor, then exited
   *   B: 2016 0 V1 4, 2017 1 V1 4, 2018 3 V1 4    exited, then returned (返贫)
   *   C: 2016 1 V2 2, 2017 4 V2 2, 2018 4 V2 2    stayed exited
   *   D: 2016 0 V2 5, -, -                        removed in 2017
   *   E: -, 2017 (none) V3 1, 2018 0 V3 1         new in 2017, still poor (no status = poor)
   *   F: 2016 0 V3 2, 2017 3 V3 2, 2018 3 V3 2    returned within 2016-2017, then still poor
   *   G: -, -, 2018 0 V4 3                        new in 2018, another county
   *   H: -, 2017 0 V1 2, 2018 1 V2 2              new in 2017, relocated and exited in 2018
   */
  private static final Registry Y2016 = Registry.of(2016, List.of(
      household("A", V1, 3, NOT_EXITED, 2016),
      household("B", V1, 4, NOT_EXITED, 2016),
      household("C", V2, 2, EXITED_WITH_POLICY, 2016),
      household("D", V2, 5, NOT_EXITED, 2016),
      household("F", V3, 2, NOT_EXITED, 2016)));
  private static final Registry Y2017 = Registry.of(2017, List.of(
      household("A", V1, 3, NOT_EXITED, 2017),
      household("B", V1, 4, EXITED_WITH_POLICY, 2017),
      household("C", V2, 2, EXITED, 2017),
      household("E", V3, 1, Optional.empty(), 2017),
      household("F", V3, 2, ExitStatus.RETURNED, 2017),
      household("H", V1, 2, NOT_EXITED, 2017)));
  private static final Registry Y2018 = Registry.of(2018, List.of(
      household("A", V1, 3, EXITED_WITH_POLICY, 2018),
      household("B", V1, 4, ExitStatus.RETURNED, 2018),
      household("C", V2, 2, EXITED, 2018),
      household("E", V3, 1, NOT_EXITED, 2018),
      household("F", V3, 2, ExitStatus.RETURNED, 2018),
      household("G", V4, 3, NOT_EXITED, 2018),
      household("H", V2, 2, EXITED_WITH_POLICY, 2018)));
  private static final RegistryHistory HISTORY = RegistryHistory.of(List.of(Y2018, Y2016, Y2017));

  private static final RegionCode COUNTY = V1.at(RegionLevel.COUNTY);
  private static final RegionCode OTHER_COUNTY = V4.at(RegionLevel.COUNTY);

  private static Map<String, Transition> byId(List<HouseholdTransition> transitions) {
    return transitions.stream().collect(Collectors.toMap(t -> t.id().toString(), HouseholdTransition::transition));
  }

  private static HouseholdTransition find(List<HouseholdTransition> transitions, String id) {
    return transitions.stream().filter(t -> t.id().equals(HouseholdId.of(id))).findFirst().orElseThrow();
  }

  @Test
  void test_of_sortsSnapshotsByYear() {
    assertThat(HISTORY.years()).containsExactly(2016, 2017, 2018);
    assertThat(HISTORY.snapshots()).containsExactly(Y2016, Y2017, Y2018);
    assertThat(HISTORY.snapshot(2017)).contains(Y2017);
    assertThat(HISTORY.snapshot(2015)).isEmpty();
    assertThat(HISTORY).isEqualTo(RegistryHistory.of(List.of(Y2016, Y2017, Y2018)));
    assertThat(HISTORY).hasToString("RegistryHistory{years=[2016, 2017, 2018]}");
  }

  @Test
  void test_of_rejectsTwoSnapshotsOfOneYear() {
    assertThatThrownBy(() -> RegistryHistory.of(List.of(Y2016, Y2017, Registry.of(2017, List.of()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2017");
  }

  @Test
  void test_of_emptyHistory() {
    RegistryHistory empty = RegistryHistory.of(List.of());
    assertThat(empty.years()).isEmpty();
    assertThat(empty.snapshot(2016)).isEmpty();
  }

  @Test
  void test_transitions_2016to2017() {
    List<HouseholdTransition> t = HISTORY.transitions(2016, 2017);
    assertThat(t).extracting(x -> x.id().toString()).containsExactly("A", "B", "C", "D", "E", "F", "H");
    assertThat(byId(t)).containsOnly(
        entry("A", Transition.STILL_POOR),
        entry("B", Transition.EXITED),
        entry("C", Transition.STAYED_EXITED),
        entry("D", Transition.REMOVED),
        entry("E", Transition.NEWLY_IDENTIFIED),
        entry("F", Transition.RETURNED),
        entry("H", Transition.NEWLY_IDENTIFIED));
  }

  @Test
  void test_transitions_2017to2018() {
    List<HouseholdTransition> t = HISTORY.transitions(2017, 2018);
    assertThat(byId(t)).containsOnly(
        entry("A", Transition.EXITED),
        entry("B", Transition.RETURNED),
        entry("C", Transition.STAYED_EXITED),
        entry("E", Transition.STILL_POOR),
        entry("F", Transition.STILL_POOR),
        entry("G", Transition.NEWLY_IDENTIFIED),
        entry("H", Transition.EXITED));
  }

  @Test
  void test_transitions_returnedAfterExit_carriesBothStatuses() {
    HouseholdTransition b = find(HISTORY.transitions(2017, 2018), "B");
    assertThat(b.transition()).isEqualTo(Transition.RETURNED);
    assertThat(b.statusBefore()).contains(EXITED_WITH_POLICY);
    assertThat(b.statusAfter()).contains(ExitStatus.RETURNED);
    assertThat(b.village()).isEqualTo(V1);
    assertThat(b.people()).isEqualTo(4);
  }

  @Test
  void test_transitions_status3NewlyRecorded_isReturned_butKeptIsStillPoor() {
    assertThat(find(HISTORY.transitions(2016, 2017), "F").transition()).isEqualTo(Transition.RETURNED);
    assertThat(find(HISTORY.transitions(2017, 2018), "F").transition()).isEqualTo(Transition.STILL_POOR);
  }

  @Test
  void test_transitions_noStatusRecorded_isPoor() {
    HouseholdTransition e = find(HISTORY.transitions(2017, 2018), "E");
    assertThat(e.statusBefore()).isEmpty();
    assertThat(e.statusAfter()).contains(NOT_EXITED);
    assertThat(e.transition()).isEqualTo(Transition.STILL_POOR);
  }

  @Test
  void test_transitions_removed_takesEarlierVillageAndPeople() {
    HouseholdTransition d = find(HISTORY.transitions(2016, 2017), "D");
    assertThat(d.transition()).isEqualTo(Transition.REMOVED);
    assertThat(d.village()).isEqualTo(V2);
    assertThat(d.people()).isEqualTo(5);
    assertThat(d.statusBefore()).contains(NOT_EXITED);
    assertThat(d.statusAfter()).isEmpty();
  }

  @Test
  void test_transitions_relocated_takesLaterVillage() {
    HouseholdTransition h = find(HISTORY.transitions(2017, 2018), "H");
    assertThat(h.village()).isEqualTo(V2);
  }

  @Test
  void test_transitions_nonConsecutiveYears() {
    assertThat(byId(HISTORY.transitions(2016, 2018))).containsOnly(
        entry("A", Transition.EXITED),
        entry("B", Transition.RETURNED),
        entry("C", Transition.STAYED_EXITED),
        entry("D", Transition.REMOVED),
        entry("E", Transition.NEWLY_IDENTIFIED),
        entry("F", Transition.RETURNED),
        entry("G", Transition.NEWLY_IDENTIFIED),
        entry("H", Transition.NEWLY_IDENTIFIED));
  }

  @Test
  void test_transitions_rejectsMissingYearAndWrongOrder() {
    assertThatThrownBy(() -> HISTORY.transitions(2015, 2016))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2015")
        .hasMessageContaining("[2016, 2017, 2018]");
    assertThatThrownBy(() -> HISTORY.transitions(2018, 2017))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2018");
    assertThatThrownBy(() -> HISTORY.transitions(2017, 2017))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_counts_perVillage() {
    ImmutableSortedMap<RegionCode, TransitionCounts> villages = HISTORY.counts(2017, 2018, RegionLevel.VILLAGE);
    assertThat(villages.keySet()).containsExactly(V1, V2, V3, V4);
    assertThat(villages.get(V1)).isEqualTo(TransitionCounts.of(
        Map.of(Transition.EXITED, 1L, Transition.RETURNED, 1L),
        Map.of(Transition.EXITED, 3L, Transition.RETURNED, 4L)));
    assertThat(villages.get(V2)).isEqualTo(TransitionCounts.of(
        Map.of(Transition.STAYED_EXITED, 1L, Transition.EXITED, 1L),
        Map.of(Transition.STAYED_EXITED, 2L, Transition.EXITED, 2L)));
    assertThat(villages.get(V3).households(Transition.STILL_POOR)).isEqualTo(2);
    assertThat(villages.get(V3).people(Transition.STILL_POOR)).isEqualTo(3);
    assertThat(villages.get(V4).households()).containsOnly(entry(Transition.NEWLY_IDENTIFIED, 1L));
  }

  @Test
  void test_counts_perCounty_equalSumOfItsVillages() {
    ImmutableSortedMap<RegionCode, TransitionCounts> counties = HISTORY.counts(2017, 2018, RegionLevel.COUNTY);
    assertThat(counties.keySet()).containsExactly(COUNTY, OTHER_COUNTY);
    TransitionCounts county = counties.get(COUNTY);
    assertThat(county.households()).containsExactly(
        entry(Transition.STILL_POOR, 2L),
        entry(Transition.EXITED, 2L),
        entry(Transition.RETURNED, 1L),
        entry(Transition.STAYED_EXITED, 1L));
    assertThat(county.people()).containsExactly(
        entry(Transition.STILL_POOR, 3L),
        entry(Transition.EXITED, 5L),
        entry(Transition.RETURNED, 4L),
        entry(Transition.STAYED_EXITED, 2L));
    assertThat(county.totalHouseholds()).isEqualTo(6);
    assertThat(county.totalPeople()).isEqualTo(14);

    TransitionCounts sum = TransitionCounts.empty();
    for (Map.Entry<RegionCode, TransitionCounts> e : HISTORY.counts(2017, 2018, RegionLevel.VILLAGE).entrySet()) {
      if (COUNTY.contains(e.getKey())) {
        sum = sum.plus(e.getValue());
      }
    }
    assertThat(sum).isEqualTo(county);
  }

  @Test
  void test_counts_removedCountedWithEarlierPeople() {
    TransitionCounts county = HISTORY.counts(2016, 2017, RegionLevel.COUNTY).get(COUNTY);
    assertThat(county.households(Transition.REMOVED)).isEqualTo(1);
    assertThat(county.people(Transition.REMOVED)).isEqualTo(5);
    assertThat(county.households(Transition.NEWLY_IDENTIFIED)).isEqualTo(2);
    assertThat(county.people(Transition.NEWLY_IDENTIFIED)).isEqualTo(3);
  }

  @Test
  void test_counts_rejectsNullLevel() {
    assertThatThrownBy(() -> HISTORY.counts(2016, 2017, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("level");
  }

  @Test
  void test_consecutiveYears_gapBreaksTheRun() {
    // 长沙's rule: meeting the standard two consecutive years. Snapshots 2015, 2016, 2018, 2019, 2020.
    Predicate<Household> meets = h -> h.perCapitaNetIncome().compareTo(Yuan.of(4000)) >= 0;
    RegistryHistory history = RegistryHistory.of(List.of(
        Registry.of(2015, List.of(household("K", V1, 2, Optional.empty(), 2015, 4500))),
        Registry.of(2016, List.of(household("K", V1, 2, Optional.empty(), 2016, 4500))),
        Registry.of(2018, List.of(household("K", V1, 2, Optional.empty(), 2018, 4500))),
        Registry.of(2019, List.of(household("K", V1, 2, Optional.empty(), 2019, 4500))),
        Registry.of(2020, List.of(household("K", V1, 2, Optional.empty(), 2020, 3900)))));
    HouseholdId k = HouseholdId.of("K");
    assertThat(history.consecutiveYears(k, 2016, meets)).isEqualTo(2);
    assertThat(history.consecutiveYears(k, 2018, meets)).isEqualTo(1);
    assertThat(history.consecutiveYears(k, 2019, meets)).isEqualTo(2);
    assertThat(history.consecutiveYears(k, 2020, meets)).isZero();
    assertThat(history.consecutiveYears(HouseholdId.of("Z"), 2019, meets)).isZero();
    assertThatThrownBy(() -> history.consecutiveYears(k, 2017, meets))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2017");
  }

  @Test
  void test_consecutiveYears_absentYearBreaksTheRun() {
    Predicate<Household> exited = h -> !Transition.isPoor(h.exitStatus());
    // C exited in all three years; A exited only in 2018; D absent after 2016.
    assertThat(HISTORY.consecutiveYears(HouseholdId.of("C"), 2018, exited)).isEqualTo(3);
    assertThat(HISTORY.consecutiveYears(HouseholdId.of("A"), 2018, exited)).isEqualTo(1);
    assertThat(HISTORY.consecutiveYears(HouseholdId.of("E"), 2018, h -> true)).isEqualTo(2);
    assertThat(HISTORY.consecutiveYears(HouseholdId.of("D"), 2018, h -> true)).isZero();
  }

  @Test
  void test_householdTransition_rejectsNoPeople() {
    assertThatThrownBy(() -> HouseholdTransition.builder().id(HouseholdId.of("A")).village(V1)
        .transition(Transition.EXITED).people(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A");
  }

  @Test
  void test_transition_labels() {
    assertThat(Transition.RETURNED.label().zh()).isEqualTo("返贫");
    assertThat(Transition.NEWLY_IDENTIFIED.label().en()).isEqualTo("newly identified");
    assertThat(Transition.REMOVED.label().zh()).isEqualTo("清退/移出");
  }

  @Test
  void test_transitionCounts_dropsZerosAndChecksConsistency() {
    TransitionCounts c = TransitionCounts.of(
        Map.of(Transition.EXITED, 2L, Transition.REMOVED, 0L), Map.of(Transition.EXITED, 5L, Transition.REMOVED, 0L));
    assertThat(c).isEqualTo(TransitionCounts.of(Map.of(Transition.EXITED, 2L), Map.of(Transition.EXITED, 5L)));
    assertThat(c.households(Transition.REMOVED)).isZero();
    assertThat(c.plus(TransitionCounts.empty())).isEqualTo(c);
    assertThatThrownBy(() -> TransitionCounts.of(Map.of(Transition.EXITED, 2L), Map.of(Transition.EXITED, 1L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TransitionCounts.of(Map.of(), Map.of(Transition.EXITED, 1L)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TransitionCounts.of(Map.of(Transition.EXITED, -1L), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
