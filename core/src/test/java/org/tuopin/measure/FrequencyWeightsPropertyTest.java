package org.tuopin.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A column with frequency weights ({@link Welfare#ofFrequencies}), each record standing for as
 * many records of weight 1 as its frequency, gives the measures of those records written out
 * one by one: the same {@code n} and population exactly, every measure to 10⁻¹², in total and
 * by group, and the same standard error of FGT; and so do Alkire–Foster data with frequency
 * weights ({@link MpiData#withFrequencies}), {@code n} and the records excluded included; with
 * a fixed seed.
 */
class FrequencyWeightsPropertyTest {

  private static final long SEED = 20261129L;
  private static final double[] LINES = {2300, 2952, 2995};

  /** Households: whole-fen per-capita incomes (some 0 or negative), sizes 1-6, a line of three, a group of four. */
  private static Gen<int[][]> households() {
    return lists().of(integers().between(-50_000, 800_000).zip(integers().between(1, 6), integers().between(0, 2),
        integers().between(0, 3), (f, s, z, g) -> new int[] {f, s, z, g})).ofSizeBetween(1, 80)
        .map(l -> l.toArray(new int[0][]));
  }

  @Test
  void property_frequencies_giveTheMeasuresOfTheRecordsWrittenOut() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(households(), integers().between(0, 1)).check((h, lines) -> {
      double[] y = new double[h.length];
      int[] f = new int[h.length];
      double[] z = new double[h.length];
      List<String> groups = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      List<Double> zs = new ArrayList<>();
      List<String> gs = new ArrayList<>();
      for (int i = 0; i < h.length; i++) {
        y[i] = h[i][0] / 100.0;
        f[i] = h[i][1];
        z[i] = LINES[lines == 0 ? 2 : h[i][2]];
        groups.add("g" + h[i][3]);
        for (int m = 0; m < f[i]; m++) {
          ys.add(y[i]);
          zs.add(z[i]);
          gs.add(groups.get(i));
        }
      }
      Welfare households = Welfare.ofFrequencies(y, f).withLines(z).withGroups(groups);
      Welfare people = Welfare.of(ys.stream().mapToDouble(Double::doubleValue).toArray())
          .withLines(zs.stream().mapToDouble(Double::doubleValue).toArray()).withGroups(gs);
      assertThat(households.isFrequencyWeighted()).isTrue();
      assertThat(people.isFrequencyWeighted()).isFalse();
      MeasureTable byHouseholds = Measures.byGroup(households);
      MeasureTable byPeople = Measures.byGroup(people);
      assertSame(byHouseholds.all(), byPeople.all());
      assertThat(byHouseholds.groups()).hasSameSizeAs(byPeople.groups());
      for (int g = 0; g < byPeople.groups().size(); g++) {
        assertThat(byHouseholds.groups().get(g).group()).isEqualTo(byPeople.groups().get(g).group());
        assertSame(byHouseholds.groups().get(g), byPeople.groups().get(g));
        // a group taken on its own keeps its frequencies
        assertSame(Measures.measure(households.group(byPeople.groups().get(g).group())), byPeople.groups().get(g));
      }
      if (ys.size() >= 2) {
        for (double alpha : new double[] {0, 1, 2}) {
          assertThat(Measures.fgtStandardError(households, alpha)).as("SE of FGT%s", alpha)
              .isCloseTo(Measures.fgtStandardError(people, alpha), within(1e-12));
        }
      }
      return true;
    });
  }

  private static void assertSame(GroupMeasures households, GroupMeasures people) {
    assertThat(households.n()).isEqualTo(people.n());
    assertThat(households.population()).isEqualTo(people.population());
    for (Measure m : Measure.values()) {
      assertThat(households.value(m).isPresent()).as("%s %s", people.group(), m).isEqualTo(people.value(m).isPresent());
      if (people.value(m).isPresent() && !Double.isNaN(people.value(m).getAsDouble())) {
        assertThat(households.value(m).getAsDouble()).as("%s %s", people.group(), m)
            .isCloseTo(people.value(m).getAsDouble(), within(1e-12));
      }
    }
  }

  @Test
  void property_mpiFrequencies_giveTheMeasuresOfTheRecordsWrittenOut() {
    // households: an income ratio, three flags (2 for unknown) and a size
    Gen<int[][]> households = lists().of(integers().between(0, 300).zip(integers().between(0, 2),
        integers().between(0, 2), integers().between(0, 1), integers().between(1, 6),
        (y, a, b, c, size) -> new int[] {y, a, b, c, size})).ofSizeBetween(1, 60).map(l -> l.toArray(new int[0][]));
    AlkireFoster measure = AlkireFoster.of(List.of(MpiIndicator.of("income", 1, org.tuopin.basics.Ratio.of(1, 2)),
        MpiIndicator.ofFlag("a", org.tuopin.basics.Ratio.of(1, 4)), MpiIndicator.ofFlag("b",
            org.tuopin.basics.Ratio.of(1, 8)), MpiIndicator.ofFlag("c", org.tuopin.basics.Ratio.of(1, 8))),
        org.tuopin.basics.Ratio.of(1, 3));
    qt().withFixedSeed(SEED).withExamples(300).forAll(households).check(h -> {
      double[][] columns = new double[4][h.length];
      int[] sizes = new int[h.length];
      List<String> groups = new ArrayList<>();
      List<double[]> people = new ArrayList<>();
      List<String> peopleGroups = new ArrayList<>();
      for (int i = 0; i < h.length; i++) {
        columns[0][i] = h[i][0] / 100.0;
        for (int j = 1; j < 4; j++) {
          columns[j][i] = h[i][j] == 2 ? Double.NaN : h[i][j];
        }
        sizes[i] = h[i][4];
        groups.add("g" + (h[i][0] % 3));
        for (int m = 0; m < sizes[i]; m++) {
          people.add(new double[] {columns[0][i], columns[1][i], columns[2][i], columns[3][i]});
          peopleGroups.add(groups.get(i));
        }
      }
      double[][] written = new double[4][people.size()];
      for (int p = 0; p < people.size(); p++) {
        for (int j = 0; j < 4; j++) {
          written[j][p] = people.get(p)[j];
        }
      }
      MpiData data = MpiData.of(columns).withFrequencies(sizes).withGroups(groups);
      assertThat(data.isFrequencyWeighted()).isTrue();
      MpiTable byHouseholds = measure.measure(data);
      MpiTable byPeople = measure.measure(MpiData.of(written).withGroups(peopleGroups));
      List<MpiResult> a = new ArrayList<>(byHouseholds.groups());
      List<MpiResult> b = new ArrayList<>(byPeople.groups());
      a.add(byHouseholds.all());
      b.add(byPeople.all());
      for (int g = 0; g < b.size(); g++) {
        MpiResult x = a.get(g);
        MpiResult y = b.get(g);
        assertThat(x.group()).isEqualTo(y.group());
        assertThat(x.n()).isEqualTo(y.n());
        assertThat(x.excluded()).isEqualTo(y.excluded());
        assertThat(x.population()).isEqualTo(y.population());
        double[] xs = {x.h(), x.a(), x.m0(), x.m1(), x.m2()};
        double[] ys = {y.h(), y.a(), y.m0(), y.m1(), y.m2()};
        for (int k = 0; k < xs.length; k++) {
          if (Double.isNaN(ys[k])) {
            assertThat(xs[k]).isNaN();
          } else {
            assertThat(xs[k]).as("%s figure %s", y.group(), k).isCloseTo(ys[k], within(1e-12));
          }
        }
      }
      return true;
    });
  }

  @Test
  void test_frequencies_mustNotBeNegative_andAreCopied() {
    assertThatThrownBy(() -> Welfare.ofFrequencies(new double[] {1, 2}, new int[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight 1");
    assertThatThrownBy(() -> Welfare.ofFrequencies(new double[] {1, 2}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    double[] y = {100, 300};
    Welfare w = Welfare.ofFrequencies(y, new int[] {3, 1}).withLine(200);
    y[0] = 500;
    assertThat(w.value(0)).isEqualTo(100);
    assertThat(w.weight(0)).isEqualTo(3);
    assertThat(Measures.measure(w).n()).isEqualTo(4);
    assertThat(Measures.fgt(w, 0)).isEqualTo(0.75);
    assertThat(w.toString()).contains("frequency weights");
  }
}
