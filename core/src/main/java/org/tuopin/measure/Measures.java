package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The one-dimensional poverty and inequality measures of a {@link Welfare} column: FGT(α)
 * for any α ≥ 0, Watts, Sen–Shorrocks–Thon, Gini, Theil and MLD, weighted, in total and by
 * group.
 *
 * <p>Conventions:
 * <ul>
 *   <li>Poor means welfare <b>strictly below</b> the line, unless the column says at or
 *       below ({@link Welfare#withPoorWhen}). FGT(α) = Σ_{poor} wᵢ(1 − yᵢ/zᵢ)^α ÷ W, with
 *       0⁰ = 1, so that FGT(0) counts a poor person at the line under "at or below".
 *   <li>Watts = Σ_{poor, yᵢ&gt;0} wᵢ ln(zᵢ/yᵢ) ÷ W: a welfare of zero or less, where
 *       ln(z/y) is infinite or undefined, contributes nothing but counts in W (the data
 *       contract's rule; such records are counted by FGT(0)).
 *   <li>Theil and MLD are undefined, and empty, when any welfare is zero or negative.
 *   <li>Gini = ΣᵢΣⱼ wᵢwⱼ|yᵢ − yⱼ| ÷ (2W²μ), without small-sample correction (n/(n−1)); it
 *       is NaN when the mean is not positive.
 *   <li>SST = FGT(1) × (1 + Gᵖ), Gᵖ the Gini of the normalised gaps (1 − yᵢ/zᵢ for the poor,
 *       0 for others) over the whole population; 0 when no one is poor.
 *   <li>Records of weight 0 count in {@code n} but change no measure.
 * </ul>
 *
 * <p>One pass computes the additive measures and the mean; Theil and MLD take a second pass
 * about the mean; Gini and SST sort the group's values. Measures are {@code double}; money
 * has become welfare values before they are taken.
 */
public final class Measures {

  private Measures() {
  }

  /**
   * Computes the Foster–Greer–Thorbecke measure FGT(α).
   *
   * @param welfare  the column, with a line, not null
   * @param alpha  the poverty aversion α, at least 0
   * @return FGT(α): 0 the headcount ratio, 1 the poverty gap index, 2 the squared gap
   * @throws IllegalArgumentException if α is negative
   * @throws IllegalStateException if no line is set
   */
  public static double fgt(Welfare welfare, double alpha) {
    if (!(alpha >= 0)) {
      throw new IllegalArgumentException("FGT needs alpha of at least 0: " + alpha);
    }
    double[] y = welfare.values();
    double[] weights = welfare.weights();
    boolean strict = welfare.poorWhen() == org.tuopin.basics.Comparison.BELOW;
    boolean constant = welfare.hasConstantLine();
    double z0 = constant ? welfare.line(0) : 0;
    int kind = alpha == 0 ? 0 : alpha == 1 ? 1 : alpha == 2 ? 2 : 3;
    double w = 0;
    double s = 0;
    for (int i = 0; i < y.length; i++) {
      double wi = weights == null ? 1 : weights[i];
      double z = constant ? z0 : welfare.line(i);
      double yi = y[i];
      w += wi;
      if (strict ? yi < z : yi <= z) {
        double gap = 1 - yi / z;
        s += wi * switch (kind) {
          case 0 -> 1;
          case 1 -> gap;
          case 2 -> gap * gap;
          default -> Math.pow(gap, alpha);
        };
      }
    }
    return s / w;
  }

  /**
   * Computes the Watts index.
   *
   * @param welfare  the column, with a line, not null
   * @return the index
   */
  public static double watts(Welfare welfare) {
    double w = 0;
    double s = 0;
    for (int i = 0; i < welfare.size(); i++) {
      double wi = welfare.weight(i);
      double yi = welfare.value(i);
      w += wi;
      if (yi > 0 && welfare.isPoor(i)) {
        s += wi * Math.log(welfare.line(i) / yi);
      }
    }
    return s / w;
  }

  /**
   * Computes the Sen–Shorrocks–Thon index.
   *
   * @param welfare  the column, with a line, not null
   * @return the index
   */
  public static double sst(Welfare welfare) {
    return measure(welfare).sst();
  }

  /**
   * Computes the Gini coefficient, without small-sample correction.
   *
   * @param welfare  the column, not null
   * @return the coefficient, NaN when the mean is not positive
   */
  public static double gini(Welfare welfare) {
    return gini(welfare.values().clone(), weightsCopy(welfare), welfare.size());
  }

  /**
   * Computes the Theil index, GE(1).
   *
   * @param welfare  the column, not null
   * @return the index, empty if a welfare is zero or negative
   */
  public static OptionalDouble theil(Welfare welfare) {
    return measure(welfare).theil();
  }

  /**
   * Computes the mean log deviation, GE(0).
   *
   * @param welfare  the column, not null
   * @return the index, empty if a welfare is zero or negative
   */
  public static OptionalDouble mld(Welfare welfare) {
    return measure(welfare).mld();
  }

  /**
   * Computes every measure of the whole column, ignoring its groups.
   *
   * @param welfare  the column, not null; poverty measures are NaN without a line
   * @return the measures, named {@code all}, not null
   */
  public static GroupMeasures measure(Welfare welfare) {
    requireNonNull(welfare, "welfare");
    return compute(welfare, false).get(0);
  }

  /**
   * Computes every measure in total and for each group of the column, with their
   * decompositions.
   *
   * @param welfare  the column, not null; poverty measures are NaN without a line
   * @return the table, not null
   */
  public static MeasureTable byGroup(Welfare welfare) {
    requireNonNull(welfare, "welfare");
    List<GroupMeasures> groups = welfare.isGrouped() ? compute(welfare, true) : List.of();
    return new MeasureTable(measure(welfare), groups);
  }

  /**
   * Computes the linearised standard error of FGT(α) with weights, for a simple random
   * sample drawn with replacement (or from a large population): FGT is the ratio
   * Σwᵢfᵢ ÷ Σwᵢ, whose linearised variance is n/(n − 1) Σ wᵢ²(fᵢ − FGT)² ÷ W². Without
   * weights this is the familiar s/√n.
   *
   * @param welfare  the column, with a line, at least two records, not null
   * @param alpha  the poverty aversion α, at least 0
   * @return the standard error
   * @throws IllegalArgumentException if α is negative or there are fewer than two records
   */
  public static double fgtStandardError(Welfare welfare, double alpha) {
    int n = welfare.size();
    if (n < 2) {
      throw new IllegalArgumentException("a standard error needs at least two records: " + n);
    }
    double p = fgt(welfare, alpha);
    double w = 0;
    double s = 0;
    for (int i = 0; i < n; i++) {
      double wi = welfare.weight(i);
      double f = welfare.isPoor(i) ? Math.pow(1 - welfare.value(i) / welfare.line(i), alpha) : 0;
      w += wi;
      s += wi * wi * (f - p) * (f - p);
    }
    return Math.sqrt(s * n / (n - 1)) / w;
  }

  /** Computes the measures of all records (one entry) or of each group. */
  private static List<GroupMeasures> compute(Welfare welfare, boolean byGroup) {
    int groups = byGroup ? welfare.groupNames().size() : 1;
    int n = welfare.size();
    boolean line = welfare.hasLine();
    long[] count = new long[groups];
    double[] w = new double[groups];
    double[] y = new double[groups];
    double[] f0 = new double[groups];
    double[] f1 = new double[groups];
    double[] f2 = new double[groups];
    double[] watts = new double[groups];
    boolean[] positive = new boolean[groups];
    java.util.Arrays.fill(positive, true);
    double[] values = welfare.values();
    double[] weights = welfare.weights();
    for (int i = 0; i < n; i++) {
      int g = byGroup ? welfare.group(i) : 0;
      double wi = weights == null ? 1 : weights[i];
      double yi = values[i];
      count[g]++;
      w[g] += wi;
      y[g] += wi * yi;
      if (yi <= 0) {
        positive[g] = false;
      }
      if (line && welfare.isPoor(i)) {
        double z = welfare.line(i);
        double gap = 1 - yi / z;
        f0[g] += wi;
        f1[g] += wi * gap;
        f2[g] += wi * gap * gap;
        if (yi > 0) {
          watts[g] += wi * Math.log(z / yi);
        }
      }
    }
    double[] theil = new double[groups];
    double[] mld = new double[groups];
    for (int i = 0; i < n; i++) {
      int g = byGroup ? welfare.group(i) : 0;
      if (positive[g]) {
        double wi = weights == null ? 1 : weights[i];
        double r = values[i] * w[g] / y[g];
        if (wi > 0) {
          theil[g] += wi * r * Math.log(r);
          mld[g] -= wi * Math.log(r);
        }
      }
    }
    // Gini and SST need each group's values in order.
    int[] start = new int[groups + 1];
    for (int g = 0; g < groups; g++) {
      start[g + 1] = start[g] + (int) count[g];
    }
    double[] sortedY = new double[n];
    double[] sortedW = weights == null ? null : new double[n];
    boolean sortedGaps = line && welfare.hasConstantLine();
    double[] gaps = line && !sortedGaps ? new double[n] : null;
    int[] next = start.clone();
    for (int i = 0; i < n; i++) {
      int g = byGroup ? welfare.group(i) : 0;
      int j = next[g]++;
      sortedY[j] = values[i];
      if (sortedW != null) {
        sortedW[j] = weights[i];
      }
      if (gaps != null) {
        gaps[j] = welfare.isPoor(i) ? 1 - values[i] / welfare.line(i) : 0;
      }
    }
    double[] gapW = sortedW == null || gaps == null ? null : sortedW.clone();
    List<GroupMeasures> result = new ArrayList<>(groups);
    for (int g = 0; g < groups; g++) {
      int from = start[g];
      int len = start[g + 1] - from;
      double gini = giniRange(sortedY, sortedW, from, len);
      double nan = Double.NaN;
      double sst = nan;
      if (line) {
        double gapGini = f1[g] == 0 ? 0 : sortedGaps
            ? giniOfGaps(sortedY, sortedW, from, len, welfare.line(0), welfare.poorWhen())
            : giniRange(gaps, gapW, from, len);
        sst = f1[g] == 0 ? 0 : f1[g] / w[g] * (1 + gapGini);
      }
      double[] v = new double[Measure.values().length];
      v[Measure.FGT0.ordinal()] = line ? f0[g] / w[g] : nan;
      v[Measure.FGT1.ordinal()] = line ? f1[g] / w[g] : nan;
      v[Measure.FGT2.ordinal()] = line ? f2[g] / w[g] : nan;
      v[Measure.WATTS.ordinal()] = line ? watts[g] / w[g] : nan;
      v[Measure.SST.ordinal()] = sst;
      v[Measure.GINI.ordinal()] = gini;
      v[Measure.THEIL.ordinal()] = theil[g] / w[g];
      v[Measure.MLD.ordinal()] = mld[g] / w[g];
      result.add(new GroupMeasures(byGroup ? welfare.groupNames().get(g) : MeasureTable.ALL, count[g], w[g], y[g], v,
          positive[g]));
    }
    return result;
  }

  private static double @org.jspecify.annotations.Nullable [] weightsCopy(Welfare welfare) {
    double[] w = welfare.weights();
    return w == null ? null : w.clone();
  }

  /** The Gini coefficient of a whole array, which it sorts (with the weights). */
  static double gini(double[] y, double @org.jspecify.annotations.Nullable [] w, int n) {
    return giniRange(y, w, 0, n);
  }

  /**
   * The Gini coefficient of y[from, from+len) with weights w (null for 1), sorting the range
   * in place (the values are copies). Over ascending values taken a run of equal values at a
   * time, Σ_runs W_run(y·C − S) ÷ (W·Y), C and S the weight and weighted welfare before the
   * run, is ΣᵢΣⱼ wᵢwⱼ|yᵢ − yⱼ| ÷ (2W²μ); equal values add exactly nothing, so equal incomes
   * give exactly 0.
   */
  private static double giniRange(double[] y, double @org.jspecify.annotations.Nullable [] w, int from, int len) {
    if (w == null) {
      java.util.Arrays.parallelSort(y, from, from + len);
    } else {
      PairSort.sort(y, w, from, from + len);
    }
    double c = 0;
    double s = 0;
    double sum = 0;
    int end = from + len;
    for (int i = from; i < end;) {
      double v = y[i];
      double runW = 0;
      double runS = 0;
      for (; i < end && y[i] == v; i++) {
        double wi = w == null ? 1 : w[i];
        runW += wi;
        runS += wi * v;
      }
      sum += runW * (v * c - s);
      c += runW;
      s += runS;
    }
    return s > 0 ? sum / (c * s) : Double.NaN;
  }

  /**
   * The Gini coefficient of the normalised gaps under one line z, from welfare already sorted
   * ascending (the gaps are then descending): the same run-wise sum as
   * {@link #giniRange}, walking the range backwards, with no second sort.
   */
  private static double giniOfGaps(double[] y, double @org.jspecify.annotations.Nullable [] w, int from, int len,
      double z, org.tuopin.basics.Comparison poorWhen) {
    boolean strict = poorWhen == org.tuopin.basics.Comparison.BELOW;
    double c = 0;
    double s = 0;
    double sum = 0;
    for (int i = from + len - 1; i >= from;) {
      double v = y[i];
      double x = (strict ? v < z : v <= z) ? 1 - v / z : 0;
      double runW = 0;
      for (; i >= from && y[i] == v; i--) {
        runW += w == null ? 1 : w[i];
      }
      sum += runW * (x * c - s);
      c += runW;
      s += runW * x;
    }
    return s > 0 ? sum / (c * s) : Double.NaN;
  }
}
