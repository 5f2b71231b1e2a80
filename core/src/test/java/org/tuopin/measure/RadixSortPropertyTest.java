package org.tuopin.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The radix sort behind Gini and SST equals {@link Arrays#sort(double[])}, with a fixed seed. */
class RadixSortPropertyTest {

  private static final long SEED = 20261129L;

  /** A few special values, many duplicates, negatives, both zeros and values across the exponents. */
  private static final double[] SPECIAL = {0.0, -0.0, 1, -1, 0.5, -0.5, 2995, 2995.01, -2995, Double.MIN_VALUE,
      -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
      1e-300, -1e300, 123456.78};

  private static Gen<double[]> doubles() {
    Gen<Double> one = integers().between(0, 99).zip(integers().between(-2_000_000, 2_000_000),
        integers().between(-40, 40), (pick, m, e) -> pick < 40 ? SPECIAL[pick % SPECIAL.length]
            : pick < 70 ? m / 100.0 : m * Math.pow(2, e));
    return lists().of(one).ofSizeBetween(0, 3000).map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
  }

  @Test
  void property_sortEqualsArraysSort() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(doubles()).check(y -> {
      double[] expected = y.clone();
      Arrays.sort(expected);
      double[] actual = y.clone();
      RadixSort.sort(actual, null, 0, actual.length);
      return Arrays.equals(actual, expected); // Arrays.equals tells -0.0 from 0.0
    });
  }

  @Test
  void property_sortMovesWeightsAlongAndIsStable() {
    qt().withFixedSeed(SEED).withExamples(300).forAll(doubles()).check(y -> {
      int n = y.length;
      double[] weights = new double[n];
      for (int i = 0; i < n; i++) {
        weights[i] = i; // the original position
      }
      double[] keys = y.clone();
      RadixSort.sort(keys, weights, 0, n);
      double[] expected = y.clone();
      Arrays.sort(expected);
      assertThat(keys).isEqualTo(expected);
      for (int i = 0; i < n; i++) {
        int from = (int) weights[i];
        assertThat(Double.compare(y[from], keys[i])).isZero();
        if (i > 0 && Double.compare(keys[i - 1], keys[i]) == 0) {
          assertThat(weights[i - 1]).isLessThan(weights[i]); // equal values keep their order
        }
      }
      return true;
    });
  }

  @Test
  void property_byGroupKeepsEachGroupInOrder() {
    qt().withFixedSeed(SEED).withExamples(200).forAll(doubles(), integers().between(1, 7)).check((y, groups) -> {
      int n = y.length;
      RadixSort.Sorted s = new RadixSort.Sorted(n, false, true);
      for (int i = 0; i < n; i++) {
        s.keys[i] = RadixSort.key(y[i]);
        s.groups[i] = i % groups;
      }
      s.sort();
      int[] start = s.byGroup(groups);
      for (int g = 0; g < groups; g++) {
        int group = g;
        double[] expected = java.util.stream.IntStream.range(0, n).filter(i -> i % groups == group)
            .mapToDouble(i -> y[i]).sorted().toArray();
        double[] actual = Arrays.stream(s.keys, start[g], start[g + 1]).mapToDouble(RadixSort::value).toArray();
        assertThat(actual).isEqualTo(expected);
      }
      return true;
    });
  }

  @Test
  void test_sortRange_leavesTheRestAlone() {
    double[] y = {9, 3, -0.0, 0.0, -7, 3, 1};
    RadixSort.sort(y, null, 1, 6);
    assertThat(y).containsExactly(9, -7, -0.0, 0.0, 3, 3, 1);
    assertThat(Double.doubleToRawLongBits(y[2])).isEqualTo(Double.doubleToRawLongBits(-0.0));
  }

  @Test
  void test_nan_isRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> RadixSort.sort(new double[] {1, Double.NaN}, null, 0, 2))
        .withMessageContaining("NaN");
  }
}
