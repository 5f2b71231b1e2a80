package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file of the data contract opened as rows: the one input layer that the roster, village
 * and measure inputs share.
 *
 * <p>A file whose name ends in {@code .xlsx} is an Excel workbook: its first sheet, or the
 * sheet named by {@link #withSheet(String)}, is read row by row (streamed, never held whole).
 * Any other file is CSV (RFC 4180, comma separated) in an encoding that is detected: the
 * bytes are decoded strictly as UTF-8 and, if they are not UTF-8, as GB18030 (a superset of
 * GBK, which Excel in China saves CSV as); {@link #withEncoding(Charset)} overrides that. A
 * byte-order mark is dropped, so a header after it may be quoted. A byte sequence that is no
 * text in the encoding tried, a malformed record, or a record beyond FastCSV's limits (a field
 * over 16 MiB, more than 16,384 fields) is a {@link TableFormatException} naming the file,
 * the line and the cause.
 *
 * <p>This class is immutable and thread-safe; the rows it opens are not.
 */
public final class TableInput {

  /** The encoding tried after UTF-8: GB18030, a superset of GBK and GB2312. */
  public static final Charset GB18030 = Charset.forName("GB18030");

  private final Path file;
  private final Optional<Charset> encoding;
  private final Optional<String> sheet;

  private TableInput(Path file, Optional<Charset> encoding, Optional<String> sheet) {
    this.file = file;
    this.encoding = encoding;
    this.sheet = sheet;
  }

  /**
   * Obtains the input of a file, its encoding detected and, for a workbook, its first sheet.
   *
   * @param file  the file, not null
   * @return the input, not null
   */
  public static TableInput of(Path file) {
    return new TableInput(requireNonNull(file, "file"), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy that reads a CSV file in an encoding rather than detecting it. A workbook
   * is not affected.
   *
   * @param encoding  the encoding, not null
   * @return the copy, not null
   */
  public TableInput withEncoding(Charset encoding) {
    return new TableInput(file, Optional.of(requireNonNull(encoding, "encoding")), sheet);
  }

  /**
   * Returns a copy that reads a workbook's sheet of a name rather than its first sheet. A CSV
   * file is not affected.
   *
   * @param name  the sheet name, not null
   * @return the copy, not null
   */
  public TableInput withSheet(String name) {
    return new TableInput(file, encoding, Optional.of(requireNonNull(name, "name")));
  }

  /**
   * Returns the file.
   *
   * @return the file, not null
   */
  public Path file() {
    return file;
  }

  /**
   * Returns the encoding given by {@link #withEncoding(Charset)}.
   *
   * @return the encoding, or empty if it is detected
   */
  public Optional<Charset> encoding() {
    return encoding;
  }

  /**
   * Returns the sheet given by {@link #withSheet(String)}.
   *
   * @return the sheet name, or empty for the first sheet
   */
  public Optional<String> sheet() {
    return sheet;
  }

  /**
   * Checks whether the file is an Excel workbook, by its name ending in {@code .xlsx}.
   *
   * @return true for a workbook, false for CSV
   */
  public boolean isWorkbook() {
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Checks whether the file is CSV to be read as UTF-8: not a workbook, and either given as
   * UTF-8 or, when detected, UTF-8 (bytes that are text in no encoding answer false).
   *
   * @return true if the file is UTF-8 CSV
   * @throws IOException if the file cannot be read
   */
  public boolean isUtf8Csv() throws IOException {
    if (isWorkbook()) {
      return false;
    }
    if (encoding.isPresent()) {
      return encoding.get().equals(StandardCharsets.UTF_8);
    }
    return firstBad(StandardCharsets.UTF_8) == null;
  }

  /**
   * Returns the encoding a CSV file is read in: the one given, or the one detected (UTF-8 if
   * the bytes are UTF-8, else GB18030), having checked that every byte sequence of the file
   * is text in it.
   *
   * @return the encoding, not null
   * @throws TableFormatException naming the file, the line, the byte offset and the encoding
   *     tried if the bytes are no text in it
   * @throws IOException if the file cannot be read
   */
  public Charset charset() throws IOException {
    if (encoding.isPresent()) {
      Bad bad = firstBad(encoding.get());
      if (bad != null) {
        throw bad.error(source(), "are no " + encoding.get().name() + " text (the encoding given)");
      }
      return encoding.get();
    }
    Bad utf8 = firstBad(StandardCharsets.UTF_8);
    if (utf8 == null) {
      return StandardCharsets.UTF_8;
    }
    Bad gb = firstBad(GB18030);
    if (gb != null) {
      throw utf8.error(source(), "are neither UTF-8 nor GB18030 text (as GB18030, the first bad bytes are on line "
          + gb.line + ", at byte offset " + gb.offset + ")");
    }
    return GB18030;
  }

  /**
   * Opens the file as rows: the header row first, then each data row with its line.
   *
   * @return the rows, to be closed, not null
   * @throws TableFormatException if the file's bytes are no text in its encoding, or the
   *     workbook has no such sheet or cannot be read as a workbook
   * @throws IOException if the file cannot be read
   */
  public TableRows open() throws IOException {
    if (isWorkbook()) {
      return SheetRows.open(file, sheet);
    }
    Charset cs = charset();
    return TableRows.csv(Files.newInputStream(file), cs, source());
  }

  /**
   * Returns the name of the file in messages: its file name, and for a workbook the sheet
   * read if one is given.
   *
   * @return the name, not null
   */
  public String source() {
    return String.valueOf(file.getFileName());
  }

  /** The first byte sequence of the file that is no text in an encoding, or null. */
  private Bad firstBad(Charset cs) throws IOException {
    CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.allocate(1 << 16);
    CharBuffer out = CharBuffer.allocate(1 << 16);
    long consumed = 0;
    long line = 1;
    try (InputStream stream = Files.newInputStream(file)) {
      boolean end = false;
      while (true) {
        if (!end) {
          int n = stream.read(in.array(), in.position(), in.remaining());
          if (n < 0) {
            end = true;
          } else {
            in.position(in.position() + n);
          }
        }
        in.flip();
        CoderResult result;
        do {
          int before = in.position();
          result = decoder.decode(in, out, end);
          consumed += in.position() - before;
          line += newlines(out);
          if (result.isError()) {
            return new Bad(consumed, line, in, result.length());
          }
        } while (result.isOverflow());
        if (end) {
          CoderResult flush = decoder.flush(out);
          if (flush.isError()) {
            return new Bad(consumed, line, in, flush.length());
          }
          return null;
        }
        in.compact();
      }
    }
  }

  private static int newlines(CharBuffer out) {
    out.flip();
    int n = 0;
    while (out.hasRemaining()) {
      if (out.get() == '\n') {
        n++;
      }
    }
    out.clear();
    return n;
  }

  /** A byte sequence that is no text: its offset in the file, its line, and its bytes. */
  private static final class Bad {
    final long offset;
    final long line;
    final String bytes;

    Bad(long offset, long line, ByteBuffer in, int length) {
      this.offset = offset;
      this.line = line;
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < length && in.position() + i < in.limit(); i++) {
        sb.append(i == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", in.get(in.position() + i) & 0xFF));
      }
      this.bytes = sb.length() == 0 ? "an incomplete sequence at the end" : sb.toString();
    }

    TableFormatException error(String source, String what) {
      return new TableFormatException(source + ": line " + line + ": bytes " + bytes + " at byte offset " + offset
          + " " + what);
    }
  }

  @Override
  public String toString() {
    return "TableInput[" + file + encoding.map(c -> ", " + c.name()).orElse("")
        + sheet.map(s -> ", sheet " + s).orElse("") + "]";
  }
}
