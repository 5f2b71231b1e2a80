package org.tuopin.internal;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: a header row, a rule, then the rows, each column padded
 * to its widest cell. Chinese characters and other wide characters count two columns, so
 * mixed Chinese and English cells line up in a monospaced terminal.
 */
public final class TextTable {

  private final List<String> headers;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  /**
   * Creates a table.
   *
   * @param headers  the column headers, not null
   * @param right  for each column, whether its cells align right (numbers), not null
   * @throws IllegalArgumentException if the two lists differ in length
   */
  public TextTable(List<String> headers, boolean... right) {
    requireNonNull(headers, "headers");
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
   * Returns the number of terminal columns a text takes: two for each wide (East Asian
   * full-width) character, one for others.
   *
   * @param text  the text, not null
   * @return the display width
   */
  public static int width(String text) {
    int w = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return cp >= 0x1100 && cp <= 0x115F
        || cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F
        || cp >= 0xAC00 && cp <= 0xD7A3
        || cp >= 0xF900 && cp <= 0xFAFF
        || cp >= 0xFE30 && cp <= 0xFE4F
        || cp >= 0xFF00 && cp <= 0xFF60
        || cp >= 0xFFE0 && cp <= 0xFFE6
        || cp >= 0x20000 && cp <= 0x3FFFD;
  }

  /**
   * Returns the table as text, lines separated by {@code \n}, without trailing spaces.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = width(headers.get(c));
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], width(row.get(c)));
      }
    }
    StringBuilder b = new StringBuilder();
    line(b, headers, widths);
    for (int c = 0; c < widths.length; c++) {
      b.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
    }
    b.append('\n');
    rows.forEach(r -> line(b, r, widths));
    return b.toString();
  }

  private void line(StringBuilder b, List<String> cells, int[] widths) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < widths.length; c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - width(cell));
      l.append(c == 0 ? "" : "  ").append(right[c] ? pad + cell : cell + pad);
    }
    b.append(l.toString().stripTrailing()).append('\n');
  }
}
