package org.tuopin.examples.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.tuopin.region.Zone;

/**
 * Streams a synthetic roster (建档立卡 roster, one row per person) of the national
 * registration's size, or of one province, or of any number of households spread like it, in
 * the format of the data contract, for the scale benchmarks.
 *
 * <p>The national roster has 29,500,000 households (about 8.96×10⁷ people, about 17 GB) in
 * 128,000 villages spread over the 28 provinces that registered poor households, each
 * province's share following roughly its share of the 2014 registration (weights below: an
 * approximation for a synthetic file, not official figures), so that the west, central and
 * east zones ({@link Zone}) carry about 50%, 40% and 10%. A village code is the province,
 * then prefecture, county, township and village numbers (codes that parse as administrative
 * villages but belong to no real place). Households are drawn by {@link CountyRoster}'s
 * rules (members, incomes about the line, conditions, resident IDs with about one in a
 * thousand wrong check characters, so a real-looking share of rows is rejected), each
 * province from its own fixed seed: a province's roster is exactly its part of the national
 * one. Household sizes follow the registration's mean of 3.04 people. Rows are written
 * household by household and streamed, in little memory.
 *
 * <p>Usage:
 * <pre>
 * java -cp examples/target/tuopin.jar org.tuopin.examples.bench.NationalRoster FILE national
 * java -cp examples/target/tuopin.jar org.tuopin.examples.bench.NationalRoster FILE province 52
 * java -cp examples/target/tuopin.jar org.tuopin.examples.bench.NationalRoster FILE households 1000000
 * </pre>
 * Write such files only to scratch space (they are large).
 */
public final class NationalRoster {

  /** The households of the national registration (2014 建档立卡, rounded). */
  static final long NATIONAL_HOUSEHOLDS = 29_500_000L;
  /** The poor villages of the national registration. */
  static final int NATIONAL_VILLAGES = 128_000;
  private static final long SEED = 20141231L;
  /**
   * Household sizes 1 to 7, weights in percent: mean 3.04, the registration's 8.96×10⁷
   * people over 2.95×10⁷ households (a county roster's households are larger, mean 3.28).
   */
  private static final int[] SIZE_WEIGHTS = {17, 24, 23, 19, 10, 5, 2};

  /** Province codes and weights (about their registered poor in 10⁴ people, 2014). */
  private static final int[][] PROVINCES = {
      {13, 320}, {14, 330}, {15, 110}, {21, 120}, {22, 70}, {23, 210}, {33, 30}, {34, 440}, {35, 40},
      {36, 280}, {37, 240}, {41, 570}, {42, 580}, {43, 600}, {44, 170}, {45, 630}, {46, 60}, {50, 170},
      {51, 630}, {52, 750}, {53, 660}, {54, 60}, {61, 460}, {62, 550}, {63, 50}, {64, 45}, {65, 210},
      {32, 60}};

  private NationalRoster() {
  }

  /**
   * Writes the roster.
   *
   * @param args  the output file, then {@code national}, {@code province CODE} or
   *     {@code households N}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: NationalRoster FILE national | province CODE | households N");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    long total = NATIONAL_HOUSEHOLDS;
    int only = 0;
    switch (args[1]) {
      case "national":
        break;
      case "province":
        only = Integer.parseInt(args[2]);
        break;
      case "households":
        total = Long.parseLong(args[2].replace("_", "").replace(",", ""));
        break;
      default:
        throw new IllegalArgumentException("scale must be national, province or households: '" + args[1] + "'");
    }
    long start = System.nanoTime();
    long[] counts = write(file, total, only);
    System.out.printf(Locale.ROOT, "%s: %,d people in %,d households of %,d villages, %,d bytes, %.1f s%n", file,
        counts[0], counts[1], counts[2], Files.size(file), (System.nanoTime() - start) / 1e9);
  }

  /** Writes the file; returns people, households and villages written. */
  static long[] write(Path file, long total, int only) throws IOException {
    long weights = 0;
    for (int[] p : PROVINCES) {
      weights += p[1];
    }
    long people = 0;
    long households = 0;
    long villages = 0;
    try (Writer out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 20)) {
      out.write(CountyRoster.header());
      out.write('\n');
      for (int[] p : PROVINCES) {
        long h = Math.round((double) total * p[1] / weights);
        int v = (int) Math.max(1, Math.min(h, Math.round((double) NATIONAL_VILLAGES * p[1] / weights * total
            / NATIONAL_HOUSEHOLDS)));
        if (only != 0 && only != p[0]) {
          continue;
        }
        CountyRoster draws = new CountyRoster(SEED + p[0]);
        for (int j = 0; j < v; j++) {
          long inVillage = h / v + (j < h % v ? 1 : 0);
          String code = villageCode(p[0], j);
          for (int k = 1; k <= inVillage; k++) {
            List<String> rows = draws.household(code, k, draws.size(SIZE_WEIGHTS));
            for (String r : rows) {
              out.write(r);
            }
            people += rows.size();
          }
          households += inVillage;
        }
        villages += v;
      }
    }
    return new long[] {people, households, villages};
  }

  /**
   * The code of a province's j-th village: 10 villages a township, 20 townships a county, 20
   * counties a prefecture.
   */
  static String villageCode(int province, int j) {
    int village = 201 + j % 10;
    int township = 100 + j / 10 % 20;
    int county = 1 + j / 200 % 20;
    int prefecture = 1 + j / 4000;
    return String.format(Locale.ROOT, "%02d%02d%02d%03d%03d", province, prefecture, county, township, village);
  }
}
