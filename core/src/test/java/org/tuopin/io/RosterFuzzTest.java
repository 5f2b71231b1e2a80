package org.tuopin.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.ResidentId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.StandardSet;
import org.tuopin.testing.Fixtures;

/**
 * Seeded fuzzing of the roster reader: rosters with names and valid IDs, mutated byte by
 * byte, cell by cell and row by row. For every file: no exception escapes but
 * {@link RosterFormatException}; it finishes in bounded time; the accounting holds (rows read
 * = accepted + rejected, every household reported once, complete or incomplete, an
 * incomplete one with at least one error); and every household is assessed without an
 * exception.
 *
 * <p>The test tries {@value #FILES_IN_BUILD} files (about 8 s here); {@link #main} runs
 * longer: {@code java -cp … org.tuopin.io.RosterFuzzTest SECONDS [SEED]}.
 */
public class RosterFuzzTest {

  static final int FILES_IN_BUILD = 15000;
  private static final long SEED = 20160101L;
  private static final long MAX_NANOS_PER_FILE = 5_000_000_000L;
  private static final String HEADER = "village_code,group,household_id,person_id,name,id_number,relation,sex,"
      + "birth_date,health,labor,attribute,primary_cause,identified_year,exit_year,income_year,wage_income,"
      + "business_income,property_income,transfer_income,business_expense,food,clothing,education,medical,"
      + "housing,water,electricity,tv";
  private static final String[] NAMES = {"张三丰", "欧阳娜娜", "李四", "王芳", "彭平忠"};
  private static final String[] RELATIONS = {"配偶", "之子", "之女", "之父", "之孙子"};
  private static final String[] NASTY = {",", "\"", "\n", "\r\n", "'", "\u0000", "\u2028", "１", "+", "-", ".",
      "e9", "9999999999999999999", "=HYPERLINK(\"x\")", "是", "否", "户主", "2015", "", " ", "\uFEFF", "\uD800"};

  @Test
  void test_mutatedRosters_neverEscape_andAccountForEveryRow() throws IOException {
    assertThat(fuzz(new Random(SEED), FILES_IN_BUILD, Long.MAX_VALUE)).isEqualTo(FILES_IN_BUILD);
  }

  /**
   * Runs the fuzzer for a while and prints how many files it tried.
   *
   * @param args  the seconds to run, and optionally the seed
   * @throws IOException never, the rosters being in memory
   */
  public static void main(String[] args) throws IOException {
    long seconds = Long.parseLong(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
    long files = fuzz(new Random(seed), Long.MAX_VALUE, System.nanoTime() + seconds * 1_000_000_000L);
    System.out.println("seed " + seed + ": " + files + " mutated rosters tried in " + seconds + " s, all held");
  }

  static long fuzz(Random random, long maxFiles, long deadline) throws IOException {
    StandardSet standard = Fixtures.exitStandard();
    long files = 0;
    while (files < maxFiles && System.nanoTime() < deadline) {
      String csv = mutate(roster(random), random);
      check(csv, standard);
      files++;
    }
    return files;
  }

  private static void check(String csv, StandardSet standard) throws IOException {
    long start = System.nanoTime();
    RosterImport r;
    try {
      r = RosterReader.create().read(new StringReader(csv), "fuzz.csv");
    } catch (RosterFormatException ex) {
      assertThat(ex.getMessage()).doesNotContain("\n");
      return;
    }
    assertThat(r.rowsAccepted() + r.rowsRejected()).as(csv).isEqualTo(r.rowsRead());
    assertThat(r.rowsRejected() == 0).as(csv).isEqualTo(r.errors().isEmpty());
    ImmutableList<HouseholdId> ids = r.householdIds();
    assertThat(r.households().size() + r.incomplete().size()).as(csv).isEqualTo(ids.size());
    long rowsOfHouseholds = 0;
    for (IncompleteHousehold i : r.incomplete()) {
      assertThat(i.errors()).as(csv).isNotEmpty();
      rowsOfHouseholds += i.rows();
    }
    for (var h : r.households()) {
      rowsOfHouseholds += h.size();
    }
    assertThat(rowsOfHouseholds).as(csv).isLessThanOrEqualTo(r.rowsRead());
    assertThat(r.households().stream().mapToLong(h -> h.size()).sum()).isLessThanOrEqualTo(r.rowsAccepted());
    for (RowError e : r.errors()) {
      assertThat(e.toString()).as(csv).doesNotContain("\n", "\r").hasSizeLessThan(2000);
    }
    List<Assessment<HouseholdId>> assessed = r.assess(standard);
    assertThat(assessed).hasSize(ids.size());
    assertThat(System.nanoTime() - start).as(csv).isLessThan(MAX_NANOS_PER_FILE);
  }

  /**
   * A valid roster of a few households with names and valid IDs.
   *
   * @param random  the source of randomness
   * @return the roster's text
   */
  public static String roster(Random random) {
    StringBuilder b = new StringBuilder(HEADER).append('\n');
    int households = 1 + random.nextInt(6);
    int person = 0;
    for (int h = 1; h <= households; h++) {
      int size = 1 + random.nextInt(4);
      String income = String.join(",", "2015", Integer.toString(random.nextInt(20000)),
          random.nextInt(5000) + "." + random.nextInt(10), "0", "3700.45", "714.5");
      for (int p = 0; p < size; p++) {
        person++;
        String birth = (1930 + random.nextInt(80)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        String id17 = "511921" + birth.replace("-", "") + String.format("%03d", random.nextInt(1000));
        String id = id17 + ResidentId.checkCharacter(id17);
        b.append(String.join(",", "511921105201", "1组", "H" + h, "P" + person, NAMES[random.nextInt(NAMES.length)],
            id, p == 0 ? "户主" : RELATIONS[random.nextInt(RELATIONS.length)], p % 2 == 0 ? "男" : "女", birth,
            "健康", "普通劳动力", "一般贫困户", "因病", "2014", "", income, "是,是,是,是,是,是,是,是")).append('\n');
      }
    }
    return b.toString();
  }

  /**
   * Applies one to five mutations: bytes, cells and rows changed, removed, repeated or cut.
   *
   * @param csv  the roster's text
   * @param random  the source of randomness
   * @return the mutated text
   */
  public static String mutate(String csv, Random random) {
    String s = csv;
    int n = 1 + random.nextInt(5);
    for (int i = 0; i < n; i++) {
      s = mutateOnce(s, random);
    }
    return s;
  }

  private static String mutateOnce(String s, Random random) {
    if (s.isEmpty()) {
      return NASTY[random.nextInt(NASTY.length)];
    }
    int at = random.nextInt(s.length());
    List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
    int line = random.nextInt(lines.size());
    switch (random.nextInt(9)) {
      case 0:
        return s.substring(0, at) + s.substring(at + 1);
      case 1:
        return s.substring(0, at) + NASTY[random.nextInt(NASTY.length)] + s.substring(at);
      case 2:
        return s.substring(0, at) + (char) random.nextInt(0x3000) + s.substring(at);
      case 3:
        lines.add(line, lines.get(random.nextInt(lines.size())));
        return String.join("\n", lines);
      case 4:
        lines.remove(line);
        return String.join("\n", lines);
      case 5: {
        String[] cells = lines.get(line).split(",", -1);
        cells[random.nextInt(cells.length)] = random.nextBoolean() ? NASTY[random.nextInt(NASTY.length)]
            : "9".repeat(random.nextInt(5000));
        lines.set(line, String.join(",", cells));
        return String.join("\n", lines);
      }
      case 6: {
        String[] cells = lines.get(line).split(",", -1);
        int a = random.nextInt(cells.length);
        int c = random.nextInt(cells.length);
        String t = cells[a];
        cells[a] = cells[c];
        cells[c] = t;
        lines.set(line, String.join(",", cells));
        return String.join("\n", lines);
      }
      case 7:
        return s.substring(0, at);
      default:
        return s.substring(0, at) + "," + s.substring(at);
    }
  }
}
