package org.tuopin.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  private static final Path ROSTER = Path.of("data/roster.csv");
  private static final Path BROKEN = Path.of("data/roster-broken.csv");

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().collect(Collectors.toList());
    }
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Set<String> householdIdsIn(Path roster) throws IOException {
    List<String> lines = Files.readAllLines(roster, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(","));
    int col = header.indexOf("household_id") >= 0 ? header.indexOf("household_id") : header.indexOf("户编号");
    return lines.stream().skip(1).map(l -> l.split(",", -1)[col]).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  @Test
  void test_cleanSample_csv_everyHouseholdOnce_exitZero() throws IOException {
    Run r = run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--format", "csv");
    assertThat(r.status()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).isEqualTo("household_id,village_code,size,per_capita_net_income,line,verdict,unmet");
    Set<String> ids = householdIdsIn(ROSTER);
    assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",")[0]).containsExactlyElementsOf(ids);
    long rows = Files.lines(ROSTER).count() - 1;
    assertThat(r.err()).contains("rows: " + rows + " read, " + rows + " accepted, 0 rejected");
    // Sizes add up to the people in the file.
    assertThat(lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[2])).sum()).isEqualTo(rows);
    // The worked example of DOMAIN.md is in the sample.
    assertThat(lines).anyMatch(l -> l.contains(",4,4096.25,"));
    // Households exactly on the line are not above it.
    assertThat(lines).filteredOn(l -> l.matches("[^,]*,[^,]*,3,2855\\.00,2855\\.00,.*"))
        .isNotEmpty().allMatch(l -> l.contains(",NOT_ELIGIBLE,income"));
  }

  @Test
  void test_brokenSample_everyBadRowNamed_summaryAddsUp_exitThree() throws IOException {
    Run r = run("assess", "--standard", "cn.national", "--roster", BROKEN.toString(), "--format", "csv");
    assertThat(r.status()).isEqualTo(Main.ROWS_REJECTED);

    // Every intended error is reported at its line and column.
    List<String> expected = Files.readAllLines(Path.of("data/roster-broken.errors.txt"), StandardCharsets.UTF_8);
    Pattern where = Pattern.compile("(line \\d+, column [^:]+):.*");
    for (String e : expected) {
      if (e.isBlank()) {
        continue;
      }
      Matcher m = where.matcher(e);
      assertThat(m.matches()).as(e).isTrue();
      assertThat(r.err()).as("reports %s", e).contains(m.group(1) + ": ");
    }
    assertThat(r.err()).contains("note: unknown columns kept aside: 备注");

    // The summary adds up, and every row of the file is read.
    Matcher s = Pattern.compile("rows: (\\d+) read, (\\d+) accepted, (\\d+) rejected").matcher(r.err());
    assertThat(s.find()).isTrue();
    long read = Long.parseLong(s.group(1));
    assertThat(read).isEqualTo(Files.lines(BROKEN).count() - 1);
    assertThat(Long.parseLong(s.group(2)) + Long.parseLong(s.group(3))).isEqualTo(read);
    assertThat(Long.parseLong(s.group(3))).isGreaterThanOrEqualTo(expected.size() - 1);

    // Every error line is of the contract's form; no ID number of the file appears whole.
    r.err().lines().filter(l -> l.startsWith("line ")).forEach(l -> assertThat(l).matches("line \\d+, column [^:]+: .+"));
    List<String> header = Arrays.asList(Files.readAllLines(BROKEN).get(0).replace("\uFEFF", "").split(","));
    int idColumn = header.indexOf("证件号码");
    Files.readAllLines(BROKEN).stream().skip(1).map(l -> l.split(",", -1)[idColumn]).filter(id -> id.length() >= 15)
        .forEach(id -> assertThat(r.err()).doesNotContain(id));

    // Households with a rejected row are still reported, as incomplete; the valid ones are assessed.
    List<String> lines = r.outLines();
    assertThat(lines.subList(1, lines.size())).extracting(l -> l.split(",")[0])
        .containsExactlyInAnyOrderElementsOf(householdIdsIn(BROKEN).stream()
            .filter(id -> !id.isEmpty()).collect(Collectors.toList()));
    assertThat(lines).anyMatch(l -> l.endsWith(",INSUFFICIENT_DATA,incomplete"));
    assertThat(lines).anyMatch(l -> l.contains(",EXIT_ELIGIBLE,") || l.contains(",NOT_ELIGIBLE,"));
  }

  @Test
  void test_json_isWellFormed_withFindingsInTheChosenLanguage(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("h.json");
    Run r = run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--format", "json",
        "--lang", "en", "--out", out.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEmpty();
    String json = Files.readString(out);
    int households = 0;
    try (JsonParser p = new JsonFactory().createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals("household_id")) {
          households++;
        }
      }
    }
    assertThat(households).isEqualTo(householdIdsIn(ROSTER).size());
    assertThat(json).contains("\"verdict\" : \"EXIT_ELIGIBLE\"", "per-capita net income", "\"per_capita_net_income\" : 4096.25");
  }

  @Test
  void test_table_inEnglishAndChinese() {
    Run en = run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--lang", "en");
    assertThat(en.out()).contains("household", "eligible to exit", "Total ");
    Run zh = run("assess", "--standard", "cn.national", "--roster", ROSTER.toString());
    assertThat(zh.out()).contains("户编号", "符合退出条件", "合计");
  }

  @Test
  void test_badArguments_exitTwo() {
    assertThat(run().status()).isEqualTo(Main.USAGE);
    assertThat(run("assess", "--roster", ROSTER.toString()).err()).contains("--standard is required");
    Run unknown = run("assess", "--standard", "cn.nowhere", "--roster", ROSTER.toString());
    assertThat(unknown.status()).isEqualTo(Main.USAGE);
    assertThat(unknown.err()).contains("cn.nowhere", "cn.national");
    assertThat(run("assess", "--standard", "cn.national", "--roster", "no/such.csv").status()).isEqualTo(Main.USAGE);
    assertThat(run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--format", "xml").status())
        .isEqualTo(Main.USAGE);
    assertThat(run("frobnicate").status()).isEqualTo(Main.USAGE);
  }

  private static final Path VILLAGES = Path.of("data/villages.csv");

  @Test
  void test_villagesReport_columnsAsTheContract_incidenceFromRemainingPoor() throws IOException {
    Run r = run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--villages",
        VILLAGES.toString(), "--report", "villages", "--format", "csv");
    assertThat(r.status()).isZero();
    List<String> lines = r.outLines();
    assertThat(lines.get(0)).isEqualTo("village_code,population,remaining_poor,incidence,verdict,unmet");
    assertThat(lines).hasSize(6);
    // Remaining poor per village equals the people of its households not EXIT_ELIGIBLE.
    Run households = run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--format", "csv");
    for (String line : lines.subList(1, lines.size())) {
      String[] v = line.split(",", -1);
      long remaining = households.outLines().stream().skip(1).map(l -> l.split(",", -1))
          .filter(h -> h[1].equals(v[0]) && !h[5].equals("EXIT_ELIGIBLE")).mapToLong(h -> Long.parseLong(h[2])).sum();
      assertThat(Long.parseLong(v[2])).as(v[0]).isEqualTo(remaining);
      java.math.BigDecimal incidence = new java.math.BigDecimal(v[3]);
      assertThat(incidence).isEqualByComparingTo(java.math.BigDecimal.valueOf(remaining)
          .divide(new java.math.BigDecimal(v[1]), 4, java.math.RoundingMode.HALF_UP));
      // Western villages: strictly below 3%.
      boolean eligible = java.math.BigDecimal.valueOf(remaining * 100).compareTo(new java.math.BigDecimal(v[1]).multiply(
          java.math.BigDecimal.valueOf(3))) < 0;
      assertThat(v[4]).isEqualTo(eligible ? "EXIT_ELIGIBLE" : "NOT_ELIGIBLE");
      assertThat(v[5]).isEqualTo(eligible ? "" : "incidence");
    }
  }

  @Test
  void test_regionsReport_rollsUpToTheProvince_summingTheVillages() {
    Run villages = run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--villages",
        VILLAGES.toString(), "--report", "villages", "--format", "csv");
    long remaining = villages.outLines().stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[2])).sum();
    Run r = run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--villages",
        VILLAGES.toString(), "--report", "regions", "--format", "csv");
    assertThat(r.status()).isZero();
    assertThat(r.outLines()).containsExactly(
        "region_code,level,population,registered_poor,remaining_poor,incidence",
        "510000000000,province,10560,379," + remaining + "," + java.math.BigDecimal.valueOf(remaining)
            .divide(java.math.BigDecimal.valueOf(10560), 4, java.math.RoundingMode.HALF_UP),
        "511900000000,prefecture,10560,379," + remaining + "," + java.math.BigDecimal.valueOf(remaining)
            .divide(java.math.BigDecimal.valueOf(10560), 4, java.math.RoundingMode.HALF_UP),
        "511921000000,county,10560,379," + remaining + "," + java.math.BigDecimal.valueOf(remaining)
            .divide(java.math.BigDecimal.valueOf(10560), 4, java.math.RoundingMode.HALF_UP),
        "511921105000,township,10560,379," + remaining + "," + java.math.BigDecimal.valueOf(remaining)
            .divide(java.math.BigDecimal.valueOf(10560), 4, java.math.RoundingMode.HALF_UP));
  }

  @Test
  void test_regionsReport_withoutVillages_leavesPopulationAndIncidenceUnknown() {
    Run r = run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--report", "regions",
        "--format", "csv");
    assertThat(r.status()).isZero();
    assertThat(r.outLines().get(1)).startsWith("510000000000,province,,379,").endsWith(",");
  }

  @Test
  void test_villagesReport_needsTheVillagesFile_andReportsItsBadRows(@TempDir Path dir) throws IOException {
    assertThat(run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--report", "villages")
        .status()).isEqualTo(Main.USAGE);
    Path bad = dir.resolve("villages.csv");
    Files.writeString(bad, "village_code,population\n511921105201,2430\n511921105202,lots\n");
    Run r = run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--villages", bad.toString(),
        "--report", "villages", "--format", "json");
    assertThat(r.status()).isEqualTo(Main.ROWS_REJECTED);
    assertThat(r.err()).contains("villages.csv:", "line 3, column population: ",
        "rows: 2 read, 1 accepted, 1 rejected (villages.csv)");
    assertThat(r.out()).contains("\"village_code\" : \"511921105202\"", "\"population\" : null",
        "\"verdict\" : \"INSUFFICIENT_DATA\"");
  }

  @Test
  void test_severalStandards_sideBySide_countsAndDifferingHouseholds() {
    Run csv = run("assess", "--standard", "cn.national,cn.jiangsu.ganyu.2016", "--roster", ROSTER.toString(),
        "--format", "csv");
    assertThat(csv.status()).isZero();
    List<String> lines = csv.outLines();
    assertThat(lines.get(0)).isEqualTo(
        "household_id,village_code,size,per_capita_net_income,cn.national,cn.jiangsu.ganyu.2016,differs");
    Run national = run("assess", "--standard", "cn.national", "--roster", ROSTER.toString(), "--format", "csv");
    Run ganyu = run("assess", "--standard", "cn.jiangsu.ganyu.2016", "--roster", ROSTER.toString(), "--format", "csv");
    // Each standard's column is that standard's own verdict; 2015 income is outside Ganyu's years.
    java.util.Map<String, String> n = national.outLines().stream().skip(1).map(l -> l.split(",", -1))
        .collect(Collectors.toMap(v -> v[0], v -> v[5]));
    // Alone or side by side, Ganyu does not cover 2015 income: those households are NOT_COVERED.
    java.util.Map<String, String> g = ganyu.outLines().stream().skip(1).map(l -> l.split(",", -1))
        .filter(v -> !v[5].equals("NOT_COVERED")).collect(Collectors.toMap(v -> v[0], v -> v[5]));
    long differing = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] v = line.split(",", -1);
      assertThat(v[4]).isEqualTo(n.get(v[0]));
      assertThat(v[5]).isEqualTo(g.getOrDefault(v[0], "NOT_COVERED"));
      boolean differs = !v[5].equals("NOT_COVERED") && !v[4].equals(v[5]);
      assertThat(v[6]).isEqualTo(differs ? "yes" : "no");
      differing += differs ? 1 : 0;
    }
    assertThat(differing).isPositive();
    assertThat(lines.stream().filter(l -> l.contains(",NOT_COVERED,")).count())
        .isEqualTo(lines.size() - 1 - g.size());

    Run table = run("assess", "--standard", "cn.national,cn.jiangsu.ganyu.2016", "--roster", ROSTER.toString(),
        "--lang", "en");
    assertThat(table.out()).contains("Standards compared: cn.national, cn.jiangsu.ganyu.2016",
        "Households whose verdicts differ", "not covered");
    assertThat(table.outLines().stream().filter(l -> l.startsWith("5119")).count()).isEqualTo(differing);
    assertThat(run("assess", "--standard", "cn.national,cn.national", "--roster", ROSTER.toString()).status())
        .isEqualTo(Main.USAGE);
  }

  @Test
  void test_standardsCommand_listsTheNationalSet() {
    Run r = run("standards");
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("cn.national", "2010-2020");
  }
}
