package org.tuopin.examples.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.tuopin.measure.Measure;
import org.tuopin.measure.MeasureTable;
import org.tuopin.measure.Measures;
import org.tuopin.measure.Welfare;
import org.tuopin.region.RegionLevel;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.table.HouseholdTable;
import org.tuopin.table.HouseholdTableReader;

/**
 * Times the one-dimensional measures at national size against a plain pass over the same
 * column(s), in the same process: over a roster read as a columnar table, or over a synthetic
 * column.
 *
 * <p><b>Table mode</b> ({@code --table FILE [LEVEL] [ROUNDS]}) reads a roster with
 * {@link HouseholdTableReader} (such as the national roster of
 * {@link NationalRoster}: 8.97×10⁷ people in 2.95×10⁷ households) and takes
 * {@link Welfare#ofTable Welfare.ofTable(table, cn.national, LEVEL)}: one record per household,
 * weighted by its size, with the line of its income year, grouped by LEVEL (default
 * {@code PROVINCE}). The peer is a plain pass over the same columns (Σ weight × welfare).
 *
 * <p><b>Synthetic mode</b> ({@code [VALUES] [ROUNDS]}, default 8.96×10⁷ values, the registry's
 * peak population) times a seeded log-normal-like column (median about 4,000 yuan, a third or
 * so below the 2,995-yuan line), unweighted under one line, handed over with
 * {@link Welfare#wrap} so nothing is copied; the peer is a sum of the array.
 *
 * <p>Four figures, each the median of several rounds after a warm-up, as ratios to the plain
 * pass, with seconds: FGT(0) ({@code Measures.fgt}); the poverty measures FGT 0–2 and Watts in
 * one fused pass ({@link Measures#measure(Welfare, Set)}); every measure
 * ({@link Measures#measure(Welfare)}: FGT 0–2, Watts, SST, Gini, Theil, MLD, with one radix sort
 * shared by Gini and SST); and every measure in total and by group ({@link Measures#byGroup}).
 * Seconds are printed too, but the ratios are the figures to compare across machines.
 *
 * <pre>
 * java -Xmx8g -cp examples/target/tuopin.jar org.tuopin.examples.bench.MeasureBenchmark --table /work/scratch/national.csv PROVINCE 5
 * java -Xmx4g -cp examples/target/tuopin.jar org.tuopin.examples.bench.MeasureBenchmark [values] [rounds]
 * </pre>
 *
 * <p>Heap: the table, then the welfare columns (28 bytes a household) and, for Gini and SST, the
 * sort's keys, weights and group codes with their buffers (40 bytes a household): about 1.2 GB
 * over the national table's 2.95×10⁷ households besides the table; 16 bytes a value over a
 * synthetic column.
 */
public final class MeasureBenchmark {

  private static final Set<Measure> POVERTY = EnumSet.of(Measure.FGT0, Measure.FGT1, Measure.FGT2, Measure.WATTS);

  private MeasureBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args  {@code --table FILE [LEVEL] [ROUNDS]}, or the number of values (default
   *     89,600,000) and of rounds (default 5)
   * @throws IOException if the roster cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("--table")) {
      Path file = Path.of(args[1]);
      RegionLevel level = args.length > 2 ? RegionLevel.valueOf(args[2].toUpperCase(Locale.ROOT)) : RegionLevel.PROVINCE;
      int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
      long t = System.nanoTime();
      HouseholdTable table = HouseholdTableReader.create().read(file);
      double read = (System.nanoTime() - t) / 1e9;
      StandardSet national = StandardSets.of("cn.national");
      t = System.nanoTime();
      Welfare welfare = Welfare.ofTable(table, national, level);
      double columns = (System.nanoTime() - t) / 1e9;
      System.out.printf(Locale.ROOT, "%s: %,d households read in %.1f s; Welfare.ofTable by %s: %,d records, %d groups, "
          + "%.0f people, in %.2f s%n", file, table.size(), read, level, welfare.size(), welfare.groupNames().size(),
          Measures.measure(welfare, EnumSet.noneOf(Measure.class)).population(), columns);
      table = null; // the measures need only the columns
      run(welfare, rounds, () -> {
        double s = 0;
        for (int i = 0; i < welfare.size(); i++) {
          s += welfare.weight(i) * welfare.value(i);
        }
        return s;
      }, "plain pass (Σ weight × welfare)");
    } else {
      int n = args.length > 0 ? Integer.parseInt(args[0]) : 89_600_000;
      int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
      double[] y = new double[n];
      SplittableRandom random = new SplittableRandom(20261129L);
      for (int i = 0; i < n; i++) {
        y[i] = Math.rint(400_000 * Math.exp(0.8 * gaussian(random))) / 100; // whole fen
      }
      int[] codes = new int[n];
      for (int i = 0; i < n; i++) {
        codes[i] = (int) (((long) i * 31) / n); // 31 equal "provinces"
      }
      Welfare welfare = Welfare.wrap(y, null).withLine(2995).withGroups(codes,
          java.util.stream.IntStream.range(0, 31).mapToObj(p -> "p" + p).toList());
      System.out.printf(Locale.ROOT, "synthetic column: %,d values, one line, 31 groups%n", n);
      run(welfare, rounds, () -> {
        double s = 0;
        for (double v : y) {
          s += v;
        }
        return s;
      }, "plain pass (Σ welfare)");
    }
  }

  private static void run(Welfare welfare, int rounds, DoubleSupplier plainPass, String plainName) {
    double[] plain = times(rounds, plainPass);
    double[] fgt0 = times(rounds, () -> Measures.fgt(welfare, 0));
    double[] poverty = times(rounds, () -> Measures.measure(welfare, POVERTY).fgt2());
    double[] logs = times(rounds, () -> Measures.measure(welfare, EnumSet.of(Measure.THEIL, Measure.MLD)).total());
    double[] gini = times(rounds, () -> Measures.measure(welfare, EnumSet.of(Measure.GINI)).gini());
    double[] every = times(rounds, () -> Measures.measure(welfare).gini());
    double[] byGroup = times(rounds, () -> Measures.byGroup(welfare).all().gini());
    double p = median(plain);
    System.out.printf(Locale.ROOT, "%-44s %7.3f s  (spread %.3f–%.3f)%n", plainName, p, plain[0], plain[rounds - 1]);
    print("FGT(0)", fgt0, p);
    print("FGT(0), FGT(1), FGT(2), Watts (one pass)", poverty, p);
    print("Theil and MLD (two passes)", logs, p);
    print("Gini (one pass and a sort)", gini, p);
    print("every measure (one sort for Gini and SST)", every, p);
    print("every measure, in total and by group", byGroup, p);
    MeasureTable table = Measures.byGroup(welfare);
    System.out.println(table.all());
  }

  private static void print(String name, double[] seconds, double plain) {
    double m = median(seconds);
    System.out.printf(Locale.ROOT, "%-44s %7.3f s  %5.1f× the plain pass  (spread %.1f×–%.1f×)%n", name, m, m / plain,
        seconds[0] / plain, seconds[seconds.length - 1] / plain);
  }

  private static double gaussian(SplittableRandom r) {
    double u = r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }

  /** Runs a task once to warm up, then times it; returns the rounds' seconds, sorted. */
  private static double[] times(int rounds, DoubleSupplier task) {
    double sink = task.getAsDouble();
    double[] s = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t = System.nanoTime();
      sink += task.getAsDouble();
      s[r] = (System.nanoTime() - t) / 1e9;
    }
    if (sink == 42.4242) {
      System.out.println();
    }
    Arrays.sort(s);
    return s;
  }

  private static double median(double[] sorted) {
    return sorted[sorted.length / 2];
  }
}
