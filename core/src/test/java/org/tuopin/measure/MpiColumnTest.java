package org.tuopin.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.tuopin.basics.Ratio;

class MpiColumnTest {

  private static final long SEED = 20261129L;

  @Test
  void test_codes_areTheirNumbers_missingIsNaN() {
    MpiColumn c = MpiColumn.ofCodes(new byte[] {1, 0, MpiColumn.MISSING, 12, -3});
    assertThat(c.isCoded()).isTrue();
    assertThat(c.size()).isEqualTo(5);
    assertThat(c.value(0)).isEqualTo(1.0);
    assertThat(c.value(1)).isEqualTo(0.0);
    assertThat(c.value(2)).isNaN();
    assertThat(c.value(3)).isEqualTo(12.0);
    assertThat(c.value(4)).isEqualTo(-3.0);
    MpiColumn n = MpiColumn.of(new double[] {0.5, Double.NaN});
    assertThat(n.isCoded()).isFalse();
    assertThat(n.size()).isEqualTo(2);
    assertThat(n.value(0)).isEqualTo(0.5);
    assertThat(n.value(1)).isNaN();
  }

  @Test
  void test_ofColumns_rejectsColumnsOfDifferentLengths() {
    assertThatThrownBy(() -> MpiData.ofColumns(List.of(MpiColumn.of(new double[2]), MpiColumn.ofCodes(new byte[3]))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one length");
    assertThatThrownBy(() -> MpiData.of(new double[2]).withFrequencies(new int[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frequency 1");
  }

  @Test
  void property_codedColumns_giveTheMeasuresOfTheirNumbers() {
    // households: an income ratio, three flags (2 for unknown), a size and a group
    Gen<int[][]> households = lists().of(integers().between(0, 300).zip(integers().between(0, 2),
        integers().between(0, 2), integers().between(0, 1), integers().between(1, 6),
        (y, a, b, c, size) -> new int[] {y, a, b, c, size})).ofSizeBetween(1, 60).map(l -> l.toArray(new int[0][]));
    AlkireFoster measure = AlkireFoster.of(List.of(MpiIndicator.of("income", 1, Ratio.of(1, 2)),
        MpiIndicator.ofFlag("a", Ratio.of(1, 4)), MpiIndicator.ofFlag("b", Ratio.of(1, 8)),
        MpiIndicator.ofFlag("c", Ratio.of(1, 8))), Ratio.of(1, 3));
    qt().withFixedSeed(SEED).withExamples(300).forAll(households).check(h -> {
      double[][] numbers = new double[4][h.length];
      byte[][] codes = new byte[3][h.length];
      int[] sizes = new int[h.length];
      List<String> groups = new ArrayList<>();
      for (int i = 0; i < h.length; i++) {
        numbers[0][i] = h[i][0] / 100.0;
        for (int j = 1; j < 4; j++) {
          numbers[j][i] = h[i][j] == 2 ? Double.NaN : h[i][j];
          codes[j - 1][i] = h[i][j] == 2 ? MpiColumn.MISSING : (byte) h[i][j];
        }
        sizes[i] = h[i][4];
        groups.add("g" + (h[i][0] % 3));
      }
      List<MpiColumn> columns = new ArrayList<>(List.of(MpiColumn.of(numbers[0])));
      for (byte[] c : codes) {
        columns.add(MpiColumn.ofCodes(c));
      }
      MpiTable coded = measure.measure(MpiData.ofColumns(columns).withFrequencies(sizes).withGroups(groups));
      MpiTable plain = measure.measure(MpiData.of(numbers).withFrequencies(sizes).withGroups(groups));
      return coded.equals(plain);
    });
  }
}
