package org.tuopin.examples.sample;

import java.util.Locale;
import java.util.Random;

/**
 * The drawing and writing shared by the roster generators ({@link SampleRoster} and the
 * county-scale {@code CountyRoster}): uniform and weighted draws from a seeded random source,
 * and amounts in yuan written from fen as the roster files write them.
 */
public final class Draws {

  private Draws() {
  }

  /**
   * Draws a whole number between two bounds, both included.
   *
   * @param rnd  the random source, not null
   * @param lo  the lowest value
   * @param hi  the highest value, not less than {@code lo}
   * @return the number drawn
   */
  public static int between(Random rnd, int lo, int hi) {
    return lo + rnd.nextInt(hi - lo + 1);
  }

  /**
   * Draws an index with the given weights.
   *
   * @param rnd  the random source, not null
   * @param weights  the weight of each index, not all zero, not null
   * @return the index drawn
   */
  public static int pick(Random rnd, int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = rnd.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /**
   * Writes an amount in yuan from fen: without needless decimals (6000, 3000.5, 412.25), or
   * always with two (6000.00).
   *
   * @param fen  the amount in fen
   * @param fullDecimals  whether to write both decimals always
   * @return the text, not null
   */
  public static String amount(long fen, boolean fullDecimals) {
    long yuan = fen / 100;
    long cents = fen % 100;
    if (cents == 0 && !fullDecimals) {
      return Long.toString(yuan);
    }
    if (cents % 10 == 0 && !fullDecimals) {
      return yuan + "." + (cents / 10);
    }
    if (fen >= 0) {
      return yuan + (cents < 10 ? ".0" : ".") + cents;
    }
    return String.format(Locale.ROOT, "%d.%02d", yuan, cents);
  }
}
