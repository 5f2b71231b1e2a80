package org.tuopin.measure;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Sorts a range of values ascending, moving a parallel array of weights with them: a
 * randomised quicksort with insertion sort for short runs, on primitives, so that weighted
 * Gini coefficients need no boxed indices.
 */
final class PairSort {

  private static final int INSERTION = 24;

  private PairSort() {
  }

  /** Sorts keys[from, to) ascending, applying the same moves to values. */
  static void sort(double[] keys, double[] values, int from, int to) {
    while (to - from > INSERTION) {
      int p = from + ThreadLocalRandom.current().nextInt(to - from);
      double pivot = keys[p];
      // three-way partition: < pivot | == pivot | > pivot
      int lt = from;
      int gt = to - 1;
      int i = from;
      while (i <= gt) {
        double k = keys[i];
        if (k < pivot) {
          swap(keys, values, lt++, i++);
        } else if (k > pivot) {
          swap(keys, values, i, gt--);
        } else {
          i++;
        }
      }
      if (lt - from < to - gt - 1) {
        sort(keys, values, from, lt);
        from = gt + 1;
      } else {
        sort(keys, values, gt + 1, to);
        to = lt;
      }
    }
    for (int i = from + 1; i < to; i++) {
      double k = keys[i];
      double v = values[i];
      int j = i - 1;
      while (j >= from && keys[j] > k) {
        keys[j + 1] = keys[j];
        values[j + 1] = values[j];
        j--;
      }
      keys[j + 1] = k;
      values[j + 1] = v;
    }
  }

  private static void swap(double[] keys, double[] values, int a, int b) {
    double k = keys[a];
    keys[a] = keys[b];
    keys[b] = k;
    double v = values[a];
    values[a] = values[b];
    values[b] = v;
  }
}
