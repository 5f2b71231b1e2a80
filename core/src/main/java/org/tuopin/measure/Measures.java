package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Comparison;

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
 *   <li>Records of weight 0 count in {@code n} but change no measure; under frequency
 *       weights ({@link Welfare#isFrequencyWeighted()}) a record counts in {@code n} as
 *       many times as its weight, the records it stands for.
 * </ul>
 *
 * <p>One pass computes the additive measures and the mean, of every group and of the whole
 * column at once; Theil and MLD take a second pass about the means; Gini and SST share one
 * stable radix sort of the welfare values (linear in the records), after which one counting
 * pass orders every group. The sort runs in the common fork-join pool while the calling thread
 * takes the logarithms (and, under lines that differ, sorts the poverty gaps). {@link #measure(Welfare, Set)} computes only the measures asked for.
 * Measures are {@code double}; money has become welfare values before they are taken.
 */
public final class Measures {

  private static final Set<Measure> EVERY = EnumSet.allOf(Measure.class);

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
    if (kind == 0) {
      // the headcount: no gap to divide out, and a sum the compiler can take without a branch
      double[] lines = welfare.lines();
      if (lines == null && !constant && y.length > 0) {
        welfare.line(0); // throws: no line is set
      }
      for (int i = 0; i < y.length; i++) {
        double wi = weights == null ? 1 : weights[i];
        double z = lines == null ? z0 : lines[i];
        double yi = y[i];
        w += wi;
        s += (strict ? yi < z : yi <= z) ? wi : 0;
      }
      return s / w;
    }
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
    return measure(welfare, EnumSet.of(Measure.SST)).sst();
  }

  /**
   * Computes the Gini coefficient, without small-sample correction.
   *
   * @param welfare  the column, not null
   * @return the coefficient, NaN when the mean is not positive
   */
  public static double gini(Welfare welfare) {
    return measure(welfare, EnumSet.of(Measure.GINI)).gini();
  }

  /**
   * Computes the Theil index, GE(1).
   *
   * @param welfare  the column, not null
   * @return the index, empty if a welfare is zero or negative
   */
  public static OptionalDouble theil(Welfare welfare) {
    return measure(welfare, EnumSet.of(Measure.THEIL)).theil();
  }

  /**
   * Computes the mean log deviation, GE(0).
   *
   * @param welfare  the column, not null
   * @return the index, empty if a welfare is zero or negative
   */
  public static OptionalDouble mld(Welfare welfare) {
    return measure(welfare, EnumSet.of(Measure.MLD)).mld();
  }

  /**
   * Computes every measure of the whole column, ignoring its groups.
   *
   * @param welfare  the column, not null; poverty measures are NaN without a line
   * @return the measures, named {@code all}, not null
   */
  public static GroupMeasures measure(Welfare welfare) {
    return measure(welfare, EVERY);
  }

  /**
   * Computes some of the measures of the whole column, ignoring its groups, in as few passes as
   * they need: FGT(0, 1, 2) and Watts in one pass, Theil and MLD in one more, Gini and SST
   * with one sort between them.
   *
   * @param welfare  the column, not null; poverty measures are NaN without a line
   * @param measures  the measures wanted, not null; the others are NaN
   * @return the measures, named {@code all}, not null
   */
  public static GroupMeasures measure(Welfare welfare, Set<Measure> measures) {
    requireNonNull(welfare, "welfare");
    return compute(welfare, false, requireNonNull(measures, "measures")).all();
  }

  /**
   * Computes every measure in total and for each group of the column, with their
   * decompositions.
   *
   * @param welfare  the column, not null; poverty measures are NaN without a line
   * @return the table, not null
   */
  public static MeasureTable byGroup(Welfare welfare) {
    return byGroup(welfare, EVERY);
  }

  /**
   * Computes some of the measures in total and for each group of the column, in the same
   * passes as {@link #measure(Welfare, Set)}: the groups' sums are taken beside the total's,
   * and one sort of the whole column orders every group too.
   *
   * @param welfare  the column, not null; poverty measures are NaN without a line
   * @param measures  the measures wanted, not null; the others are NaN
   * @return the table, not null
   */
  public static MeasureTable byGroup(Welfare welfare, Set<Measure> measures) {
    requireNonNull(welfare, "welfare");
    return compute(welfare, true, requireNonNull(measures, "measures"));
  }

  /**
   * Computes the linearised standard error of FGT(α) with weights, for a simple random
   * sample drawn with replacement (or from a large population): FGT is the ratio
   * Σwᵢfᵢ ÷ Σwᵢ, whose linearised variance is n/(n − 1) Σ wᵢ²(fᵢ − FGT)² ÷ W². Without
   * weights this is the familiar s/√n. Under frequency weights it is that of the records
   * stood for, written out one by one: n = W and the sum is Σ wᵢ(fᵢ − FGT)².
   *
   * @param welfare  the column, with a line, at least two records, not null
   * @param alpha  the poverty aversion α, at least 0
   * @return the standard error
   * @throws IllegalArgumentException if α is negative or there are fewer than two records
   */
  public static double fgtStandardError(Welfare welfare, double alpha) {
    boolean frequencies = welfare.isFrequencyWeighted();
    double n = 0;
    for (int i = 0; i < welfare.size(); i++) {
      n += frequencies ? welfare.weight(i) : 1;
    }
    if (n < 2) {
      throw new IllegalArgumentException("a standard error needs at least two records: " + (long) n);
    }
    double p = fgt(welfare, alpha);
    double w = 0;
    double s = 0;
    for (int i = 0; i < welfare.size(); i++) {
      double wi = welfare.weight(i);
      double f = welfare.isPoor(i) ? Math.pow(1 - welfare.value(i) / welfare.line(i), alpha) : 0;
      w += wi;
      s += (frequencies ? wi : wi * wi) * (f - p) * (f - p);
    }
    return Math.sqrt(s * n / (n - 1)) / w;
  }

  /**
   * Computes the wanted measures of all records and, when asked, of each group, in the same
   * passes: one fused pass for the counts, totals, FGT(0, 1, 2) and Watts of every group and of
   * the whole column; one about the means for Theil and MLD; and, for Gini and SST, one stable
   * radix sort of the welfare values, which orders the whole column, after which one counting
   * pass by group orders each group. Under one line the poverty gaps are in the reverse order of
   * welfare and need no sort of their own; under lines that differ, the gaps of the poor alone
   * are sorted. The whole column's sums run over the records in order, as do each group's, so
   * the figures do not depend on whether groups are asked for.
   */
  private static MeasureTable compute(Welfare welfare, boolean byGroup, Set<Measure> wanted) {
    int groups = byGroup && welfare.isGrouped() ? welfare.groupNames().size() : 0;
    int all = groups; // the accumulators' last slot is the whole column's
    int slots = groups + 1;
    int n = welfare.size();
    boolean line = welfare.hasLine();
    boolean wantSst = line && wanted.contains(Measure.SST);
    boolean wantGini = wanted.contains(Measure.GINI);
    boolean wantLogs = wanted.contains(Measure.THEIL) || wanted.contains(Measure.MLD);
    boolean poverty = line && (wantSst || wanted.contains(Measure.FGT0) || wanted.contains(Measure.FGT1)
        || wanted.contains(Measure.FGT2) || wanted.contains(Measure.WATTS));
    boolean ranks = wantGini || wantSst;
    double[] values = welfare.values();
    double[] weights = welfare.weights();
    double[] lines = welfare.lines();
    int[] codes = groups > 0 ? welfare.groupCodes() : null;
    boolean strict = welfare.poorWhen() == Comparison.BELOW;
    boolean frequencies = welfare.isFrequencyWeighted();
    double z0 = welfare.hasConstantLine() ? welfare.line(0) : lines != null && n > 0 ? lines[0] : Double.NaN;
    long[] count = new long[slots];
    double[] w = new double[slots];
    double[] y = new double[slots];
    double[] f0 = new double[slots];
    double[] f1 = new double[slots];
    double[] f2 = new double[slots];
    double[] watts = new double[slots];
    boolean[] positive = new boolean[slots];
    Arrays.fill(positive, true);
    boolean oneLine = true;
    int poorRecords = 0;
    RadixSort.Sorted sorted = ranks ? new RadixSort.Sorted(n, weights != null, groups > 0) : null;
    // the whole column's sums in locals, each group's in its slot, both in record order
    long tn = 0;
    double tw = 0;
    double ty = 0;
    double tf0 = 0;
    double tf1 = 0;
    double tf2 = 0;
    double tWatts = 0;
    boolean tPositive = true;
    for (int i = 0; i < n; i++) {
      double wi = weights == null ? 1 : weights[i];
      double yi = values[i];
      long ni = frequencies ? (long) wi : 1;
      tn += ni;
      tw += wi;
      ty += wi * yi;
      boolean notPositive = yi <= 0;
      if (notPositive) {
        tPositive = false;
      }
      int g = -1;
      if (codes != null) {
        g = codes[i];
        count[g] += ni;
        w[g] += wi;
        y[g] += wi * yi;
        if (notPositive) {
          positive[g] = false;
        }
      }
      if (poverty) {
        double z = lines == null ? z0 : lines[i];
        if (z != z0) {
          oneLine = false;
        }
        if (strict ? yi < z : yi <= z) {
          double gap = 1 - yi / z;
          double lw = yi > 0 ? wi * Math.log(z / yi) : 0;
          poorRecords++;
          tf0 += wi;
          tf1 += wi * gap;
          tf2 += wi * gap * gap;
          tWatts += lw;
          if (g >= 0) {
            f0[g] += wi;
            f1[g] += wi * gap;
            f2[g] += wi * gap * gap;
            watts[g] += lw;
          }
        }
      }
      if (sorted != null) {
        sorted.keys[i] = RadixSort.key(yi);
        if (weights != null) {
          sorted.weights[i] = wi;
        }
        if (codes != null) {
          sorted.groups[i] = codes[i];
        }
      }
    }
    count[all] = tn;
    w[all] = tw;
    y[all] = ty;
    f0[all] = tf0;
    f1[all] = tf1;
    f2[all] = tf2;
    watts[all] = tWatts;
    positive[all] = tPositive;
    // the sort of the column on another core, while this one takes the logarithms and the gaps
    ForkJoinTask<?> sorting = sorted == null ? null : ForkJoinPool.commonPool().submit(sorted::sort);
    double[] theil = new double[slots];
    double[] mld = new double[slots];
    if (wantLogs) {
      double tTheil = 0;
      double tMld = 0;
      // ln rᵍ = ln r + ln(Wᵍ·Y ÷ (Yᵍ·W)): one logarithm a record serves its group and the column
      double[] shift = new double[slots];
      for (int g = 0; g < groups; g++) {
        shift[g] = Math.log(w[g] * ty / (y[g] * tw));
      }
      for (int i = 0; i < n; i++) {
        double wi = weights == null ? 1 : weights[i];
        if (wi > 0) {
          double yi = values[i];
          int g = codes == null ? all : codes[i];
          if (tPositive) {
            double r = yi * tw / ty;
            double l = Math.log(r);
            tTheil += wi * r * l;
            tMld -= wi * l;
            if (g != all) {
              double lg = l + shift[g];
              theil[g] += wi * (yi * w[g] / y[g]) * lg;
              mld[g] -= wi * lg;
            }
          } else if (g != all && positive[g]) {
            double r = yi * w[g] / y[g];
            double l = Math.log(r);
            theil[g] += wi * r * l;
            mld[g] -= wi * l;
          }
        }
      }
      theil[all] = tTheil;
      mld[all] = tMld;
    }
    double[] gini = new double[slots];
    double[] gapGini = new double[slots];
    Arrays.fill(gini, Double.NaN);
    if (sorted != null) {
      // the gaps of the poor under lines that differ, sorted on their own
      RadixSort.Sorted gaps = null;
      if (wantSst && !oneLine && poorRecords > 0) {
        gaps = new RadixSort.Sorted(poorRecords, weights != null, groups > 0);
        for (int i = 0, j = 0; i < n; i++) {
          double yi = values[i];
          double z = lines[i];
          if (strict ? yi < z : yi <= z) {
            gaps.keys[j] = RadixSort.key(1 - yi / z);
            if (weights != null) {
              gaps.weights[j] = weights[i];
            }
            if (codes != null) {
              gaps.groups[j] = codes[i];
            }
            j++;
          }
        }
        gaps.sort();
      }
      sorting.join();
      ranked(sorted, 0, n, all, gini, gapGini, gaps, 0, poorRecords, w, f0, f1, wantSst, oneLine, z0, strict);
      if (groups > 0) {
        int[] start = sorted.byGroup(groups);
        int[] gapStart = gaps == null ? null : gaps.byGroup(groups);
        for (int g = 0; g < groups; g++) {
          ranked(sorted, start[g], start[g + 1], g, gini, gapGini, gaps, gapStart == null ? 0 : gapStart[g],
              gapStart == null ? 0 : gapStart[g + 1], w, f0, f1, wantSst, oneLine, z0, strict);
        }
      }
    }
    List<GroupMeasures> result = new ArrayList<>(slots);
    for (int g = 0; g < slots; g++) {
      double nan = Double.NaN;
      double sst = !wantSst ? nan : f1[g] == 0 ? 0 : f1[g] / w[g] * (1 + gapGini[g]);
      double[] v = new double[Measure.values().length];
      Arrays.fill(v, nan);
      if (poverty) {
        v[Measure.FGT0.ordinal()] = f0[g] / w[g];
        v[Measure.FGT1.ordinal()] = f1[g] / w[g];
        v[Measure.FGT2.ordinal()] = f2[g] / w[g];
        v[Measure.WATTS.ordinal()] = watts[g] / w[g];
      }
      v[Measure.SST.ordinal()] = sst;
      v[Measure.GINI.ordinal()] = gini[g];
      if (wantLogs) {
        v[Measure.THEIL.ordinal()] = theil[g] / w[g];
        v[Measure.MLD.ordinal()] = mld[g] / w[g];
      }
      for (Measure m : Measure.values()) {
        if (!wanted.contains(m)) {
          v[m.ordinal()] = nan;
        }
      }
      result.add(new GroupMeasures(g == all ? MeasureTable.ALL : welfare.groupNames().get(g), count[g], w[g], y[g],
          v, positive[g]));
    }
    return new MeasureTable(result.get(all), result.subList(0, groups));
  }

  /** Sets the Gini coefficient and the Gini of the gaps of one slot from its sorted ranges. */
  private static void ranked(RadixSort.Sorted sorted, int from, int to, int slot, double[] gini, double[] gapGini,
      RadixSort.@Nullable Sorted gaps, int gapFrom, int gapTo, double[] w, double[] f0, double[] f1, boolean sst,
      boolean oneLine, double z, boolean strict) {
    gini[slot] = giniOfSorted(sorted.keys, sorted.weights, from, to, 0);
    if (sst && f1[slot] != 0) {
      gapGini[slot] = oneLine
          ? giniOfGaps(sorted.keys, sorted.weights, from, to, z, strict)
          : giniOfSorted(gaps.keys, gaps.weights, gapFrom, gapTo, w[slot] - f0[slot]);
    }
  }

  /**
   * The Gini coefficient of the keys [from, to), sorted ascending, with weights w (null for 1),
   * after a run of zeros of the given weight. Over ascending values taken a run of equal values at
   * a time, Σ_runs W_run(y·C − S) ÷ (W·Y), C and S the weight and weighted welfare before the
   * run, is ΣᵢΣⱼ wᵢwⱼ|yᵢ − yⱼ| ÷ (2W²μ); equal values add exactly nothing, so equal incomes
   * give exactly 0.
   */
  private static double giniOfSorted(long[] keys, double @Nullable [] w, int from, int to, double zeros) {
    double c = zeros;
    double s = 0;
    double sum = 0;
    for (int i = from; i < to;) {
      long k = keys[i];
      double v = RadixSort.value(k);
      double runW = 0;
      double runS = 0;
      for (; i < to && (keys[i] == k || RadixSort.value(keys[i]) == v); i++) {
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
   * The Gini coefficient of the normalised gaps under one line z, from welfare keys sorted
   * ascending (the gaps are then descending): the same run-wise sum as
   * {@link #giniOfSorted}, walking the range backwards, with no second sort.
   */
  private static double giniOfGaps(long[] keys, double @Nullable [] w, int from, int to, double z,
      boolean strict) {
    double c = 0;
    double s = 0;
    double sum = 0;
    for (int i = to - 1; i >= from;) {
      long k = keys[i];
      double v = RadixSort.value(k);
      double x = (strict ? v < z : v <= z) ? 1 - v / z : 0;
      double runW = 0;
      for (; i >= from && (keys[i] == k || RadixSort.value(keys[i]) == v); i--) {
        runW += w == null ? 1 : w[i];
      }
      sum += runW * (x * c - s);
      c += runW;
      s += runW * x;
    }
    return s > 0 ? sum / (c * s) : Double.NaN;
  }
}
