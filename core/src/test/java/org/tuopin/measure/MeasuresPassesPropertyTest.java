package org.tuopin.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tuopin.basics.Comparison;

/**
 * The measures taken in shared passes (groups beside the total, one sort for Gini and SST, a
 * chosen set of measures) equal the measures of each part taken on its own: exactly, but for a
 * group's Theil and MLD, whose logarithms are the column's shifted (to 10⁻¹³); with a fixed
 * seed.
 */
class MeasuresPassesPropertyTest {

  private static final long SEED = 20261129L;
  private static final double[] LINES = {2300, 2952, 2995};

  /** Records of whole-fen incomes (some 0 or negative), whole weights, a line of three and a group of four. */
  private static Gen<int[][]> records() {
    return lists().of(integers().between(-50_000, 800_000).zip(integers().between(0, 6), integers().between(0, 2),
        integers().between(0, 3), (f, w, z, g) -> new int[] {f, w, z, g})).ofSizeBetween(1, 120)
        .map(l -> l.toArray(new int[0][]));
  }

  private static Welfare welfare(int[][] r, boolean perRecordLines, boolean positive) {
    double[] y = new double[r.length];
    double[] w = new double[r.length];
    double[] z = new double[r.length];
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < r.length; i++) {
      y[i] = (positive ? Math.abs(r[i][0]) + 1 : r[i][0]) / 100.0;
      w[i] = r[i][1];
      z[i] = LINES[perRecordLines ? r[i][2] : 2];
      groups.add("g" + r[i][3]);
    }
    return Welfare.of(y, w).withLines(z).withGroups(groups);
  }

  @Test
  void property_groupsBesideTheTotal_equalEachGroupOnItsOwn() {
    qt().withFixedSeed(SEED).withExamples(400).forAll(records(), integers().between(0, 7)).check((r, mode) -> {
      Welfare w = welfare(r, (mode & 1) == 0, (mode & 2) == 0);
      if ((mode & 4) != 0) {
        w = w.withPoorWhen(Comparison.AT_MOST);
      }
      MeasureTable table = Measures.byGroup(w);
      assertThat(table.all()).isEqualTo(Measures.measure(w));
      for (String g : w.groupNames()) {
        GroupMeasures alone = Measures.measure(w.group(g));
        GroupMeasures beside = table.group(g).orElseThrow();
        for (Measure m : Measure.values()) {
          if (m == Measure.THEIL || m == Measure.MLD) {
            // beside the column, a group's ln(y/μᵍ) is the column's ln(y/μ) shifted by ln(μ/μᵍ)
            assertThat(beside.value(m).isPresent()).isEqualTo(alone.value(m).isPresent());
            if (alone.value(m).isPresent()) {
              assertThat(beside.value(m).getAsDouble()).as("%s %s", g, m)
                  .isCloseTo(alone.value(m).getAsDouble(), within(1e-13));
            }
          } else {
            assertThat(beside.value(m)).as("%s %s", g, m).isEqualTo(alone.value(m));
          }
        }
        assertThat(beside.population()).isEqualTo(alone.population());
      }
      return true;
    });
  }

  @Test
  void property_chosenMeasures_equalTheSameMeasuresOfAll() {
    qt().withFixedSeed(SEED).withExamples(200).forAll(records(), integers().between(0, 255)).check((r, bits) -> {
      Welfare w = welfare(r, (bits & 1) == 0, true);
      EnumSet<Measure> chosen = EnumSet.noneOf(Measure.class);
      for (Measure m : Measure.values()) {
        if ((bits >> m.ordinal() & 1) != 0) {
          chosen.add(m);
        }
      }
      GroupMeasures every = Measures.measure(w);
      GroupMeasures some = Measures.measure(w, chosen);
      for (Measure m : Measure.values()) {
        if (chosen.contains(m)) {
          assertThat(some.value(m)).as("%s", m).isEqualTo(every.value(m));
        } else {
          assertThat(some.value(m).orElse(Double.NaN)).as("%s", m).isNaN();
        }
      }
      return true;
    });
  }
}
