package org.tuopin.examples.bench;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;

/**
 * Measures how Tuopin handles a county-sized roster: time against a plain FastCSV peer read
 * in the same run, and the heap the imported roster keeps.
 *
 * <p>In one JVM, on one roster file (written by {@link CountyRoster}), it measures:
 * <ul>
 *   <li>{@code peer}: reading the file with plain FastCSV, the CSV library the reader uses,
 *       touching every field (summing field lengths), no Tuopin: the floor any roster reader
 *       on this JVM pays;</li>
 *   <li>{@code read}: {@code RosterReader.create().read(file)};</li>
 *   <li>{@code read + assess}: that read, then assessing every household with
 *       {@code cn.national}, the library's main job;</li>
 *   <li>{@code cli}: the command line's own code ({@code assess --standard cn.national
 *       --roster FILE --format csv --out FILE}), run in this JVM.</li>
 * </ul>
 * Each case runs a few times after warm-up, the cases taking turns; the table gives the
 * best and median wall time and their ratios to the peer's (on a busy machine the ratio of
 * the best times is the steadier). Before timing, it reads
 * the file once more and measures the heap retained by the {@code RosterImport} (and then by
 * the assessments too) after full garbage collections, in bytes per person (row), and the
 * highest heap use during the read (the sum of the heap pools' peaks, an upper bound).
 *
 * <p>Figures depend on the machine; only the ratios to the peer measured in the same run
 * are meant to be compared across machines and versions. How to run it, from the top of the
 * project:
 * <pre>
 * mvn -B -ntp -q package -DskipTests
 * java -cp examples/target/tuopin.jar org.tuopin.examples.bench.CountyRoster /tmp/county.csv 1000000
 * java -Xmx4g -cp examples/target/tuopin.jar org.tuopin.examples.bench.CountyScaleBenchmark /tmp/county.csv
 * </pre>
 * Options after the file: {@code --warmup N} (default 1), {@code --reps N} (default 3) and
 * {@code --only memory|peer|read|assess|cli} (repeatable; default all cases). To find the
 * smallest heap that reads and assesses the county, run only the memory step under
 * decreasing heaps; it prints {@code FAILED} and exits with status 1 when the heap is too
 * small:
 * <pre>
 * for x in 4g 2g 1g 768m 512m; do
 *   java -Xmx$x -cp examples/target/tuopin.jar org.tuopin.examples.bench.CountyScaleBenchmark \
 *       /tmp/county.csv --only memory || break
 * done
 * </pre>
 */
public final class CountyScaleBenchmark {

  private static final String PEER = "peer: FastCSV, every field";
  private static final String READ = "tuopin: read";
  private static final String ASSESS = "tuopin: read + assess";
  private static final String CLI = "cli: assess --format csv";

  private final Path roster;
  private final StandardSet national = StandardSets.of("cn.national");
  private final Method cliRun;
  private final Path cliOut;
  private long people;

  private CountyScaleBenchmark(Path roster) throws IOException, ReflectiveOperationException {
    this.roster = roster;
    // The command line's entry point without System.exit is package-private; reaching it
    // reflectively measures exactly the command line's code without widening its API.
    this.cliRun = Class.forName("org.tuopin.examples.cli.Main")
        .getDeclaredMethod("run", String[].class, PrintStream.class, PrintStream.class);
    cliRun.setAccessible(true);
    this.cliOut = Files.createTempFile("county-report", ".csv");
    cliOut.toFile().deleteOnExit();
  }

  /**
   * Runs the benchmark.
   *
   * @param args  the roster file, then the options of the class documentation
   * @throws Exception if the file cannot be read
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: CountyScaleBenchmark ROSTER.csv [--warmup N] [--reps N]"
          + " [--only memory|peer|read|assess|cli]...");
      System.exit(2);
    }
    int warmup = 1;
    int reps = 3;
    List<String> only = new ArrayList<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--warmup":
          warmup = Integer.parseInt(args[i + 1]);
          break;
        case "--reps":
          reps = Integer.parseInt(args[i + 1]);
          break;
        case "--only":
          only.add(args[i + 1]);
          break;
        default:
          throw new IllegalArgumentException("unknown option: " + args[i]);
      }
    }
    CountyScaleBenchmark bench = new CountyScaleBenchmark(Path.of(args[0]));
    System.out.printf(Locale.ROOT, "%s, %,d bytes; Java %s, %d cores, max heap %s, GC %s%n", args[0],
        Files.size(bench.roster), Runtime.version(), Runtime.getRuntime().availableProcessors(),
        mb(Runtime.getRuntime().maxMemory()), ManagementFactory.getGarbageCollectorMXBeans().stream()
            .map(GarbageCollectorMXBean::getName).collect(Collectors.joining(", ")));
    bench.people = bench.peer();
    try {
      if (only.isEmpty() || only.contains("memory")) {
        bench.memory();
      }
      List<String> cases = new ArrayList<>();
      for (String c : List.of("peer", "read", "assess", "cli")) {
        if (only.isEmpty() || only.contains(c)) {
          cases.add(c);
        }
      }
      if (!cases.isEmpty()) {
        bench.time(cases, warmup, reps);
      }
    } catch (OutOfMemoryError ex) {
      System.out.println("FAILED: " + ex + " with max heap " + mb(Runtime.getRuntime().maxMemory()));
      System.exit(1);
    }
  }

  /** The peer: every field of every record through FastCSV; returns the data rows. */
  private long peer() throws IOException {
    long records = 0;
    long chars = 0;
    try (Reader r = Files.newBufferedReader(roster, StandardCharsets.UTF_8);
        CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(r)) {
      for (CsvRecord record : csv) {
        records++;
        for (int i = 0; i < record.getFieldCount(); i++) {
          chars += record.getField(i).length();
        }
      }
    }
    if (chars == 0) {
      throw new IllegalStateException("empty roster: " + roster);
    }
    return records - 1;
  }

  private RosterImport read() throws IOException {
    return RosterReader.create().read(roster);
  }

  private ImmutableList<Assessment<HouseholdId>> readAndAssess() throws IOException {
    return read().assess(national);
  }

  private void cli() throws ReflectiveOperationException {
    String[] args = {"assess", "--standard", "cn.national", "--roster", roster.toString(), "--format", "csv",
        "--out", cliOut.toString()};
    int status;
    try (PrintStream errors = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8)) {
      status = (Integer) cliRun.invoke(null, args, System.out, errors);
    } catch (InvocationTargetException ex) {
      if (ex.getCause() instanceof OutOfMemoryError) {
        throw (OutOfMemoryError) ex.getCause();
      }
      throw ex;
    }
    if (status != 0 && status != 3) {
      throw new IllegalStateException("the command line failed with status " + status);
    }
  }

  /** Retained heap of the import, then of the import and its assessments; peak heap of the read. */
  private void memory() throws IOException {
    long base = usedAfterGc();
    resetPeaks();
    RosterImport imported = read();
    long peak = peakSum();
    long afterRead = usedAfterGc();
    System.out.printf(Locale.ROOT, "%s; %,d households (%,d incomplete)%n", imported.summary(),
        imported.householdIds().size(), imported.incomplete().size());
    System.out.printf(Locale.ROOT, "%-34s %12s %14s%n", "heap", "MB", "bytes/person");
    row("peak during read (pool peaks)", peak - base);
    row("retained: RosterImport", afterRead - base);
    ImmutableList<Assessment<HouseholdId>> assessments = imported.assess(national);
    long afterAssess = usedAfterGc();
    row("retained: + assessments", afterAssess - base);
    Reference.reachabilityFence(imported);
    Reference.reachabilityFence(assessments);
  }

  private void row(String what, long bytes) {
    System.out.printf(Locale.ROOT, "%-34s %12.1f %14.0f%n", what, bytes / 1048576.0, (double) bytes / people);
  }

  /** Times the cases, taking turns, and prints the table. */
  private void time(List<String> cases, int warmup, int reps) throws Exception {
    Map<String, long[]> times = new LinkedHashMap<>();
    List<String> names = new ArrayList<>();
    names.add(PEER);
    for (String c : cases) {
      names.add(name(c));
    }
    for (String n : names) {
      times.putIfAbsent(n, new long[reps]);
    }
    for (int rep = -warmup; rep < reps; rep++) {
      for (String n : times.keySet()) {
        usedAfterGc();
        long start = System.nanoTime();
        Object result = run(n);
        long t = System.nanoTime() - start;
        Reference.reachabilityFence(result);
        if (rep >= 0) {
          times.get(n)[rep] = t;
        }
      }
    }
    double peerMedian = median(times.get(PEER));
    double peerBest = best(times.get(PEER));
    System.out.printf(Locale.ROOT, "%-28s %10s %10s %22s%n", "case (" + reps + " runs, " + warmup + " warm-up)",
        "best ms", "median ms", "ratio to peer: median");
    for (Map.Entry<String, long[]> e : times.entrySet()) {
      double best = best(e.getValue());
      double median = median(e.getValue());
      System.out.printf(Locale.ROOT, "%-28s %10.0f %10.0f %13.2f (best %.2f)%n", e.getKey(), best / 1e6,
          median / 1e6, median / peerMedian, best / peerBest);
    }
  }

  private static String name(String c) {
    switch (c) {
      case "peer":
        return PEER;
      case "read":
        return READ;
      case "assess":
        return ASSESS;
      case "cli":
        return CLI;
      default:
        throw new IllegalArgumentException("unknown case: " + c);
    }
  }

  private Object run(String name) throws Exception {
    switch (name) {
      case PEER:
        return peer();
      case READ:
        return read();
      case ASSESS:
        return readAndAssess();
      default:
        cli();
        return name;
    }
  }

  private static double best(long[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
  }

  private static long usedAfterGc() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakSum() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes / 1048576);
  }
}
