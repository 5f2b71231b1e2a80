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
import org.tuopin.basics.Ratio;

class AlkireFosterTest {

  private static final Ratio QUARTER = Ratio.of(1, 4);

  /**
   * The worked example of Alkire, S. and Foster, J. (2011), "Counting and multidimensional
   * poverty measurement", Journal of Public Economics 95(7-8), 476–487, section 2 (also
   * Alkire et al. (2015), Multidimensional Poverty Measurement and Analysis, OUP, ch. 5):
   * four people, four equally weighted dimensions (income, years of schooling, a health
   * index, access to health insurance) with achievement matrix
   * (13.1, 14, 4, 1), (15.2, 7, 5, 0), (12.5, 10, 1, 0), (20, 11, 3, 1) and cut-offs
   * z = (13, 12, 3, 1). Deprivation counts are (0, 2, 4, 1); with k = 2 of 4 dimensions the
   * second and third are poor: H = 1/2, A = 3/4, M0 = 6/16 = 0.375; M1 and M2 are the means
   * of the censored normalised gaps and their squares,
   * (5/12 + 1 + 0.5/13 + 2/12 + 2/3 + 1) ÷ 16 and (25/144 + 1 + 0.25/169 + 4/144 + 4/9 + 1) ÷ 16.
   */
  @Test
  void test_alkireFoster2011_workedExample() {
    AlkireFoster af = AlkireFoster.of(List.of(
        MpiIndicator.of("income", 13, QUARTER), MpiIndicator.of("schooling", 12, QUARTER),
        MpiIndicator.of("health", 3, QUARTER), MpiIndicator.of("insurance", 1, QUARTER)), Ratio.of(1, 2));
    MpiData data = MpiData.of(new double[] {13.1, 15.2, 12.5, 20}, new double[] {14, 7, 10, 11},
        new double[] {4, 5, 1, 3}, new double[] {1, 0, 0, 1});
    MpiResult r = af.measure(data).all();
    assertThat(r.h()).isEqualTo(0.5);
    assertThat(r.a()).isEqualTo(0.75);
    assertThat(r.m0()).isEqualTo(0.375);
    assertThat(r.m1()).isCloseTo((5.0 / 12 + 1 + 0.5 / 13 + 2.0 / 12 + 2.0 / 3 + 1) / 16, within(1e-15));
    assertThat(r.m2()).isCloseTo((25.0 / 144 + 1 + 0.25 / 169 + 4.0 / 144 + 4.0 / 9 + 1) / 16, within(1e-15));
    assertThat(r.m1()).isCloseTo(0.2055, within(5e-5));
    assertThat(r.m2()).isCloseTo(0.1655, within(5e-5));
    assertThat(r.uncensoredHeadcounts()).containsExactly(entry("income", 0.25), entry("schooling", 0.75),
        entry("health", 0.25), entry("insurance", 0.5));
    assertThat(r.censoredHeadcounts()).containsExactly(entry("income", 0.25), entry("schooling", 0.5),
        entry("health", 0.25), entry("insurance", 0.5));
    assertThat(r.contributions().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-15));
    // the fourth person, deprived in one dimension, is poor under union identification (k = 1/4)
    assertThat(af.withK(QUARTER).measure(data).all().h()).isEqualTo(0.75);
  }

  private static java.util.Map.Entry<String, Double> entry(String k, double v) {
    return java.util.Map.entry(k, v);
  }

  @Test
  void test_k_inclusiveAndExactAsFractions() {
    // 1/4 + 1/12 = 1/3 exactly; in doubles 0.25 + 0.08333… need not equal 0.33333…
    assertThat(RegistryMpi.PRESET.isPoor(true, false, false, true, false, false, false)).isTrue();
    assertThat(RegistryMpi.PRESET.isPoor(true, false, false, false, false, false, false)).isFalse();
    assertThat(RegistryMpi.PRESET.isPoor(false, true, true, true, false, false, false)).isTrue();
    assertThat(RegistryMpi.PRESET.k()).isEqualTo(Ratio.of(1, 3));
  }

  @Test
  void test_weightsMustAddUpToExactlyOne() {
    assertThatThrownBy(() -> AlkireFoster.of(List.of(MpiIndicator.ofFlag("a", Ratio.of(1, 3)),
        MpiIndicator.ofFlag("b", Ratio.parse("333/1000"))), Ratio.of(1, 3)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to 1999/3000");
    assertThatThrownBy(() -> AlkireFoster.of(List.of(MpiIndicator.ofFlag("a", Ratio.of(1, 1))), Ratio.of(0, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("k");
    assertThatThrownBy(() -> AlkireFoster.of(List.of(MpiIndicator.ofFlag("a", Ratio.of(1, 2)),
        MpiIndicator.ofFlag("a", Ratio.of(1, 2))), Ratio.of(1, 2))).hasMessageContaining("twice");
    assertThat(MpiIndicator.parseFraction("0.25")).isEqualByComparingTo(QUARTER);
    assertThat(MpiIndicator.parseFraction("1/6")).isEqualTo(Ratio.of(1, 6));
    assertThatThrownBy(() -> MpiIndicator.parseFraction("x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_missingValue_excludesTheRecord_andGroupsDecompose() {
    AlkireFoster af = AlkireFoster.of(List.of(MpiIndicator.ofFlag("a", Ratio.of(1, 2)),
        MpiIndicator.ofFlag("b", Ratio.of(1, 2))), Ratio.of(1, 2));
    MpiData data = MpiData.of(new double[] {0, 1, 0, Double.NaN}, new double[] {0, 1, 1, 0})
        .withWeights(new double[] {1, 2, 3, 4}).withGroups(List.of("x", "y", "y", "x"));
    MpiTable t = af.measure(data);
    assertThat(t.all().n()).isEqualTo(3);
    assertThat(t.all().excluded()).isEqualTo(1);
    assertThat(t.all().h()).isCloseTo(4.0 / 6, within(1e-15));
    assertThat(t.all().m0()).isCloseTo((1 + 3 * 0.5) / 6, within(1e-15));
    assertThat(t.contribution("x") + t.contribution("y")).isCloseTo(t.all().m0(), within(1e-15));
    assertThat(t.toString()).contains("contribution_a");
  }

  @Test
  void property_m0IsHTimesA_andContributionsAddUpToOne() {
    AlkireFoster af = AlkireFoster.of(List.of(MpiIndicator.of("x", 10, Ratio.of(1, 2)),
        MpiIndicator.ofFlag("y", Ratio.of(1, 3)), MpiIndicator.ofFlag("z", Ratio.of(1, 6))), Ratio.of(1, 3));
    qt().withFixedSeed(20261212L).withExamples(300)
        .forAll(lists().of(integers().between(0, 20)).ofSizeBetween(1, 30), integers().between(0, 1 << 30))
        .check((xs, bits) -> {
          int n = xs.size();
          double[] x = new double[n];
          double[] y = new double[n];
          double[] z = new double[n];
          List<String> g = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            x[i] = xs.get(i);
            y[i] = (bits >> (i % 30)) & 1;
            z[i] = (bits >> ((i + 7) % 30)) & 1;
            g.add("g" + (i % 3));
          }
          MpiTable t = af.measure(MpiData.of(x, y, z).withGroups(g));
          for (MpiResult r : t.rows()) {
            assertThat(r.m0()).isCloseTo(r.h() * r.a(), within(1e-12));
            assertThat(r.m2()).isLessThanOrEqualTo(r.m1() + 1e-12);
            assertThat(r.m1()).isLessThanOrEqualTo(r.m0() + 1e-12);
            if (r.m0() > 0) {
              assertThat(r.contributions().values().stream().mapToDouble(Double::doubleValue).sum())
                  .isCloseTo(1, within(1e-12));
            }
          }
          double sum = t.groups().stream().mapToDouble(r -> t.contribution(r.group())).sum();
          assertThat(sum).isCloseTo(t.all().m0(), within(1e-12));
          return true;
        });
  }
}
