package org.tuopin.examples.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.tuopin.measure.GroupMeasures;
import org.tuopin.measure.Measures;
import org.tuopin.measure.Welfare;

/**
 * Times the one-dimensional measures over a national-sized synthetic welfare column — by
 * default 8.96×10⁷ values, the registry's peak population — against a plain pass over the
 * same array (a sum), in the same process.
 *
 * <p>The column is seeded and log-normal-like (median about 4,000 yuan, a third or so below
 * the 2,995-yuan line), handed to the measures with {@link Welfare#wrap} so nothing is
 * copied. Three figures, each the median of several rounds after a warm-up, as ratios to the
 * plain pass: FGT(0), the poverty measures in one pass (FGT 0–2 and Watts by
 * {@code Measures.fgt} three times and once {@code watts}), and every measure
 * ({@link Measures#measure}: FGT 0–2, Watts, SST, Gini, Theil, MLD), which sorts a copy of
 * the column twice (Gini and SST). Milliseconds are printed too, but the ratios are the
 * figures to compare across machines.
 *
 * <pre>
 * java -Xmx4g -cp examples/target/tuopin.jar org.tuopin.examples.bench.MeasureBenchmark [values] [rounds]
 * </pre>
 *
 * <p>Heap: the column (8 bytes a value) and, for Gini and SST, a sorted copy and the gaps
 * (8 bytes each a value): about 2.2 GB at 8.96×10⁷, so {@code -Xmx4g}.
 */
public final class MeasureBenchmark {

  private MeasureBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args  the number of values (default 89,600,000) and of rounds (default 5)
   */
  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 89_600_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    double[] y = new double[n];
    SplittableRandom random = new SplittableRandom(20261129L);
    for (int i = 0; i < n; i++) {
      y[i] = Math.rint(400_000 * Math.exp(0.8 * gaussian(random))) / 100; // whole fen
    }
    Welfare welfare = Welfare.wrap(y, null).withLine(2995);
    double plain = median(rounds, () -> {
      double s = 0;
      for (double v : y) {
        s += v;
      }
      return s;
    });
    double fgt0 = median(rounds, () -> Measures.fgt(welfare, 0));
    double poverty = median(rounds, () -> Measures.fgt(welfare, 0) + Measures.fgt(welfare, 1)
        + Measures.fgt(welfare, 2) + Measures.watts(welfare));
    double all = median(Math.max(1, rounds / 2), () -> Measures.measure(welfare).gini());
    GroupMeasures m = Measures.measure(welfare);
    System.out.printf(Locale.ROOT, "%,d values; plain pass (sum) %.0f ms%n", n, plain);
    System.out.printf(Locale.ROOT, "FGT(0)                              %.0f ms  %.1f× the plain pass%n", fgt0,
        fgt0 / plain);
    System.out.printf(Locale.ROOT, "FGT(0), FGT(1), FGT(2), Watts       %.0f ms  %.1f×%n", poverty, poverty / plain);
    System.out.printf(Locale.ROOT, "every measure (with Gini, SST sorts) %.0f ms  %.1f×%n", all, all / plain);
    System.out.println(m);
  }

  private static double gaussian(SplittableRandom r) {
    double u = r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }

  /** Runs a task once to warm up, then times it; returns the median in milliseconds. */
  private static double median(int rounds, DoubleSupplier task) {
    double sink = task.getAsDouble();
    double[] ms = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t = System.nanoTime();
      sink += task.getAsDouble();
      ms[r] = (System.nanoTime() - t) / 1e6;
    }
    if (sink == 42.4242) {
      System.out.println();
    }
    Arrays.sort(ms);
    return ms[rounds / 2];
  }
}
