package org.tuopin.examples.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tuopin.io.DataCheck;

/**
 * Benchmark P1: reading, assessing and rolling up a roster as whole processes, Tuopin's
 * command line ({@code assess --report regions}, on the columnar path, which also runs the
 * national data checks) against DuckDB running the same rule and the same data checks in SQL
 * on the same file ({@link DuckDbRegions}), alternately, several rounds. It checks that the
 * province totals (registered and remaining poor people) and the warning counts of each data
 * check (the {@code data checks: …} line each prints on standard error) are identical, failing
 * loudly (exit status 1) where they are not, and prints each process's wall time (median, best, worst) and the ratio of the medians; where
 * {@code /usr/bin/time} exists, also the CPU time (user + system) each took, which a machine
 * shared with other work disturbs less than the wall time.
 *
 * <p>Usage, after {@code mvn -Pbench package -DskipTests} (which puts the DuckDB driver in
 * {@code examples/target/bench-lib}):
 * <pre>
 * java -cp examples/target/tuopin.jar org.tuopin.examples.bench.RegionsBenchmark FILE [ROUNDS] [XMX]
 * </pre>
 * ROUNDS defaults to 3, XMX (Tuopin's heap) to {@code 4g}.
 */
public final class RegionsBenchmark {

  private RegionsBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args  the roster file, rounds, Tuopin's heap
   * @throws Exception if a process fails
   */
  public static void main(String[] args) throws Exception {
    String file = args[0];
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String heap = args.length > 2 ? args[2] : "4g";
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Path jar = Path.of(RegionsBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path duckdb;
    try (var files = Files.list(jar.resolveSibling("bench-lib"))) {
      duckdb = files.filter(p -> p.getFileName().toString().startsWith("duckdb_jdbc")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no DuckDB driver: run mvn -Pbench package first"));
    }
    Path out = Files.createTempFile("regions", ".csv");
    double[] tuopin = new double[rounds];
    double[] sql = new double[rounds];
    double[] tuopinCpu = new double[rounds];
    double[] sqlCpu = new double[rounds];
    Map<String, long[]> ours = null;
    Map<String, long[]> theirs = null;
    Map<DataCheck, Long> ourChecks = null;
    Map<DataCheck, Long> theirChecks = null;
    boolean same = true;
    Path err = Files.createTempFile("stderr", ".txt");
    for (int r = 0; r < rounds; r++) {
      long t = System.nanoTime();
      run(List.of(java, "-Xmx" + heap, "-jar", jar.toString(), "assess", "--standard", "cn.national", "--roster",
          file, "--report", "regions", "--format", "csv", "--out", out.toString()), null, err);
      tuopin[r] = (System.nanoTime() - t) / 1e9;
      tuopinCpu[r] = lastCpu;
      ours = provinces(Files.readAllLines(out, StandardCharsets.UTF_8), true);
      ourChecks = checkCounts(err, "tuopin");
      t = System.nanoTime();
      Path sqlOut = Files.createTempFile("duckdb", ".csv");
      run(List.of(java, "-cp", jar + File.pathSeparator + duckdb, DuckDbRegions.class.getName(), file, "cn.national"),
          sqlOut, err);
      sql[r] = (System.nanoTime() - t) / 1e9;
      sqlCpu[r] = lastCpu;
      theirs = provinces(Files.readAllLines(sqlOut, StandardCharsets.UTF_8), false);
      theirChecks = checkCounts(err, "duckdb");
      Files.delete(sqlOut);
      if (!ourChecks.equals(theirChecks)) {
        System.out.println("DATA CHECKS DIFFER in round " + (r + 1) + ": tuopin " + ourChecks + ", duckdb " + theirChecks);
        same = false;
      }
      System.out.printf(Locale.ROOT, "round %d: tuopin %.2f s (cpu %.2f s), duckdb %.2f s (cpu %.2f s)%n", r + 1,
          tuopin[r], tuopinCpu[r], sql[r], sqlCpu[r]);
    }
    Files.delete(out);
    Files.delete(err);
    long[] a = total(ours);
    long[] b = total(theirs);
    boolean sameTotals = equal(ours, theirs);
    System.out.printf(Locale.ROOT, "totals: tuopin %,d registered, %,d remaining in %d provinces; duckdb %,d, %,d in %d;"
        + " identical: %s%n", a[0], a[1], ours.size(), b[0], b[1], theirs.size(), sameTotals);
    System.out.printf(Locale.ROOT, "data checks: tuopin %s; duckdb %s; identical: %s%n", ourChecks, theirChecks,
        ourChecks.equals(theirChecks));
    same &= sameTotals;
    Arrays.sort(tuopin);
    Arrays.sort(sql);
    System.out.printf(Locale.ROOT, "P1: tuopin (-Xmx%s) median %.2f s (best %.2f, worst %.2f); duckdb median %.2f s"
        + " (best %.2f, worst %.2f); ratio of medians %.2f, of bests %.2f%n", heap, tuopin[rounds / 2], tuopin[0],
        tuopin[rounds - 1], sql[rounds / 2], sql[0], sql[rounds - 1], tuopin[rounds / 2] / sql[rounds / 2],
        tuopin[0] / sql[0]);
    if (lastCpu >= 0) {
      Arrays.sort(tuopinCpu);
      Arrays.sort(sqlCpu);
      System.out.printf(Locale.ROOT, "P1 cpu: tuopin median %.2f s (best %.2f); duckdb median %.2f s (best %.2f);"
          + " ratio of medians %.2f%n", tuopinCpu[rounds / 2], tuopinCpu[0], sqlCpu[rounds / 2], sqlCpu[0],
          tuopinCpu[rounds / 2] / sqlCpu[rounds / 2]);
    }
    if (!same) {
      System.out.println("FAILED: the command line and DuckDB disagree (see above)");
      System.exit(1);
    }
  }

  /** The CPU seconds (user + system) of the last process run, or -1 where they cannot be had. */
  private static double lastCpu = -1;

  private static void run(List<String> command, Path stdout, Path stderr) throws IOException, InterruptedException {
    Path time = Path.of("/usr/bin/time");
    Path times = null;
    if (Files.isExecutable(time)) {
      times = Files.createTempFile("time", ".txt");
      List<String> timed = new ArrayList<>(List.of(time.toString(), "-f", "%U %S", "-o", times.toString()));
      timed.addAll(command);
      command = timed;
    }
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile());
    pb.redirectOutput(stdout == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(stdout.toFile()));
    int status = pb.start().waitFor();
    if (times != null) {
      List<String> t = Files.readAllLines(times);
      String[] f = t.get(t.size() - 1).trim().split(" ");
      lastCpu = Double.parseDouble(f[0]) + Double.parseDouble(f[1]);
      Files.delete(times);
    }
    if (status != 0 && status != 3) {
      List<String> e = Files.readAllLines(stderr, StandardCharsets.UTF_8);
      throw new IllegalStateException("exit status " + status + ": " + String.join(" ", command) + "\n"
          + String.join("\n", e.subList(Math.max(0, e.size() - 20), e.size())));
    }
  }

  /** The summary line of the data checks, as {@code DataChecks.summary()} and {@link DuckDbRegions} print it. */
  private static final Pattern CHECKS = Pattern.compile("data checks: (\\d+) warnings? \\(([^)]*)\\).*");

  /**
   * The warning count of every data check, from the {@code data checks: N warnings (key n, …)}
   * line a process printed on standard error; fails if there is none or it does not add up.
   */
  static Map<DataCheck, Long> checkCounts(Path stderr, String who) throws IOException {
    List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
        .filter(l -> l.startsWith("data checks: ")).toList();
    if (lines.size() != 1) {
      throw new IllegalStateException(who + " printed " + lines.size() + " data checks lines, not one: " + lines);
    }
    Map<DataCheck, Long> counts = new EnumMap<>(DataCheck.class);
    for (DataCheck c : DataCheck.values()) {
      counts.put(c, 0L);
    }
    String line = lines.get(0);
    if (line.startsWith("data checks: no warnings")) {
      return counts;
    }
    Matcher m = CHECKS.matcher(line);
    if (!m.matches()) {
      throw new IllegalStateException(who + ": cannot read " + line);
    }
    long sum = 0;
    for (String part : m.group(2).split(", ")) {
      int space = part.lastIndexOf(' ');
      String key = part.substring(0, space);
      DataCheck check = Arrays.stream(DataCheck.values()).filter(c -> c.key().equals(key)).findFirst()
          .orElseThrow(() -> new IllegalStateException(who + ": no data check " + key + " in " + line));
      long n = Long.parseLong(part.substring(space + 1));
      counts.put(check, n);
      sum += n;
    }
    if (sum != Long.parseLong(m.group(1))) {
      throw new IllegalStateException(who + ": the counts do not add up in " + line);
    }
    return counts;
  }

  /** The registered and remaining poor of each province, from the regions report or the SQL's output. */
  private static Map<String, long[]> provinces(List<String> lines, boolean report) {
    Map<String, long[]> map = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      if (report && !f[1].equals("province")) {
        continue;
      }
      int at = report ? 3 : 1;
      map.put(f[0], new long[] {Long.parseLong(f[at]), Long.parseLong(f[at + 1])});
    }
    return map;
  }

  private static long[] total(Map<String, long[]> m) {
    long[] t = new long[2];
    for (long[] v : m.values()) {
      t[0] += v[0];
      t[1] += v[1];
    }
    return t;
  }

  private static boolean equal(Map<String, long[]> a, Map<String, long[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    List<String> differ = new ArrayList<>();
    for (String k : a.keySet()) {
      if (!Arrays.equals(a.get(k), b.get(k))) {
        differ.add(k + " " + Arrays.toString(a.get(k)) + " vs " + Arrays.toString(b.get(k)));
      }
    }
    differ.forEach(d -> System.out.println("differs: " + d));
    return differ.isEmpty();
  }
}
