package org.tuopin.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.tuopin.internal.Redaction;

/**
 * The rows of one sheet of an Excel workbook ({@code .xlsx}), streamed by FastExcel's reader.
 *
 * <p>Cells become the texts a CSV export would hold: text as it is, numbers in plain decimal
 * notation rounded to the 15 significant digits Excel keeps, dates (numbers in a date
 * format) as {@code YYYY-MM-DD}, booleans as {@code true}/{@code false}, formulas as their
 * cached value. Empty rows are skipped; a row's absent trailing cells are empty fields, so
 * only cells past the header's width make a row wider than the header.
 */
final class SheetRows extends TableRows {

  /** Excel's built-in number formats that are dates. */
  private static final int[][] DATE_FORMAT_IDS = {{14, 22}, {27, 36}, {45, 47}, {50, 58}};
  private static final MathContext EXCEL_DIGITS = new MathContext(15);

  private final ReadableWorkbook workbook;
  private final Stream<Row> stream;
  private final Iterator<Row> rows;
  private final String source;
  private final List<String> fields = new ArrayList<>();
  private final Map<String, Boolean> dateFormats = new HashMap<>();
  private int width = -1;
  private long line;

  private SheetRows(ReadableWorkbook workbook, Stream<Row> stream, String source) {
    this.workbook = workbook;
    this.stream = stream;
    this.rows = stream.iterator();
    this.source = source;
  }

  /** Opens a sheet of a workbook: the one named, or the first. */
  static SheetRows open(Path file, Optional<String> name) throws IOException {
    String fileName = String.valueOf(file.getFileName());
    ReadableWorkbook workbook;
    try {
      workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false));
    } catch (IOException | ExcelReaderException ex) {
      if (ex instanceof java.nio.file.NoSuchFileException || ex instanceof java.io.FileNotFoundException) {
        throw ex;
      }
      throw new TableFormatException(fileName + ": cannot be read as an .xlsx workbook: " + cause(ex));
    }
    try {
      Sheet sheet;
      if (name.isPresent()) {
        Optional<Sheet> found = workbook.findSheet(name.get());
        if (found.isEmpty()) {
          throw new TableFormatException(fileName + ": no sheet named " + Redaction.quote(name.get())
              + "; its sheets are " + workbook.getSheets().map(s -> Redaction.quote(s.getName()))
              .collect(Collectors.joining(", ")));
        }
        sheet = found.get();
      } else {
        sheet = workbook.getFirstSheet();
      }
      String source = fileName + ", sheet " + Redaction.quote(sheet.getName());
      return new SheetRows(workbook, sheet.openStream(), source);
    } catch (IOException | RuntimeException ex) {
      workbook.close();
      if (ex instanceof ExcelReaderException) {
        throw new TableFormatException(fileName + ": cannot be read as an .xlsx workbook: " + cause(ex));
      }
      throw ex;
    }
  }

  private static String cause(Throwable ex) {
    Throwable t = ex;
    while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
      t = t.getCause();
    }
    return Redaction.escaped(String.valueOf(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage()));
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public boolean next() throws IOException {
    try {
      while (rows.hasNext()) {
        Row row = rows.next();
        fields.clear();
        int last = -1;
        for (int i = 0; i < row.getCellCount(); i++) {
          String text = text(row.getCell(i));
          fields.add(text);
          if (!text.isEmpty()) {
            last = i;
          }
        }
        if (last < 0) {
          continue;
        }
        int size = Math.max(last + 1, width);
        while (fields.size() > size) {
          fields.remove(fields.size() - 1);
        }
        while (fields.size() < size) {
          fields.add("");
        }
        if (width < 0) {
          width = size;
        }
        line = row.getRowNum();
        return true;
      }
      return false;
    } catch (ExcelReaderException ex) {
      throw new TableFormatException(source + ": cannot be read after row " + line + ": " + cause(ex));
    } catch (UncheckedIOException ex) {
      throw ex.getCause();
    }
  }

  private String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    switch (cell.getType()) {
      case EMPTY:
        return "";
      case STRING:
        return String.valueOf(cell.asString());
      case BOOLEAN:
        return String.valueOf(cell.asBoolean());
      case NUMBER:
        return number(cell);
      default:
        // formulas and errors: the cached value as written
        String raw = cell.getRawValue();
        return raw == null ? "" : raw;
    }
  }

  private String number(Cell cell) {
    String raw = cell.getRawValue();
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    if (isDate(cell)) {
      LocalDateTime t = cell.asDate();
      return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.toString();
    }
    try {
      BigDecimal d = new BigDecimal(raw).round(EXCEL_DIGITS).stripTrailingZeros();
      return d.signum() == 0 ? "0" : d.toPlainString();
    } catch (NumberFormatException ex) {
      return raw;
    }
  }

  /** Whether a cell's number format is a date, by format, remembered for the read. */
  private boolean isDate(Cell cell) {
    String format = cell.getDataFormatString();
    Integer id = cell.getDataFormatId();
    if (format == null && id == null) {
      return false;
    }
    return dateFormats.computeIfAbsent(id + "\u0000" + format, k -> isDateFormat(id, format));
  }

  private static boolean isDateFormat(Integer id, String format) {
    if (id != null) {
      for (int[] range : DATE_FORMAT_IDS) {
        if (id >= range[0] && id <= range[1]) {
          return true;
        }
      }
    }
    if (format == null) {
      return false;
    }
    // a custom format is a date if, outside quoted text and brackets, it has a year or a day
    String bare = format.replaceAll("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.", "").toLowerCase(Locale.ROOT);
    return bare.contains("y") || bare.contains("d");
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public int size() {
    return fields.size();
  }

  @Override
  public String field(int index) {
    return fields.get(index);
  }

  @Override
  public String column(int index, String header) {
    return header + " (" + letters(index) + ")";
  }

  /** The column letters of a 0-based index: A, B, …, Z, AA, …. */
  static String letters(int index) {
    StringBuilder sb = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      sb.append((char) ('A' + (n - 1) % 26));
    }
    return sb.reverse().toString();
  }

  @Override
  public void close() throws IOException {
    try {
      stream.close();
    } finally {
      workbook.close();
    }
  }
}
