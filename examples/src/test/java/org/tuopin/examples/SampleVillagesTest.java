package org.tuopin.examples;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.summingInt;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.io.VillageImport;
import org.tuopin.io.VillageReader;
import org.tuopin.region.RegionCode;
import org.tuopin.region.Zone;
import org.tuopin.registry.Household;
import org.tuopin.village.Facilities;
import org.tuopin.village.Village;

/** The bundled village sample (data/villages.csv) reads cleanly and agrees with the roster sample. */
class SampleVillagesTest {

  private static final Path VILLAGES = Path.of("data/villages.csv");
  private static final Path ROSTER = Path.of("data/roster.csv");

  @Test
  void test_villagesSample_isCleanAndMatchesTheRosterVillages() throws IOException {
    VillageImport villages = VillageReader.create().read(VILLAGES);
    assertThat(villages.errors()).isEmpty();
    assertThat(villages.unknownColumns()).isEmpty();
    assertThat(villages.summary()).isEqualTo("rows: 5 read, 5 accepted, 0 rejected");

    RosterImport roster = RosterReader.create().read(ROSTER);
    Map<RegionCode, Integer> people = roster.households().stream()
        .collect(groupingBy(Household::village, TreeMap::new, summingInt(Household::size)));
    Map<RegionCode, Long> households = roster.households().stream()
        .collect(groupingBy(Household::village, TreeMap::new, counting()));
    assertThat(villages.villages()).extracting(Village::code).containsExactlyElementsOf(people.keySet());
    assertThat(people.values()).containsExactly(72, 76, 83, 76, 72);

    for (Village v : villages.villages()) {
      assertThat(v.code().parent()).map(Object::toString).contains("511921105000");
      assertThat(v.zone()).isEqualTo(Zone.WEST);
      assertThat(v.name()).isPresent();
      assertThat(v.population()).isBetween(1800L, 2600L).isGreaterThan(people.get(v.code()));
      assertThat(v.households().orElseThrow()).isGreaterThan(households.get(v.code()));
      assertThat(v.disposableIncome()).isPresent();
    }
    assertThat(villages.villages().stream().mapToLong(Village::population).sum()).isEqualTo(10_560);
  }

  @Test
  void test_villagesSample_coversTheEdgesOfTheVillageStandards() throws IOException {
    VillageImport villages = VillageReader.create().read(VILLAGES);
    Yuan tenThousand = Yuan.of(10_000);
    assertThat(villages.villages()).extracting(v -> v.collectiveIncome().orElseThrow().compareTo(tenThousand))
        .contains(0).anyMatch(c -> c > 0).anyMatch(c -> c < 0)
        .filteredOn(c -> c == 0).hasSize(1);
    long unknown = villages.villages().stream()
        .flatMap(v -> Facilities.all().stream().map(v::facility)).filter(t -> t == Tristate.UNKNOWN).count();
    long notMet = villages.villages().stream()
        .flatMap(v -> Facilities.all().stream().map(v::facility)).filter(t -> t == Tristate.NOT_MET).count();
    assertThat(unknown).isEqualTo(4);
    assertThat(notMet).isPositive();
  }
}
