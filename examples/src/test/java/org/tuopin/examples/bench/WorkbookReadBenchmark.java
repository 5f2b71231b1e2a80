package org.tuopin.examples.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.tuopin.io.RosterReader;
import org.tuopin.io.TableInput;
import org.tuopin.io.TableRows;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Measures the .xlsx readers on a county-sized workbook (issue 14): FastExcel's streaming
 * reader (the one Tuopin uses, through {@link TableInput}) beside Apache POI's streaming API
 * (XSSFReader with a SAX sheet handler), each reading every cell as text; and, as the peer
 * in the same run, the same roster as UTF-8 and as GBK CSV, and the whole roster import of
 * each. Figures are the best of five runs, as ratios to the UTF-8 CSV.
 *
 * <p>A main in the test sources, since POI is a test dependency only:
 * {@code java -cp <examples test class path> org.tuopin.examples.bench.WorkbookReadBenchmark DIR [PEOPLE]}.
 */
public final class WorkbookReadBenchmark {

  private static final Set<String> NUMBERS = Set.of("identified_year", "exit_year", "income_year", "wage_income",
      "business_income", "property_income", "transfer_income", "business_expense");

  private WorkbookReadBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args  a folder for the files; the number of people (default 300,000)
   * @throws Exception if a file cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String people = args.length > 1 ? args[1] : "300000";
    Files.createDirectories(dir);
    Path csv = dir.resolve("county.csv");
    CountyRoster.main(new String[] {csv.toString(), people});
    Path gbk = dir.resolve("county-gbk.csv");
    Files.write(gbk, Files.readString(csv, StandardCharsets.UTF_8).getBytes(Charset.forName("GBK")));
    Path xlsx = dir.resolve("county.xlsx");
    long cells = toXlsx(csv, xlsx);
    System.out.printf(Locale.ROOT, "%s: %,d bytes; %s: %,d bytes; %,d non-empty cells%n", csv.getFileName(),
        Files.size(csv), xlsx.getFileName(), Files.size(xlsx), cells);

    double csvRows = best(() -> rows(TableInput.of(csv)));
    double gbkRows = best(() -> rows(TableInput.of(gbk)));
    double fast = best(() -> rows(TableInput.of(xlsx)));
    double poi = best(() -> poi(xlsx));
    double raw = best(() -> raw(xlsx));
    double csvImport = best(() -> RosterReader.create().read(csv).households().size());
    double gbkImport = best(() -> RosterReader.create().read(gbk).households().size());
    double xlsxImport = best(() -> RosterReader.create().read(xlsx).households().size());
    System.out.printf(Locale.ROOT, "rows as text: UTF-8 CSV %.2f s (1.00), GBK CSV %.2f s (%.2f), "
        + "xlsx by FastExcel %.2f s (%.2f), xlsx by POI streaming %.2f s (%.2f); POI / FastExcel %.2f; "
        + "FastExcel's own cells without Tuopin's conversion %.2f s (%.2f)%n",
        csvRows, gbkRows, gbkRows / csvRows, fast, fast / csvRows, poi, poi / csvRows, poi / fast, raw, raw / csvRows);
    System.out.printf(Locale.ROOT, "roster import: UTF-8 CSV %.2f s (1.00), GBK CSV %.2f s (%.2f), xlsx %.2f s (%.2f)%n",
        csvImport, gbkImport, gbkImport / csvImport, xlsxImport, xlsxImport / csvImport);
  }

  /** A measured task; returns a count so that its work is used. */
  private interface Task {
    long run() throws Exception;
  }

  private static double best(Task task) throws Exception {
    double best = Double.MAX_VALUE;
    long check = -1;
    for (int i = 0; i < 5; i++) {
      long start = System.nanoTime();
      long n = task.run();
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
      if (check >= 0 && n != check) {
        throw new IllegalStateException("runs differ: " + n + " and " + check);
      }
      check = n;
    }
    return best;
  }

  /** Reads every field of every row through the io input layer; returns the characters read. */
  private static long rows(TableInput input) throws IOException {
    long chars = 0;
    try (TableRows rows = input.open()) {
      while (rows.next()) {
        for (int i = 0; i < rows.size(); i++) {
          chars += rows.field(i).length();
        }
      }
    }
    return chars;
  }

  /** Reads every cell's raw text with FastExcel alone, formats read as Tuopin reads them. */
  private static long raw(Path xlsx) throws IOException {
    long chars = 0;
    try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false));
        java.util.stream.Stream<Row> rows = wb.getFirstSheet().openStream()) {
      for (Row row : (Iterable<Row>) rows::iterator) {
        for (int i = 0; i < row.getCellCount(); i++) {
          Cell c = row.getCell(i);
          chars += c == null || c.getRawValue() == null ? 0 : c.getRawValue().length();
        }
      }
    }
    return chars;
  }

  /** Reads every cell of the first sheet as text with POI's streaming API; returns the characters read. */
  private static long poi(Path xlsx) throws Exception {
    long[] chars = {0};
    try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFSheetXMLHandler.SheetContentsHandler handler = new XSSFSheetXMLHandler.SheetContentsHandler() {
        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
          chars[0] += value == null ? 0 : value.length();
        }
      };
      try (InputStream sheet = reader.getSheetsData().next()) {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, handler, new DataFormatter(), false));
        xml.parse(new InputSource(sheet));
      }
    }
    return chars[0];
  }

  /** Writes a CSV roster as a workbook, amounts and years as numbers; returns the non-empty cells. */
  private static long toXlsx(Path csv, Path xlsx) throws IOException {
    long cells = 0;
    try (OutputStream os = Files.newOutputStream(xlsx);
        CsvReader<CsvRecord> in = CsvReader.builder().ofCsvRecord(csv, StandardCharsets.UTF_8)) {
      Workbook wb = new Workbook(os, "Tuopin", "1.0");
      Worksheet ws = wb.newWorksheet("Sheet1");
      List<String> keys = null;
      int r = 0;
      for (CsvRecord record : in) {
        if (keys == null) {
          keys = record.getFields();
        }
        for (int c = 0; c < record.getFieldCount(); c++) {
          String text = record.getField(c);
          if (text.isEmpty()) {
            continue;
          }
          cells++;
          if (r > 0 && NUMBERS.contains(keys.get(c))) {
            ws.value(r, c, new BigDecimal(text));
          } else {
            ws.value(r, c, text);
          }
        }
        r++;
        if (r % 10_000 == 0) {
          ws.flush();
        }
      }
      wb.finish();
    }
    return cells;
  }
}
