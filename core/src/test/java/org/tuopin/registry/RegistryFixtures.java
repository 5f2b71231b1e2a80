package org.tuopin.registry;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;

/**
 * Households, snapshots and histories for the registry tests: hand-built ones and QuickTheories
 * generators of random histories.
 */
final class RegistryFixtures {

  /** A village of 通江县's township 105. */
  static final RegionCode V1 = RegionCode.parse("511921105201");
  /** Another village of the same township. */
  static final RegionCode V2 = RegionCode.parse("511921105202");
  /** A village of another township of the same county. */
  static final RegionCode V3 = RegionCode.parse("511921203001");
  /** A village of another county. */
  static final RegionCode V4 = RegionCode.parse("511922100001");
  /** A village of another province. */
  static final RegionCode V5 = RegionCode.parse("430121100001");

  static final List<RegionCode> VILLAGES = List.of(V1, V2, V3, V4, V5);

  private RegistryFixtures() {
  }

  /**
   * A household of {@code size} members (householder first) with the income of the year
   * before {@code year}.
   */
  static Household household(String id, RegionCode village, int size, Optional<ExitStatus> status, int year,
      long perCapitaIncome) {
    Household.Builder b = Household.builder();
    b.id(HouseholdId.of(id)).village(village)
        .income(IncomeStatement.of(year - 1, Yuan.of(perCapitaIncome * size), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO,
            Yuan.ZERO))
        .exitStatus(status);
    for (int i = 0; i < size; i++) {
      b.addMembers(Member.of(PersonId.of(id + "-P" + i), i == 0 ? Relation.HOUSEHOLDER : Relation.OTHER));
    }
    return b.build();
  }

  static Household household(String id, RegionCode village, int size, Optional<ExitStatus> status, int year) {
    return household(id, village, size, status, year, 2000);
  }

  static Household household(String id, RegionCode village, int size, ExitStatus status, int year) {
    return household(id, village, size, Optional.of(status), year);
  }

  // ---- generators ----

  /** One household's record in one year: village index, status index (4 = none), size. */
  private static final class State {
    final int village;
    final int status;
    final int size;

    State(int village, int status, int size) {
      this.village = village;
      this.status = status;
      this.size = size;
    }
  }

  private static final int FIRST_YEAR = 2014;
  private static final int YEARS = 6;
  private static final int IDS = 8;

  private static Gen<Optional<State>> states() {
    Gen<State> state = integers().between(0, VILLAGES.size() - 1)
        .zip(integers().between(0, ExitStatus.values().length), integers().between(1, 6), State::new);
    return state.toOptionals(30);
  }

  /**
   * Random histories: a random subset of the years 2014-2019 (gaps included), each snapshot a
   * random subset of eight household ids, each household in a random village of two counties
   * and a second province, with a random exit status or none and one to six members.
   */
  static Gen<RegistryHistory> histories() {
    Gen<List<Optional<State>>> snapshot = lists().of(states()).ofSize(IDS);
    Gen<List<Optional<List<Optional<State>>>>> years = lists().of(snapshot.toOptionals(25)).ofSize(YEARS);
    return years.map(RegistryFixtures::history).describedAs(RegistryFixtures::describe);
  }

  private static RegistryHistory history(List<Optional<List<Optional<State>>>> years) {
    List<Registry> snapshots = new ArrayList<>();
    for (int y = 0; y < years.size(); y++) {
      int year = FIRST_YEAR + y;
      years.get(y).ifPresent(states -> {
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
          int index = i;
          states.get(i).ifPresent(s -> households.add(household("H" + index, VILLAGES.get(s.village), s.size,
              s.status == ExitStatus.values().length ? Optional.empty()
                  : Optional.of(ExitStatus.values()[s.status]), year)));
        }
        snapshots.add(Registry.of(year, households));
      });
    }
    return RegistryHistory.of(snapshots);
  }

  private static String describe(RegistryHistory history) {
    StringBuilder b = new StringBuilder();
    for (Registry r : history.snapshots()) {
      b.append(r.year()).append(':');
      for (Household h : r.households()) {
        b.append(' ').append(h.id()).append('@').append(h.village()).append('/').append(h.size())
            .append('/').append(h.exitStatus().map(ExitStatus::code).orElse("-"));
      }
      b.append('\n');
    }
    return b.toString();
  }
}
