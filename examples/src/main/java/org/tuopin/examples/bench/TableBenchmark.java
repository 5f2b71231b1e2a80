package org.tuopin.examples.bench;

import java.nio.file.Path;
import java.util.stream.IntStream;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;
import org.tuopin.table.CompiledStandard;
import org.tuopin.table.HouseholdTable;
import org.tuopin.table.HouseholdTableReader;
import org.tuopin.table.TableAssessment;

/**
 * Benchmarks of the columnar table, each figure a ratio to a peer measured in the same run.
 *
 * <ul>
 *   <li>P2: re-assessing an in-memory table under a changed standard (households a second, on
 *       all cores; the verdicts made, not counted afterwards), against a plain loop on the same
 *       cores summing the same columns (complete, income year, net income, size, conditions)
 *       through the public accessors, the two alternating round by round;
 *   <li>P3: bytes a person resident: the heap held by the table after a full GC, without and
 *       with the person columns, against the bytes its columns hold.
 * </ul>
 *
 * <p>Usage (a roster from {@link NationalRoster} or {@link CountyRoster}):
 * <pre>
 * java -Xmx4g -cp examples/target/tuopin.jar org.tuopin.examples.bench.TableBenchmark /work/scratch/h1m.csv
 * </pre>
 */
public final class TableBenchmark {

  private static final int CHUNK = 1 << 16;

  private TableBenchmark() {
  }

  /**
   * Runs the benchmarks.
   *
   * @param args  the roster file; optionally {@code --rounds N} (default 15)
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int rounds = args.length > 2 && args[1].equals("--rounds") ? Integer.parseInt(args[2]) : 15;
    HouseholdTable table = p3(file, HouseholdTableReader.create(), "without person columns");
    table = null;
    table = p3(file, HouseholdTableReader.create().withPersonColumns(), "with person columns");

    StandardSet national = StandardSets.of("cn.national");
    StandardSet changed = national.derive("cn.example.bench").withoutHouseholdCriterion("housing").build();
    CompiledStandard a = CompiledStandard.of(national);
    CompiledStandard b = CompiledStandard.of(changed);
    long sink = 0;
    double[] assess = new double[rounds];
    double[] loop = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      long s = System.nanoTime();
      TableAssessment result = (round % 2 == 0 ? a : b).assess(table);
      assess[round] = System.nanoTime() - s;
      sink += result.notCovered();
      s = System.nanoTime();
      sink += plainLoop(table);
      loop[round] = System.nanoTime() - s;
    }
    java.util.Arrays.sort(assess);
    java.util.Arrays.sort(loop);
    int n = table.size();
    System.out.printf("P2: re-assess %.3g households/s (best; median %.3g, worst %.3g); plain loop %.3g households/s"
        + " (best; median %.3g); ratio best/best %.2f, median/median %.2f (sink %d)%n",
        n / (assess[0] / 1e9), n / (assess[rounds / 2] / 1e9), n / (assess[rounds - 1] / 1e9),
        n / (loop[0] / 1e9), n / (loop[rounds / 2] / 1e9), assess[0] / loop[0], assess[rounds / 2] / loop[rounds / 2],
        sink);
  }

  private static HouseholdTable p3(Path file, HouseholdTableReader reader, String what) throws Exception {
    long before = used();
    long t0 = System.nanoTime();
    HouseholdTable table = reader.read(file);
    long readNanos = System.nanoTime() - t0;
    long held = used() - before;
    System.out.printf("read %s %s: %d households, %d people in %.2f s%n", file.getFileName(), what, table.size(),
        table.people(), readNanos / 1e9);
    System.out.printf("P3 %s: %.1f bytes a person resident (heap after GC); columns alone %.1f; ratio %.2f%n", what,
        (double) held / table.people(), (double) table.columnBytes() / table.people(),
        (double) held / table.columnBytes());
    return table;
  }

  /** The peer of P2: one pass on the same cores summing the columns an assessment reads, through the public accessors. */
  private static long plainLoop(HouseholdTable t) {
    int chunks = (t.size() + CHUNK - 1) / CHUNK;
    return IntStream.range(0, chunks).parallel().mapToLong(k -> {
      long sum = 0;
      for (int i = k * CHUNK, to = Math.min(t.size(), (k + 1) * CHUNK); i < to; i++) {
        sum += t.netIncomeFen(i) + t.householdSize(i) + t.incomeYear(i) + t.conditionBits(i)
            + (t.isComplete(i) ? 1 : 0);
      }
      return sum;
    }).sum();
  }

  private static long used() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
