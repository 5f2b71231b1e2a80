package org.tuopin.examples.bench;

import java.nio.file.Path;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.table.CompiledStandard;
import org.tuopin.table.HouseholdTable;

/**
 * Benchmarks of the columnar table, each figure a ratio to a peer measured in the same run.
 *
 * <ul>
 *   <li>P2: re-assessing an in-memory table under a changed standard (households a second),
 *       against a plain loop summing the same columns (net income, size, conditions, year);
 *   <li>P3: bytes a person resident: the heap held by the table after a full GC, against the
 *       bytes its columns hold.
 * </ul>
 *
 * <p>Usage (a roster from {@link CountyRoster}):
 * <pre>
 * java -Xmx4g -cp examples/target/tuopin.jar org.tuopin.examples.bench.TableBenchmark /work/scratch/county.csv
 * </pre>
 */
public final class TableBenchmark {

  private TableBenchmark() {
  }

  /**
   * Runs the benchmarks.
   *
   * @param args  the roster file
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    long before = used();
    long t0 = System.nanoTime();
    HouseholdTable table = HouseholdTable.read(file);
    long readNanos = System.nanoTime() - t0;
    long held = used() - before;
    System.out.printf("read %s: %d households, %d people in %.2f s%n", file.getFileName(), table.size(),
        table.people(), readNanos / 1e9);
    System.out.printf("P3: %.1f bytes a person resident (heap after GC); columns alone %.1f; ratio %.2f%n",
        (double) held / table.people(), (double) table.columnBytes() / table.people(),
        (double) held / table.columnBytes());

    StandardSet national = StandardSets.of("cn.national");
    StandardSet changed = national.derive("cn.example.bench").withoutHouseholdCriterion("housing").build();
    CompiledStandard a = CompiledStandard.of(national);
    CompiledStandard b = CompiledStandard.of(changed);
    long sink = 0;
    double bestAssess = Double.MAX_VALUE;
    double bestLoop = Double.MAX_VALUE;
    for (int round = 0; round < 15; round++) {
      long s = System.nanoTime();
      sink += (round % 2 == 0 ? a : b).assess(table).notCovered();
      bestAssess = Math.min(bestAssess, System.nanoTime() - s);
      s = System.nanoTime();
      sink += plainLoop(table);
      bestLoop = Math.min(bestLoop, System.nanoTime() - s);
    }
    System.out.printf("P2: re-assess %.3g households/s; plain loop over the same columns %.3g households/s;"
        + " ratio %.2f (sink %d)%n", table.size() / (bestAssess / 1e9), table.size() / (bestLoop / 1e9),
        bestAssess / bestLoop, sink);
  }

  /** The peer of P2: one pass summing the columns an assessment reads, on one core, through the public accessors. */
  private static long plainLoop(HouseholdTable t) {
    long sum = 0;
    for (int i = 0; i < t.size(); i++) {
      sum += t.netIncomeFen(i) + t.householdSize(i) + t.incomeYear(i);
    }
    return sum;
  }

  private static long used() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
