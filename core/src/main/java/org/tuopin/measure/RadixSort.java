package org.tuopin.measure;

import org.jspecify.annotations.Nullable;

/**
 * A stable least-significant-digit radix sort of doubles, moving a parallel array of
 * weights and one of group codes with them: the sort behind the rank-based measures (Gini,
 * SST), linear in the number of records.
 *
 * <p>Each double becomes a 64-bit key whose unsigned order is the order of
 * {@link Double#compare} (negative numbers with all bits flipped, others with the sign bit
 * flipped), so −0.0 sorts before 0.0 exactly as in {@link java.util.Arrays#sort(double[])};
 * NaN is refused. The keys are sorted 11 bits at a time (six passes at most); a digit that is
 * the same for every record is skipped, one counting pass finding them all. Equal keys keep
 * their order, so a last counting pass by group code ({@link Sorted#byGroup}) leaves each
 * group's records in order of welfare.
 */
final class RadixSort {

  private static final int BITS = 11;
  private static final int BUCKETS = 1 << BITS;
  private static final int MASK = BUCKETS - 1;
  private static final int DIGITS = (64 + BITS - 1) / BITS;

  private RadixSort() {
  }

  /**
   * Returns the key of a double: unsigned order of keys is the order of the doubles.
   *
   * @throws IllegalArgumentException for NaN
   */
  static long key(double d) {
    if (d != d) {
      throw new IllegalArgumentException("cannot sort NaN");
    }
    long bits = Double.doubleToRawLongBits(d);
    return bits ^ ((bits >> 63) | Long.MIN_VALUE);
  }

  /** Returns the double of a key. */
  static double value(long key) {
    long bits = key < 0 ? key ^ Long.MIN_VALUE : ~key;
    return Double.longBitsToDouble(bits);
  }

  /**
   * Sorts values[from, to) ascending, applying the same moves to weights (if not null); equal
   * values keep their order.
   *
   * @throws IllegalArgumentException if a value is NaN
   */
  static void sort(double[] values, double @Nullable [] weights, int from, int to) {
    int n = to - from;
    Sorted s = new Sorted(n, weights != null, false);
    for (int i = 0; i < n; i++) {
      s.keys[i] = key(values[from + i]);
      if (weights != null) {
        s.weights[i] = weights[from + i];
      }
    }
    s.sort();
    for (int i = 0; i < n; i++) {
      values[from + i] = value(s.keys[i]);
      if (weights != null) {
        weights[from + i] = s.weights[i];
      }
    }
  }

  /**
   * Keys with their weights (or none, for weight 1) and group codes (or none), sorted in place
   * by {@link #sort()}, with buffers of the same size for the passes.
   */
  static final class Sorted {

    long[] keys;
    double @Nullable [] weights;
    int @Nullable [] groups;
    private long[] keyBuffer;
    private double @Nullable [] weightBuffer;
    private int @Nullable [] groupBuffer;
    final int size;

    Sorted(int size, boolean weighted, boolean grouped) {
      this.size = size;
      keys = new long[size];
      keyBuffer = new long[size];
      weights = weighted ? new double[size] : null;
      weightBuffer = weighted ? new double[size] : null;
      groups = grouped ? new int[size] : null;
      groupBuffer = grouped ? new int[size] : null;
    }

    /** Sorts the keys ascending, stably, moving weights and groups along. */
    void sort() {
      int[][] counts = new int[DIGITS][BUCKETS];
      long[] k = keys;
      int n = size;
      for (int i = 0; i < n; i++) {
        long key = k[i];
        for (int d = 0; d < DIGITS; d++) {
          counts[d][(int) (key >>> (d * BITS)) & MASK]++;
        }
      }
      for (int d = 0; d < DIGITS; d++) {
        int[] c = counts[d];
        if (n == 0 || c[(int) (k[0] >>> (d * BITS)) & MASK] == n) {
          continue; // every record has this digit
        }
        int sum = 0;
        for (int b = 0; b < BUCKETS; b++) {
          int t = c[b];
          c[b] = sum;
          sum += t;
        }
        pass(c, d * BITS);
        k = keys;
      }
    }

    /** Moves every record to its bucket's next place by the digit at the shift; swaps buffers. */
    private void pass(int[] next, int shift) {
      long[] k = keys;
      long[] kb = keyBuffer;
      double[] w = weights;
      double[] wb = weightBuffer;
      int[] g = groups;
      int[] gb = groupBuffer;
      int n = size;
      if (w == null && g == null) {
        for (int i = 0; i < n; i++) {
          long key = k[i];
          kb[next[(int) (key >>> shift) & MASK]++] = key;
        }
      } else if (g == null) {
        for (int i = 0; i < n; i++) {
          long key = k[i];
          int j = next[(int) (key >>> shift) & MASK]++;
          kb[j] = key;
          wb[j] = w[i];
        }
      } else {
        for (int i = 0; i < n; i++) {
          long key = k[i];
          int j = next[(int) (key >>> shift) & MASK]++;
          kb[j] = key;
          if (w != null) {
            wb[j] = w[i];
          }
          gb[j] = g[i];
        }
      }
      keys = kb;
      keyBuffer = k;
      weights = wb;
      weightBuffer = w;
      groups = gb;
      groupBuffer = g;
    }

    /**
     * Orders the records by group code, stably, so each group's records stay in order of
     * key; returns where each group starts (and, last, the size). Needs group codes.
     */
    int[] byGroup(int groupCount) {
      int[] g = groups;
      int[] start = new int[groupCount + 1];
      for (int i = 0; i < size; i++) {
        start[g[i] + 1]++;
      }
      for (int c = 0; c < groupCount; c++) {
        start[c + 1] += start[c];
      }
      int[] next = java.util.Arrays.copyOf(start, groupCount);
      long[] k = keys;
      long[] kb = keyBuffer;
      double[] w = weights;
      double[] wb = weightBuffer;
      int[] gb = groupBuffer;
      for (int i = 0; i < size; i++) {
        int j = next[g[i]]++;
        kb[j] = k[i];
        if (w != null) {
          wb[j] = w[i];
        }
        gb[j] = g[i];
      }
      keys = kb;
      keyBuffer = k;
      weights = wb;
      weightBuffer = w;
      groups = gb;
      groupBuffer = g;
      return start;
    }
  }
}
