package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for terminals: a header row, a rule, then the rows, each column padded
 * to its widest cell and columns two spaces apart, lines without trailing spaces.
 *
 * <p>Widths are counted in terminal columns by the Unicode East Asian Width property (UAX #11):
 * wide (W) and fullwidth (F) characters take two columns — CJK ideographs (青花椒), kana,
 * Hangul, fullwidth punctuation and signs (，（）：、。 and the fullwidth yen sign ￥ U+FFE5),
 * the ideographic space, wide emoji — and every other character one, including the ambiguous
 * ones (≥, —, ·, Σ) and the halfwidth forms (the yen sign ¥ U+00A5, ｶ). So mixed Chinese and
 * English cells line up in a monospaced terminal.
 *
 * <p>The rule under the header is one run of {@code -} under each column by default;
 * {@link #ruledAcross()} draws one unbroken run across the whole table instead.
 *
 * <p>This class is mutable and not thread-safe: add the rows, then call {@link #toString()};
 * or stream rows made on demand through {@link #write(Appendable, Iterable)}.
 */
public final class TextTable {

  /**
   * The code points that are wide (W) or fullwidth (F), as pairs of first and last, ascending,
   * from Unicode 14.0's EastAsianWidth.txt; unassigned code points of the CJK ideograph blocks
   * and planes 2 and 3 count wide, as that file prescribes, and runs separated only by
   * unassigned code points are joined.
   */
  private static final int[] WIDE = {
      0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC,
      0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE, 0x2614, 0x2615,
      0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1,
      0x26AA, 0x26AB, 0x26BD, 0x26BE, 0x26C4, 0x26C5, 0x26CE, 0x26CE,
      0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5,
      0x26FA, 0x26FA, 0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B,
      0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755,
      0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF,
      0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55, 0x2E80, 0x303E,
      0x3041, 0x3247, 0x3250, 0x4DBF, 0x4E00, 0xA4C6, 0xA960, 0xA97C,
      0xAC00, 0xD7A3, 0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6B,
      0xFF01, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x1B2FB, 0x1F004, 0x1F004,
      0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F320,
      0x1F32D, 0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA,
      0x1F3CF, 0x1F3D3, 0x1F3E0, 0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E,
      0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF, 0x1F53D, 0x1F54B, 0x1F54E,
      0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4, 0x1F5A4,
      0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2,
      0x1F6D5, 0x1F6DF, 0x1F6EB, 0x1F6EC, 0x1F6F4, 0x1F6FC, 0x1F7E0, 0x1F7F0,
      0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA70, 0x1FAF6,
      0x20000, 0x3FFFD
  };

  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();
  private boolean ruledAcross;

  /**
   * Creates a table.
   *
   * @param headers  the column headers, not null
   * @param right  for each column, whether its cells align right (numbers), not null
   * @throws IllegalArgumentException if the two lists differ in length
   */
  public TextTable(List<String> headers, boolean... right) {
    requireNonNull(headers, "headers");
    requireNonNull(right, "right");
    if (headers.size() != right.length) {
      throw new IllegalArgumentException(headers.size() + " headers but " + right.length + " alignments");
    }
    this.headers = List.copyOf(headers);
    this.right = right.clone();
  }

  /**
   * Adds a row.
   *
   * @param cells  the cells, one per column, not null
   * @return this table, not null
   * @throws IllegalArgumentException if the number of cells is not the number of columns
   */
  public TextTable add(List<String> cells) {
    requireNonNull(cells, "cells");
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.size() + " cells for " + headers.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /**
   * Draws the rule under the header as one unbroken run of {@code -} across the table, the
   * gaps between columns included, rather than one run under each column.
   *
   * @return this table, not null
   */
  public TextTable ruledAcross() {
    ruledAcross = true;
    return this;
  }

  /**
   * Returns the number of terminal columns a text takes: two for each wide or fullwidth
   * character ({@link #isWide(int)}), one for any other.
   *
   * @param text  the text, not null
   * @return the display width
   */
  public static int width(String text) {
    requireNonNull(text, "text");
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  /**
   * Checks whether a character takes two terminal columns: its East Asian Width is wide (W)
   * or fullwidth (F).
   *
   * @param codePoint  the code point
   * @return true for a wide or fullwidth character
   */
  public static boolean isWide(int codePoint) {
    int i = Arrays.binarySearch(WIDE, codePoint);
    // found: a bound; not found: inside a range when the insertion point follows a first bound
    return i >= 0 || (-i - 1) % 2 == 1;
  }

  /**
   * Returns the table as text, lines separated by {@code \n}, without trailing spaces.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    try {
      write(b, List.of());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return b.toString();
  }

  /**
   * Writes the table with more rows after those added, as {@link #toString()} would give it
   * had they been added, without holding them: the rows are iterated twice, once for the
   * columns' widths and once to write them, so a table of millions of rows made on demand
   * takes no more memory than one row.
   *
   * @param out  where to write, not null
   * @param more  the further rows, each with one cell per column, not null
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a row's number of cells is not the number of columns
   */
  public void write(Appendable out, Iterable<? extends List<String>> more) throws IOException {
    requireNonNull(out, "out");
    requireNonNull(more, "more");
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(headers.get(c));
    }
    for (List<String> row : rows) {
      widen(widths, row);
    }
    for (List<String> row : more) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("row has " + row.size() + " cells for " + headers.size() + " columns");
      }
      widen(widths, row);
    }
    StringBuilder b = new StringBuilder();
    line(b, headers, widths);
    if (ruledAcross) {
      b.append("-".repeat(Math.max(0, Arrays.stream(widths).sum() + 2 * (widths.length - 1))));
    } else {
      for (int c = 0; c < widths.length; c++) {
        b.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
      }
    }
    b.append('\n');
    out.append(b);
    for (List<String> row : rows) {
      out.append(line(new StringBuilder(), row, widths));
    }
    for (List<String> row : more) {
      out.append(line(new StringBuilder(), row, widths));
    }
  }

  private static void widen(int[] widths, List<String> row) {
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.max(widths[c], width(row.get(c)));
    }
  }

  private StringBuilder line(StringBuilder b, List<String> cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - width(cell));
      l.append(c == 0 ? "" : "  ").append(right[c] ? pad + cell : cell + pad);
    }
    return b.append(l.toString().stripTrailing()).append('\n');
  }
}
