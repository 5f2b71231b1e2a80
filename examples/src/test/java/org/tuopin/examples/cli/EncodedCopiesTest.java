package org.tuopin.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tuopin.io.RosterColumn;
import org.tuopin.io.VillageColumn;

/**
 * Issue 14's "Must show": a GB18030 copy, a GBK copy and an .xlsx copy of the bundled sample,
 * with Chinese and with English headers (and a UTF-8 copy with a byte-order mark and a quoted
 * header), give the command line's output byte for byte as the UTF-8 CSV does. The copies are
 * made here from {@code data/roster.csv} and {@code data/villages.csv}, not committed.
 */
class EncodedCopiesTest {

  private static final Path ROSTER = Path.of("data/roster.csv");
  private static final Path VILLAGES = Path.of("data/villages.csv");
  /** Columns an .xlsx export holds as numbers, and as dates. */
  private static final Set<String> NUMBERS = Set.of("identified_year", "exit_year", "income_year", "wage_income",
      "business_income", "property_income", "transfer_income", "business_expense", "population", "households",
      "collective_income", "disposable_income");
  private static final Set<String> DATES = Set.of("birth_date");
  private static final Map<String, String> ROSTER_ZH = Arrays.stream(RosterColumn.values())
      .collect(Collectors.toMap(RosterColumn::key, RosterColumn::zh));
  private static final Map<String, String> VILLAGES_ZH = Arrays.stream(VillageColumn.values())
      .collect(Collectors.toMap(VillageColumn::key, VillageColumn::zh));

  @TempDir
  static Path dir;

  /** The commands compared, with ROSTER and VILLAGES standing for the files. */
  private static final List<String[]> COMMANDS = List.of(
      new String[] {"assess", "--standard", "cn.national", "--roster", "ROSTER", "--format", "csv"},
      new String[] {"assess", "--standard", "cn.national", "--roster", "ROSTER", "--format", "json", "--lang", "en"},
      new String[] {"assess", "--standard", "cn.national,cn.example.province.2018", "--roster", "ROSTER",
          "--format", "csv"},
      new String[] {"assess", "--standard", "cn.national", "--roster", "ROSTER", "--villages", "VILLAGES",
          "--report", "villages", "--format", "csv"},
      new String[] {"assess", "--standard", "cn.national", "--roster", "ROSTER", "--villages", "VILLAGES",
          "--report", "regions"},
      new String[] {"measure", "--roster", "ROSTER", "--standard", "cn.national", "--by", "village", "--format",
          "csv"},
      new String[] {"mpi", "--roster", "ROSTER", "--standard", "cn.national", "--format", "csv"});

  private static List<List<String>> roster;
  private static List<List<String>> villages;

  @BeforeAll
  static void readSample() throws IOException {
    roster = rows(ROSTER);
    villages = rows(VILLAGES);
  }

  static Stream<Arguments> copies() {
    List<Arguments> out = new ArrayList<>();
    for (String lang : List.of("en", "zh")) {
      out.add(Arguments.of("GB18030 " + lang, lang, "csv:GB18030"));
      out.add(Arguments.of("GBK " + lang, lang, "csv:GBK"));
      out.add(Arguments.of("xlsx " + lang, lang, "xlsx"));
      out.add(Arguments.of("UTF-8 with BOM, quoted " + lang, lang, "bom"));
    }
    return out.stream();
  }

  /** The output with the file names of the JSON reports' {@code "source"} fields left out. */
  private static String withoutSources(String out) {
    return out.replaceAll("\"source\" : \"[^\"]*\"", "\"source\" : \"…\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("copies")
  void aCopyGivesTheSameOutput(String name, String lang, String kind) throws IOException {
    String stem = name.replaceAll("[^A-Za-z0-9]+", "-");
    Path rosterCopy = write(stem + "-roster", roster, lang, kind, ROSTER_ZH);
    Path villagesCopy = write(stem + "-villages", villages, lang, kind, VILLAGES_ZH);
    for (String[] command : COMMANDS) {
      Run expected = run(command, ROSTER, VILLAGES);
      Run actual = run(command, rosterCopy, villagesCopy);
      String what = name + ": " + String.join(" ", command);
      assertThat(actual.status).as(what).isEqualTo(expected.status);
      // the JSON reports name each file read (its row accounting): the copies' names differ
      assertThat(withoutSources(actual.out)).as(what).isEqualTo(withoutSources(expected.out));
      assertThat(expected.out).as(what).isNotEmpty();
      if (!String.join(" ", command).contains("VILLAGES")) {
        // no file name printed: the messages are the same too
        assertThat(actual.err).as(what).isEqualTo(expected.err);
      }
    }
  }

  @Test
  void theEncodingAndTheSheetCanBeGiven() throws IOException {
    Path gbk = write("given-roster", roster, "zh", "csv:GBK", ROSTER_ZH);
    Path copy = dir.resolve("given-roster-named-sheet.xlsx");
    writeXlsx(copy, "花名册", roster, header(roster, "zh", ROSTER_ZH));
    String[] command = COMMANDS.get(0);
    Run expected = run(command, ROSTER, VILLAGES);
    assertThat(run(concat(command, "--encoding", "GBK"), gbk, VILLAGES).out).isEqualTo(expected.out);
    assertThat(run(concat(command, "--sheet", "花名册"), copy, VILLAGES).out).isEqualTo(expected.out);
    Run noSheet = run(concat(command, "--sheet", "Sheet9"), copy, VILLAGES);
    assertThat(noSheet.status).isEqualTo(Main.USAGE);
    assertThat(noSheet.err).contains("given-roster-named-sheet.xlsx: no sheet named 'Sheet9'; its sheets are '花名册'");
    Run wrong = run(concat(command, "--encoding", "UTF-8"), gbk, VILLAGES);
    assertThat(wrong.status).isEqualTo(Main.USAGE);
    assertThat(wrong.err).startsWith("error: given-roster.csv: line 1: bytes 0x")
        .contains("are no UTF-8 text (the encoding given)");
    Run unknown = run(concat(command, "--encoding", "KLINGON"), gbk, VILLAGES);
    assertThat(unknown.status).isEqualTo(Main.USAGE);
    assertThat(unknown.err).startsWith("error: unknown encoding 'KLINGON'");
  }

  private static String[] concat(String[] command, String... more) {
    List<String> all = new ArrayList<>(List.of(command));
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }

  /** What one run printed and returned. */
  private record Run(int status, String out, String err) {
  }

  private static Run run(String[] command, Path rosterFile, Path villagesFile) {
    String[] args = command.clone();
    for (int i = 0; i < args.length; i++) {
      args[i] = args[i].equals("ROSTER") ? rosterFile.toString()
          : args[i].equals("VILLAGES") ? villagesFile.toString() : args[i];
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static List<List<String>> rows(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(file, StandardCharsets.UTF_8)) {
      for (CsvRecord r : csv) {
        rows.add(r.getFields());
      }
    }
    return rows;
  }

  /** The header of rows in English keys or Chinese aliases. */
  private static List<String> header(List<List<String>> rows, String lang, Map<String, String> columns) {
    List<String> header = new ArrayList<>();
    for (String key : rows.get(0)) {
      header.add(columnName(key, lang, columns));
    }
    return header;
  }

  private static Path write(String stem, List<List<String>> rows, String lang, String kind, Map<String, String> columns)
      throws IOException {
    List<String> header = header(rows, lang, columns);
    if (kind.equals("xlsx")) {
      Path file = dir.resolve(stem + ".xlsx");
      writeXlsx(file, "Sheet1", rows, header);
      return file;
    }
    StringWriter text = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().build(text)) {
      if (kind.equals("bom")) {
        text.write('\uFEFF');
        text.write("\"" + String.join("\",\"", header) + "\"\r\n");
      } else {
        csv.writeRecord(header);
      }
      for (List<String> r : rows.subList(1, rows.size())) {
        csv.writeRecord(r);
      }
    }
    Charset cs = kind.equals("bom") ? StandardCharsets.UTF_8 : Charset.forName(kind.substring(4));
    Path file = dir.resolve(stem + ".csv");
    Files.write(file, text.toString().getBytes(cs));
    return file;
  }

  private static String columnName(String key, String lang, Map<String, String> columns) {
    return lang.equals("zh") ? columns.get(key) : key;
  }

  /** Writes rows as a sheet, amounts and years as numbers, birth dates as dates, the rest as text. */
  private static void writeXlsx(Path file, String sheet, List<List<String>> rows, List<String> header)
      throws IOException {
    List<String> keys = rows.get(0);
    try (OutputStream os = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(os, "Tuopin test", "1.0");
      Worksheet ws = wb.newWorksheet(sheet);
      for (int c = 0; c < header.size(); c++) {
        ws.value(0, c, header.get(c));
      }
      for (int r = 1; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          String text = row.get(c);
          if (text.isEmpty()) {
            continue;
          }
          if (NUMBERS.contains(keys.get(c))) {
            ws.value(r, c, new BigDecimal(text));
          } else if (DATES.contains(keys.get(c))) {
            ws.value(r, c, LocalDate.parse(text));
            ws.style(r, c).format("yyyy-mm-dd").set();
          } else {
            ws.value(r, c, text);
          }
        }
      }
      wb.finish();
    }
  }
}
