package org.tuopin.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The axioms of the measures, as QuickTheories properties with a fixed seed. */
class MeasuresPropertyTest {

  private static final long SEED = 20261212L;
  private static final double LINE = 3000;

  /** Incomes in yuan, whole fen, from 0.01 to 10,000: a third or so below the line. */
  private static Gen<double[]> incomes() {
    return lists().of(integers().between(1, 1_000_000)).ofSizeBetween(1, 40)
        .map(l -> l.stream().mapToDouble(f -> f / 100.0).toArray());
  }

  private static Welfare at(double[] y) {
    return Welfare.of(y).withLine(LINE);
  }

  @Test
  void property_scaleInvariance() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(incomes(), integers().between(2, 1000)).check((y, c) -> {
      double[] scaled = java.util.Arrays.stream(y).map(v -> v * c).toArray();
      GroupMeasures a = Measures.measure(at(y));
      GroupMeasures b = Measures.measure(Welfare.of(scaled).withLine(LINE * c));
      for (Measure m : Measure.values()) {
        assertThat(b.value(m).getAsDouble()).as(m.key()).isCloseTo(a.value(m).getAsDouble(), within(1e-9));
      }
      return true;
    });
  }

  @Test
  void property_replicationInvariance() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(incomes(), integers().between(2, 4)).check((y, k) -> {
      double[] rep = new double[y.length * k];
      for (int i = 0; i < rep.length; i++) {
        rep[i] = y[i % y.length];
      }
      GroupMeasures a = Measures.measure(at(y));
      GroupMeasures b = Measures.measure(at(rep));
      for (Measure m : Measure.values()) {
        assertThat(b.value(m).getAsDouble()).as(m.key()).isCloseTo(a.value(m).getAsDouble(), within(1e-9));
      }
      return true;
    });
  }

  @Test
  void property_focus_incomesAboveTheLineDoNotMoveFgt() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(incomes(), integers().between(1, 100_000)).check((y, raise) -> {
      double[] moved = y.clone();
      for (int i = 0; i < moved.length; i++) {
        if (moved[i] >= LINE) {
          moved[i] += raise;
        }
      }
      for (double alpha : new double[] {0, 1, 2, 0.5}) {
        assertThat(Measures.fgt(at(moved), alpha)).isEqualTo(Measures.fgt(at(y), alpha));
      }
      assertThat(Measures.watts(at(moved))).isEqualTo(Measures.watts(at(y)));
      return true;
    });
  }

  @Test
  void property_monotonicity_aPoorPersonsLossRaisesTheGapMeasures() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(incomes(), integers().between(1, 100)).check((y, pct) -> {
      int poor = firstBelow(y, LINE);
      if (poor < 0) {
        return true;
      }
      double[] lower = y.clone();
      lower[poor] = y[poor] * (1 - pct / 200.0);
      assertThat(Measures.fgt(at(lower), 0)).isEqualTo(Measures.fgt(at(y), 0));
      assertThat(Measures.fgt(at(lower), 1)).isGreaterThan(Measures.fgt(at(y), 1));
      assertThat(Measures.fgt(at(lower), 2)).isGreaterThan(Measures.fgt(at(y), 2));
      assertThat(Measures.watts(at(lower))).isGreaterThan(Measures.watts(at(y)));
      return true;
    });
  }

  @Test
  void property_transfer_fromPoorerToRicherPoorRaisesFgt2AndWatts() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(incomes()).check(y -> {
      int a = -1;
      int b = -1;
      for (int i = 0; i < y.length; i++) {
        if (y[i] < LINE - 2) {
          if (a < 0) {
            a = i;
          } else if (y[i] != y[a]) {
            b = i;
            break;
          }
        }
      }
      if (b < 0) {
        return true;
      }
      int poorer = y[a] < y[b] ? a : b;
      int richer = poorer == a ? b : a;
      double t = Math.min(y[poorer] / 2, (LINE - y[richer]) / 2);
      double[] moved = y.clone();
      moved[poorer] -= t;
      moved[richer] += t;
      assertThat(Measures.fgt(at(moved), 2)).isGreaterThan(Measures.fgt(at(y), 2));
      assertThat(Measures.watts(at(moved))).isGreaterThan(Measures.watts(at(y)));
      return true;
    });
  }

  @Test
  void property_subgroupDecompositionAddsUp() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(incomes(), lists().of(integers().between(0, 3)).ofSize(40))
        .check((y, codes) -> {
          List<String> labels = new ArrayList<>();
          double[] w = new double[y.length];
          for (int i = 0; i < y.length; i++) {
            labels.add("g" + codes.get(i));
            w[i] = 1 + codes.get(i) * 0.5;
          }
          MeasureTable t = Measures.byGroup(Welfare.of(y, w).withLine(LINE).withGroups(labels));
          for (Measure m : Measure.values()) {
            if (m.isAdditive()) {
              double sum = t.contributions(m).values().stream().mapToDouble(Double::doubleValue).sum();
              assertThat(sum).as(m.key()).isCloseTo(t.all().value(m).getAsDouble(), within(1e-12));
            }
          }
          for (Measure m : List.of(Measure.THEIL, Measure.MLD)) {
            assertThat(t.within(m).getAsDouble() + t.between(m).getAsDouble()).as(m.key())
                .isCloseTo(t.all().value(m).getAsDouble(), within(1e-12));
          }
          return true;
        });
  }

  @Test
  void property_giniInZeroToOne_andZeroForEqualIncomes() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(incomes()).check(y -> {
      double g = Measures.gini(Welfare.of(y));
      assertThat(g).isGreaterThanOrEqualTo(0).isLessThan(1);
      double[] equal = new double[y.length];
      java.util.Arrays.fill(equal, y[0]);
      assertThat(Measures.gini(Welfare.of(equal))).isZero();
      assertThat(Measures.theil(Welfare.of(equal)).getAsDouble()).isCloseTo(0, within(1e-12));
      return true;
    });
  }

  @Test
  void property_weightedGiniEqualsReplicatedGini() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(incomes(), lists().of(integers().between(1, 3)).ofSize(40))
        .check((y, k) -> {
          List<Double> rep = new ArrayList<>();
          double[] w = new double[y.length];
          for (int i = 0; i < y.length; i++) {
            w[i] = k.get(i);
            for (int j = 0; j < k.get(i); j++) {
              rep.add(y[i]);
            }
          }
          double replicated = Measures.gini(Welfare.of(rep.stream().mapToDouble(Double::doubleValue).toArray()));
          assertThat(Measures.gini(Welfare.of(y, w))).isCloseTo(replicated, within(1e-12));
          return true;
        });
  }

  private static int firstBelow(double[] y, double z) {
    for (int i = 0; i < y.length; i++) {
      if (y[i] < z) {
        return i;
      }
    }
    return -1;
  }
}
