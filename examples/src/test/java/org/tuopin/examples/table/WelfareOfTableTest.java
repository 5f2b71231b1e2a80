package org.tuopin.examples.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.measure.GroupMeasures;
import org.tuopin.measure.Measure;
import org.tuopin.measure.MeasureTable;
import org.tuopin.measure.Measures;
import org.tuopin.measure.Welfare;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Household;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.table.HouseholdTable;

/**
 * The measures read the columnar table directly (one record per household, weighted by its
 * size) and give the figures of the object path (one record per person), for every measure,
 * in total and by township, on the clean and the broken sample.
 */
class WelfareOfTableTest {

  @Test
  public void test_ofTable_givesTheObjectPathsMeasures() throws Exception {
    StandardSet national = StandardSets.of("cn.national");
    for (String file : new String[] {"data/roster.csv", "data/roster-broken.csv"}) {
      RosterImport roster = RosterReader.create().read(Path.of(file));
      // the object path's people: complete households of the years the standard covers
      List<Household> covered = roster.households().stream()
          .filter(h -> national.effectiveYears().contains(h.income().year())).toList();
      HouseholdTable table = HouseholdTable.read(Path.of(file));
      Welfare columns = Welfare.ofTable(table, national, null);
      Welfare people = Welfare.ofHouseholds(covered, national, Welfare.ungrouped());
      for (double alpha : new double[] {0, 1, 2}) {
        assertThat(Measures.fgt(columns, alpha)).as("%s FGT%s", file, alpha)
            .isCloseTo(Measures.fgt(people, alpha), within(1e-12));
      }
      assertThat(Measures.watts(columns)).isCloseTo(Measures.watts(people), within(1e-12));
      assertThat(Measures.gini(columns)).isCloseTo(Measures.gini(people), within(1e-12));
      assertThat(Measures.theil(columns).orElseThrow()).isCloseTo(Measures.theil(people).orElseThrow(), within(1e-12));
      assertThat(Measures.mld(columns).orElseThrow()).isCloseTo(Measures.mld(people).orElseThrow(), within(1e-12));

      MeasureTable byTable = Measures.byGroup(Welfare.ofTable(table, national, RegionLevel.VILLAGE));
      MeasureTable byPeople = Measures.byGroup(
          Welfare.ofHouseholds(covered, national, Welfare.byRegion(RegionLevel.VILLAGE)));
      assertThat(byTable.groups()).extracting(GroupMeasures::group)
          .containsExactlyInAnyOrderElementsOf(byPeople.groups().stream().map(GroupMeasures::group).toList());
      for (GroupMeasures g : byPeople.groups()) {
        GroupMeasures t = byTable.group(g.group()).orElseThrow();
        assertThat(t.population()).isEqualTo(g.population());
        for (Measure m : new Measure[] {Measure.FGT0, Measure.FGT1, Measure.FGT2, Measure.WATTS, Measure.GINI}) {
          assertThat(t.value(m).orElseThrow()).as("%s %s %s", file, g.group(), m)
              .isCloseTo(g.value(m).orElseThrow(), within(1e-12));
        }
      }
      assertThat(covered.stream().mapToInt(Household::size).sum())
          .isEqualTo((int) byTable.all().population());
    }
  }
}
