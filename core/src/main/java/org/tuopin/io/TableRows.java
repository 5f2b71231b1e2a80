package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.Iterator;
import org.tuopin.internal.Redaction;

/**
 * The rows of a table file, one at a time: the header row first, then each data row with
 * the line it starts on (for a workbook, its row number). Obtained from
 * {@link TableInput#open()}, or from {@link #csv(Reader, String)} for CSV text.
 *
 * <p>Rows are read, not kept. Each call of {@link #next()} moves to the next row; empty lines
 * (and a workbook's empty rows) are skipped. An instance is used by one thread and closed
 * after use.
 */
public abstract class TableRows implements Closeable {

  TableRows() {
  }

  /**
   * Obtains the rows of CSV text (RFC 4180, comma separated). A byte-order mark before the
   * first row is dropped.
   *
   * @param csv  the text, not null; read but not closed
   * @param source  a name for the source in messages, such as the file name, not null
   * @return the rows, not null; closing them does not close {@code csv}
   */
  public static TableRows csv(Reader csv, String source) {
    return new CsvRows(requireNonNull(csv, "csv"), requireNonNull(source, "source"), false);
  }

  /** The rows of a stream decoded strictly in an encoding, closing the stream when closed. */
  static TableRows csv(InputStream in, Charset cs, String source) {
    Reader reader = new InputStreamReader(in, cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    return new CsvRows(reader, source, true);
  }

  /**
   * Returns the name of the source in messages: the file name, and for a workbook the sheet.
   *
   * @return the source, not null
   */
  public abstract String source();

  /**
   * Moves to the next row.
   *
   * @return true if there is one, false at the end
   * @throws TableFormatException naming the source, the line and the cause if the file is
   *     malformed there, such as a CSV record beyond the reader's limits
   * @throws IOException if the file cannot be read
   */
  public abstract boolean next() throws IOException;

  /**
   * Returns the line the current row starts on, 1 for the first (the header); for a
   * workbook, the row number that Excel shows.
   *
   * @return the line, positive
   */
  public abstract long line();

  /**
   * Returns the number of fields of the current row. A workbook row counts up to its last
   * non-empty cell, and at least as many as the header.
   *
   * @return the number, not negative
   */
  public abstract int size();

  /**
   * Returns a field of the current row as text, untrimmed. A workbook's number is given in
   * plain decimal notation, a date as {@code YYYY-MM-DD}, a flag as {@code true}/{@code false}.
   *
   * @param index  the 0-based field index, less than {@link #size()}
   * @return the text, empty for an empty field, not null
   */
  public abstract String field(int index);

  /**
   * Names a column of the source in messages: its header text, and for a workbook its
   * column letter too.
   *
   * @param index  the 0-based field index
   * @param header  the header text of the column, not null
   * @return the name, not null
   */
  public String column(int index, String header) {
    return header;
  }

  /** CSV rows, read by FastCSV. */
  private static final class CsvRows extends TableRows {
    private final Reader reader;
    private final String source;
    private final boolean owned;
    private Iterator<CsvRecord> records;
    private CsvRecord current;
    private long lastLine = 1;

    CsvRows(Reader reader, String source, boolean owned) {
      this.reader = reader.markSupported() ? reader : new BufferedReader(reader);
      this.source = source;
      this.owned = owned;
    }

    @Override
    public String source() {
      return source;
    }

    @Override
    public boolean next() throws IOException {
      try {
        if (records == null) {
          reader.mark(1);
          if (reader.read() != '\uFEFF') {
            reader.reset();
          }
          records = CsvReader.builder().allowExtraFields(true).allowMissingFields(true).ofCsvRecord(reader).iterator();
        }
        if (!records.hasNext()) {
          current = null;
          return false;
        }
        current = records.next();
        lastLine = current.getStartingLineNumber();
        return true;
      } catch (CsvParseException ex) {
        throw new TableFormatException(source + ": malformed CSV after line " + lastLine + ": " + causes(ex));
      } catch (UncheckedIOException ex) {
        if (ex.getCause() instanceof java.nio.charset.CharacterCodingException) {
          throw new TableFormatException(source + ": after line " + lastLine + ": a byte sequence is no text in "
              + "the encoding read (" + ex.getCause().getMessage() + ")");
        }
        throw ex.getCause();
      } catch (java.nio.charset.CharacterCodingException ex) {
        throw new TableFormatException(source + ": after line " + lastLine + ": a byte sequence is no text in "
            + "the encoding read (" + ex.getMessage() + ")");
      }
    }

    /** The messages of an exception and its causes, so that FastCSV's own limit is named. */
    private static String causes(Throwable ex) {
      StringBuilder sb = new StringBuilder();
      for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (sb.indexOf(m) < 0) {
          sb.append(sb.length() == 0 ? "" : ": ").append(m);
        }
      }
      return Redaction.escaped(sb.toString());
    }

    @Override
    public long line() {
      return current.getStartingLineNumber();
    }

    @Override
    public int size() {
      return current.getFieldCount();
    }

    @Override
    public String field(int index) {
      return current.getField(index);
    }

    @Override
    public void close() throws IOException {
      if (owned) {
        reader.close();
      }
    }
  }
}
