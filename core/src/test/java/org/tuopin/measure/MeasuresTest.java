package org.tuopin.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;

class MeasuresTest {

  /**
   * Haughton, J. and Khandker, S. R. (2009), Handbook on Poverty and Inequality, World Bank,
   * chapter 4: incomes 100, 110, 150 and 160 with a line of 125 give P0 = 0.5, P1 = 0.08
   * and P2 = 0.0136.
   */
  @Test
  void test_fgt_haughtonKhandkerWorkedExample() {
    Welfare w = Welfare.of(100, 110, 150, 160).withLine(125);
    assertThat(Measures.fgt(w, 0)).isCloseTo(0.5, within(1e-15));
    assertThat(Measures.fgt(w, 1)).isCloseTo(0.08, within(1e-15));
    assertThat(Measures.fgt(w, 2)).isCloseTo(0.0136, within(1e-15));
    GroupMeasures all = Measures.measure(w);
    assertThat(all.fgt0()).isCloseTo(0.5, within(1e-15));
    assertThat(all.fgt1()).isCloseTo(0.08, within(1e-15));
    assertThat(all.fgt2()).isCloseTo(0.0136, within(1e-15));
    assertThat(all.watts()).isCloseTo((Math.log(1.25) + Math.log(125.0 / 110)) / 4, within(1e-15));
  }

  @Test
  void test_fgt_anyAlpha() {
    Welfare w = Welfare.of(100, 110, 150, 160).withLine(125);
    assertThat(Measures.fgt(w, 0.5)).isCloseTo((Math.sqrt(0.2) + Math.sqrt(0.12)) / 4, within(1e-15));
    assertThat(Measures.fgt(w, 3)).isCloseTo((0.008 + 0.001728) / 4, within(1e-15));
    assertThatThrownBy(() -> Measures.fgt(w, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void test_poor_strictlyBelowByDefault_atOrBelowAsOption() {
    Welfare w = Welfare.of(100, 125, 150, 160).withLine(125);
    assertThat(Measures.fgt(w, 0)).isEqualTo(0.25);
    assertThat(Measures.fgt(w.withPoorWhen(Comparison.AT_MOST), 0)).isEqualTo(0.5);
    // the gap at the line is 0: FGT(1) does not move
    assertThat(Measures.fgt(w.withPoorWhen(Comparison.AT_MOST), 1)).isEqualTo(Measures.fgt(w, 1));
    assertThatThrownBy(() -> w.withPoorWhen(Comparison.ABOVE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void test_weights_equalReplication() {
    Welfare weighted = Welfare.of(new double[] {100, 110, 150, 160}, new double[] {2, 1, 1, 3}).withLine(125);
    Welfare replicated = Welfare.of(100, 100, 110, 150, 160, 160, 160).withLine(125);
    GroupMeasures a = Measures.measure(weighted);
    GroupMeasures b = Measures.measure(replicated);
    for (Measure m : Measure.values()) {
      assertThat(a.value(m).getAsDouble()).as(m.key()).isCloseTo(b.value(m).getAsDouble(), within(1e-12));
    }
    assertThat(a.n()).isEqualTo(4);
    assertThat(a.population()).isEqualTo(7);
  }

  @Test
  void test_gini_noSmallSampleCorrection() {
    // two people, 0 and 1: ΣΣ|yi − yj| = 2, 2n²μ = 2·4·0.5 = 4, so 0.5 (with the correction it would be 1)
    assertThat(Measures.gini(Welfare.of(0, 1))).isEqualTo(0.5);
    assertThat(Measures.gini(Welfare.of(5, 5, 5))).isEqualTo(0);
    assertThat(Measures.gini(Welfare.of(1, 2, 3, 4))).isCloseTo(0.25, within(1e-15));
    assertThat(Measures.gini(Welfare.of(new double[] {1, 2, 3, 4}, new double[] {1, 1, 1, 1})))
        .isCloseTo(0.25, within(1e-15));
    assertThat(Measures.gini(Welfare.of(0, 0))).isNaN();
  }

  @Test
  void test_theilAndMld_knownValuesAndUndefinedAtZero() {
    Welfare w = Welfare.of(1, 3);
    assertThat(Measures.theil(w).getAsDouble()).isCloseTo((0.5 * Math.log(0.5) + 1.5 * Math.log(1.5)) / 2, within(1e-15));
    assertThat(Measures.mld(w).getAsDouble()).isCloseTo((Math.log(2) + Math.log(2.0 / 3)) / 2, within(1e-15));
    assertThat(Measures.theil(Welfare.of(0, 3))).isEmpty();
    assertThat(Measures.mld(Welfare.of(-1, 3))).isEmpty();
  }

  @Test
  void test_watts_welfareAtOrBelowZeroContributesNothing() {
    Welfare w = Welfare.of(0, 50, 200).withLine(100);
    assertThat(Measures.watts(w)).isCloseTo(Math.log(2) / 3, within(1e-15));
    assertThat(Measures.fgt(w, 0)).isCloseTo(2.0 / 3, within(1e-15));
  }

  @Test
  void test_sst_isFgt1TimesOnePlusGiniOfGaps() {
    Welfare w = Welfare.of(100, 110, 150, 160).withLine(125);
    // gaps 0.2, 0.12, 0, 0: mean 0.08; Gini = ΣΣ|gi − gj| / (2n²μ) = 2(0.08 + 0.2 + 0.2 + 0.12 + 0.12) / (2·16·0.08)
    double giniGaps = 2 * (0.08 + 0.2 + 0.2 + 0.12 + 0.12) / (2 * 16 * 0.08);
    assertThat(Measures.sst(w)).isCloseTo(0.08 * (1 + giniGaps), within(1e-15));
    assertThat(Measures.sst(Welfare.of(200, 300).withLine(100))).isZero();
  }

  @Test
  void test_byGroup_decompositionsAddUp() {
    Welfare w = Welfare.of(new double[] {100, 110, 150, 160, 90, 300}, new double[] {1, 2, 1, 1, 3, 1})
        .withLine(125).withGroups(List.of("b", "a", "b", "a", "c", "c"));
    MeasureTable t = Measures.byGroup(w);
    assertThat(t.groups()).extracting(GroupMeasures::group).containsExactly("a", "b", "c");
    for (Measure m : List.of(Measure.FGT0, Measure.FGT1, Measure.FGT2, Measure.WATTS)) {
      double sum = t.contributions(m).values().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(sum).as(m.key()).isCloseTo(t.all().value(m).getAsDouble(), within(1e-15));
    }
    for (Measure m : List.of(Measure.THEIL, Measure.MLD)) {
      assertThat(t.within(m).getAsDouble() + t.between(m).getAsDouble()).as(m.key())
          .isCloseTo(t.all().value(m).getAsDouble(), within(1e-15));
    }
    assertThat(t.group("a").orElseThrow().n()).isEqualTo(2);
    assertThat(t.group("a").orElseThrow().population()).isEqualTo(3);
    assertThatThrownBy(() -> t.contribution(Measure.GINI, "a")).isInstanceOf(IllegalArgumentException.class);
    assertThat(t.toString()).contains("group").contains("fgt0").contains("all");
  }

  @Test
  void test_perRecordLines() {
    Welfare w = Welfare.of(100, 100).withLines(new double[] {125, 90});
    assertThat(Measures.fgt(w, 0)).isEqualTo(0.5);
    assertThat(Measures.fgt(w, 1)).isCloseTo(0.1, within(1e-15));
  }

  @Test
  void test_invalidInput_isNamed() {
    assertThatThrownBy(() -> Welfare.of(1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("welfare value 1");
    assertThatThrownBy(() -> Welfare.of(new double[] {1}, new double[] {-1})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight 0");
    assertThatThrownBy(() -> Welfare.of(1).withLine(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Measures.fgt(Welfare.of(1, 2), 0)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no poverty line");
  }

  @Test
  void test_fgtStandardError_unweightedIsSOverRootN() {
    Welfare w = Welfare.of(100, 110, 150, 160).withLine(125);
    // f = 1,1,0,0: p = 0.5, s² = 1/3, se = sqrt(1/3/4)
    assertThat(Measures.fgtStandardError(w, 0)).isCloseTo(Math.sqrt(1.0 / 12), within(1e-15));
    Welfare weighted = Welfare.of(new double[] {100, 110, 150, 160}, new double[] {2, 2, 2, 2}).withLine(125);
    assertThat(Measures.fgtStandardError(weighted, 0)).isCloseTo(Math.sqrt(1.0 / 12), within(1e-15));
  }
}
