package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * A seeded nonparametric bootstrap (自助法) of any measure of a welfare column: records are
 * drawn with replacement, with their weights and lines, the measure taken on each
 * replicate, and the percentile interval and the replicates' standard deviation reported.
 *
 * <p>The same seed, replications and data give the same interval, on every machine. The
 * design is simple random sampling of records; for a clustered survey, resample clusters
 * before building the column. A record that stands for several people
 * ({@link Welfare#ofFrequencies}, as {@link Welfare#ofTable} gives one record per household)
 * is drawn whole, with its people: the households are the units resampled.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Bootstrap {

  private final long seed;
  private final int replications;

  private Bootstrap(long seed, int replications) {
    this.seed = seed;
    this.replications = replications;
  }

  /**
   * Obtains a bootstrap.
   *
   * @param seed  the random seed
   * @param replications  the number of replicates, at least 2 (999 or more for an interval)
   * @return the bootstrap, not null
   * @throws IllegalArgumentException if fewer than 2 replications
   */
  public static Bootstrap of(long seed, int replications) {
    if (replications < 2) {
      throw new IllegalArgumentException("a bootstrap needs at least 2 replications: " + replications);
    }
    return new Bootstrap(seed, replications);
  }

  /**
   * Estimates a measure with a percentile interval.
   *
   * @param welfare  the column, not null
   * @param measure  the measure, such as {@code w -> Measures.fgt(w, 1)}, not null
   * @param level  the confidence level, such as 0.95
   * @return the estimate, not null
   * @throws IllegalArgumentException if the level is outside (0, 1) or the column is empty
   */
  public Estimate estimate(Welfare welfare, ToDoubleFunction<Welfare> measure, double level) {
    requireNonNull(welfare, "welfare");
    requireNonNull(measure, "measure");
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
    }
    int n = welfare.size();
    if (n == 0) {
      throw new IllegalArgumentException("cannot bootstrap an empty column");
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] replicates = new double[replications];
    int[] pick = new int[n];
    for (int r = 0; r < replications; r++) {
      for (int i = 0; i < n; i++) {
        pick[i] = random.nextInt(n);
      }
      replicates[r] = measure.applyAsDouble(welfare.pick(pick));
    }
    double mean = Arrays.stream(replicates).average().orElseThrow();
    double ss = 0;
    for (double v : replicates) {
      ss += (v - mean) * (v - mean);
    }
    Arrays.sort(replicates);
    double alpha = (1 - level) / 2;
    return new Estimate(measure.applyAsDouble(welfare), Math.sqrt(ss / (replications - 1)),
        quantile(replicates, alpha), quantile(replicates, 1 - alpha), level);
  }

  /** The quantile of sorted values, interpolated linearly (type 7). */
  private static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * Returns the seed and the number of replications.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Bootstrap{seed=" + seed + ", replications=" + replications + "}";
  }
}
