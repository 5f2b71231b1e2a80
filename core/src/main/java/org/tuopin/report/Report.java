package org.tuopin.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.TextTable;
import org.tuopin.basics.Yuan;
import org.tuopin.io.RowError;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.Finding;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.Verdict;

/**
 * A report: typed rows under columns, the standard they were assessed by, and the row
 * accounting of the files read, with three writers.
 *
 * <ul>
 * <li>{@link #writeCsv(Writer)}: the contract's keys and plain values through FastCSV's
 *     {@code CsvWriter}; a field with a comma, a quote, CR or LF is quoted; lines end in LF.
 * <li>{@link #writeJson(OutputStream, Language)}: through Jackson's streaming generator;
 *     numbers as numbers (money as an exact decimal), each row's findings and explanation in
 *     the chosen language, a {@code summary} of the report's rows and a {@code files} array
 *     with the row accounting and the errors.
 * <li>{@link #writeText(Appendable, Language)}: a {@link TextTable} with headers and verdicts
 *     in the chosen language and a total line.
 * </ul>
 *
 * <p>Obtain reports from {@link Reports}. This class is immutable and thread-safe if its rows are.
 *
 * @param <R>  the row type
 */
public final class Report<R extends ReportRow> {

  private final String name;
  private final Text unit;
  private final @Nullable StandardSet standard;
  private final ImmutableList<ReportColumn> columns;
  /** The rows: an immutable copy, or a {@link RowView} that makes each row when asked. */
  private final List<R> rows;
  private final ImmutableList<Report<?>> leading;
  private final @Nullable Text title;
  private final ImmutableList<RowAccount> accounts;
  private final boolean plain;

  private Report(String name, Text unit, @Nullable StandardSet standard, List<ReportColumn> columns, List<R> rows,
      List<Report<?>> leading, @Nullable Text title, List<RowAccount> accounts, boolean plain) {
    this.name = name;
    this.unit = unit;
    this.standard = standard;
    this.columns = ImmutableList.copyOf(columns);
    this.rows = rows instanceof RowView ? rows : ImmutableList.copyOf(rows);
    this.leading = ImmutableList.copyOf(leading);
    this.title = title;
    this.accounts = ImmutableList.copyOf(accounts);
    this.plain = plain;
    if (!(rows instanceof RowView)) {
      rows.forEach(row -> checkCells(row, columns.size()));
    }
  }

  private static <R extends ReportRow> R checkCells(R row, int columns) {
    if (row.cells().size() != columns) {
      throw new IllegalArgumentException("row has " + row.cells().size() + " cells for " + columns + " columns");
    }
    return row;
  }

  /**
   * Obtains a report.
   *
   * @param <R>  the row type
   * @param name  the report's name, the JSON field of its rows ({@code households}, {@code villages}...)
   * @param unit  what a row counts, for the total line ({@code 户} / {@code households})
   * @param standard  the standard the rows were assessed by (the first, in a comparison)
   * @param columns  the columns
   * @param rows  the rows
   * @return the report, with no accounting yet
   */
  public static <R extends ReportRow> Report<R> of(String name, Text unit, StandardSet standard,
      List<ReportColumn> columns, List<R> rows) {
    return new Report<>(name, unit, standard, columns, rows, List.of(), null, List.of(), false);
  }

  /**
   * Obtains a report whose rows are made on demand and not held: {@link #rows()} is a view
   * that makes row {@code i} each time it is asked for it, and the writers make each row as
   * they write it (the text table twice, once for its columns' widths), so a report of
   * millions of rows made from columns takes the memory of one row. A row's cells are checked
   * against the columns when it is made.
   *
   * @param <R>  the row type
   * @param name  the report's name, the JSON field of its rows
   * @param unit  what a row counts, for the total line
   * @param standard  the standard the rows were assessed by (the first, in a comparison)
   * @param columns  the columns
   * @param size  the number of rows
   * @param row  makes row {@code i}, from 0, for every {@code i} below {@code size}
   * @return the report, with no accounting yet
   * @throws IllegalArgumentException if the size is negative
   */
  public static <R extends ReportRow> Report<R> ofView(String name, Text unit, StandardSet standard,
      List<ReportColumn> columns, int size, IntFunction<? extends R> row) {
    return new Report<>(name, unit, standard, columns, new RowView<R>(null, size, row, columns.size()), List.of(),
        null, List.of(), false);
  }

  /**
   * Obtains a plain report of figures, made by no standard: its text table has no heading,
   * no rules and no total line, and an unknown figure is blank, as the measure commands print.
   *
   * @param <R>  the row type
   * @param name  the report's name, the JSON field of its rows
   * @param columns  the columns
   * @param rows  the rows
   * @return the report, with no accounting yet
   */
  public static <R extends ReportRow> Report<R> plain(String name, List<ReportColumn> columns, List<R> rows) {
    return new Report<>(name, Text.of(name, name), null, columns, rows, List.of(), null, List.of(), true);
  }

  /**
   * Returns this report as made by a standard, named in its JSON and text heading.
   *
   * @param madeBy  the standard
   * @return the report
   */
  public Report<R> by(StandardSet madeBy) {
    return new Report<>(name, unit, madeBy, columns, rows, leading, title, accounts, plain);
  }

  /**
   * Returns this report with the row accounting of the files it was made from.
   *
   * @param files  the accounting, one per file read
   * @return the report
   */
  public Report<R> withAccounts(List<RowAccount> files) {
    return new Report<>(name, unit, standard, columns, rows, leading, title, files, plain);
  }

  /**
   * Returns this report with a report shown before it: first in text, nested under its name
   * in JSON; CSV carries only this report's rows.
   *
   * @param before  the leading report
   * @return the report
   */
  public Report<R> withLeading(Report<?> before) {
    List<Report<?>> all = new ArrayList<>(leading);
    all.add(before);
    return new Report<>(name, unit, standard, columns, rows, all, title, accounts, plain);
  }

  /**
   * Returns this report with a heading line in place of the standard's name.
   *
   * @param heading  the heading in both languages
   * @return the report
   */
  public Report<R> titled(Text heading) {
    return new Report<>(name, unit, standard, columns, rows, leading, heading, accounts, plain);
  }

  /**
   * Returns this report with only the rows that pass a test. Of a report of rows made on
   * demand, the rows are made once for the test, and the result keeps only the indexes of
   * those that pass.
   *
   * @param keep  the test
   * @return the report
   */
  public Report<R> filter(Predicate<? super R> keep) {
    List<R> kept = rows instanceof RowView<R> view ? view.filter(keep) : rows.stream().filter(keep).toList();
    return new Report<>(name, unit, standard, columns, kept, leading, title, accounts, plain);
  }

  /**
   * The report's name, the JSON field of its rows.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The columns.
   *
   * @return the columns
   */
  public ImmutableList<ReportColumn> columns() {
    return columns;
  }

  /**
   * The rows: an immutable list, or for a report of rows made on demand ({@link #ofView}) an
   * unmodifiable view that makes a row each time it is asked for it.
   *
   * @return the rows
   */
  public List<R> rows() {
    return rows;
  }

  /**
   * The row accounting of the files read.
   *
   * @return the accounting, one per file
   */
  public ImmutableList<RowAccount> accounts() {
    return accounts;
  }

  /**
   * Whether any file had rows rejected.
   *
   * @return true if any row was rejected
   */
  public boolean anyRejected() {
    return accounts.stream().anyMatch(a -> a.rejected() > 0);
  }

  /**
   * The CSV header, the keys of the CSV columns.
   *
   * @return the keys
   */
  public ImmutableList<String> csvHeader() {
    return columns.stream().filter(ReportColumn::inCsv).map(ReportColumn::key).collect(ImmutableList.toImmutableList());
  }

  /**
   * A row's CSV fields, as {@link #writeCsv(Writer)} writes them before quoting.
   *
   * @param row  the row
   * @return the fields
   */
  public ImmutableList<String> csvFields(R row) {
    ImmutableList.Builder<String> fields = ImmutableList.builder();
    List<@Nullable Object> cells = row.cells();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).inCsv()) {
        fields.add(csvCell(cells.get(i)));
      }
    }
    return fields.build();
  }

  /**
   * Writes the rows as CSV through FastCSV. The writer is flushed, not closed.
   *
   * @param out  where to write
   * @throws UncheckedIOException if writing fails
   */
  public void writeCsv(Writer out) {
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(new NonClosing(out));
    csv.writeRecord(csvHeader());
    for (R row : rows) {
      csv.writeRecord(csvFields(row));
    }
    try {
      csv.flush();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Writes the report as a text table.
   *
   * @param out  where to write
   * @param lang  the language of headers, verdicts and totals
   * @throws IOException if writing fails
   */
  public void writeText(Appendable out, Language lang) throws IOException {
    writeText(out, lang.locale());
  }

  /**
   * Writes the report as a text table in a locale: headers, verdicts, labels and totals are
   * read from Tuopin's message bundle ({@code report.*}), so a third language is a file.
   *
   * @param out  where to write
   * @param lang  the locale of headers, verdicts and totals
   * @throws IOException if writing fails
   */
  public void writeText(Appendable out, Locale lang) throws IOException {
    for (Report<?> t : leading) {
      t.writeText(out, lang);
      out.append('\n');
    }
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).inCsv()) {
        shown.add(i);
      }
    }
    boolean[] right = new boolean[shown.size()];
    for (int i = 0; i < right.length; i++) {
      right[i] = columns.get(shown.get(i)).kind() == ReportColumn.Kind.NUMBER;
    }
    TextTable table = new TextTable(shown.stream().map(i -> columns.get(i).header().in(lang)).toList(), right);
    if (!plain) {
      table.ruledAcross();
    }
    Iterable<List<String>> cells = () -> rows.stream().map(row -> {
      List<@Nullable Object> c = row.cells();
      return shown.stream().map(i -> {
        @Nullable Object v = c.get(i);
        return plain && v == null ? "" : textCell(v, lang);
      }).toList();
    }).iterator();
    if (title != null) {
      out.append(title.in(lang)).append('\n');
    } else if (standard != null && !plain) {
      out.append(Text.message("report.standard", standard.id(), standard.name()).in(lang)).append('\n');
    }
    table.write(new LineEnds(out), cells);
    Map<Verdict, Integer> counts = verdictCounts();
    if (!counts.isEmpty()) {
      List<Text> parts = new ArrayList<>();
      counts.forEach((v, n) -> parts.add(Text.message("count", v.label(), n)));
      out.append(Text.message("report.total", rows.size(), unit, Text.join(Text.message("list.comma"), parts)).in(lang))
          .append('\n');
    }
  }

  /**
   * Writes the report as JSON, followed by a line end. The stream is flushed, not closed.
   *
   * @param out  where to write (UTF-8)
   * @param lang  the language of labels, findings and explanations
   * @throws IOException if writing fails
   */
  public void writeJson(OutputStream out, Language lang) throws IOException {
    writeJson(out, lang.locale());
  }

  /**
   * Writes the report as JSON in a locale, as {@link #writeJson(OutputStream, Language)} does:
   * labels, findings and explanations are read in that locale, and {@code lang} is its
   * language code.
   *
   * @param out  where to write (UTF-8)
   * @param lang  the locale of labels, findings and explanations
   * @throws IOException if writing fails
   */
  public void writeJson(OutputStream out, Locale lang) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      if (standard != null) {
        g.writeStringField("standard", standard.id().toString());
        g.writeStringField("standard_name", standard.name().in(lang));
      }
      if (!plain) {
        g.writeStringField("lang", lang.getLanguage());
      }
      g.writeStringField("report", name);
      for (Report<?> t : leading) {
        t.writeRows(g, lang);
      }
      writeRows(g, lang);
      g.writeObjectFieldStart("summary");
      g.writeNumberField(name, rows.size());
      for (Map.Entry<Verdict, Integer> e : verdictCounts().entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("files");
      for (RowAccount a : accounts) {
        g.writeStartObject();
        g.writeStringField("source", a.source());
        g.writeNumberField("rows_read", a.read());
        g.writeNumberField("rows_accepted", a.accepted());
        g.writeNumberField("rows_rejected", a.rejected());
        g.writeArrayFieldStart("unknown_columns");
        for (String c : a.unknownColumns()) {
          g.writeString(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("errors");
        for (RowError e : a.errors()) {
          g.writeStartObject();
          g.writeNumberField("line", e.line());
          g.writeStringField("column", e.column());
          g.writeStringField("reason", e.reason());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private void writeRows(JsonGenerator g, Locale lang) throws IOException {
    g.writeArrayFieldStart(name);
    for (R row : rows) {
      g.writeStartObject();
      boolean verdicts = false;
      List<@Nullable Object> cells = row.cells();
      for (int i = 0; i < columns.size(); i++) {
        ReportColumn c = columns.get(i);
        @Nullable Object v = cells.get(i);
        if (c.kind() == ReportColumn.Kind.STANDARD_VERDICT) {
          if (!verdicts) {
            g.writeArrayFieldStart("verdicts");
            verdicts = true;
          }
          g.writeStartObject();
          g.writeStringField("standard", c.key());
          writeCell(g, "verdict", v, lang);
          if (v instanceof ReportLabel l) {
            g.writeStringField("verdict_label", l.text().in(lang));
          }
          g.writeEndObject();
          continue;
        }
        if (verdicts) {
          g.writeEndArray();
          verdicts = false;
        }
        writeCell(g, c.key(), v, lang);
      }
      if (verdicts) {
        g.writeEndArray();
      }
      Optional<Assessment<?>> assessment = row.assessed();
      if (assessment.isPresent()) {
        Assessment<?> a = assessment.get();
        g.writeArrayFieldStart("findings");
        for (Finding f : a.findings()) {
          g.writeStartObject();
          g.writeStringField("criterion", f.criterion().toString());
          g.writeStringField("label", f.label().in(lang));
          g.writeStringField("required", f.required().in(lang));
          g.writeStringField("observed", f.observed().in(lang));
          g.writeStringField("status", f.status().name());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("explanation", a.explain(lang));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeCell(JsonGenerator g, String key, @Nullable Object v, Locale lang) throws IOException {
    if (v == null) {
      g.writeNullField(key);
    } else if (v instanceof Yuan y) {
      g.writeNumberField(key, y.toBigDecimal());
    } else if (v instanceof BigDecimal d) {
      g.writeNumberField(key, d);
    } else if (v instanceof Long || v instanceof Integer) {
      g.writeNumberField(key, ((Number) v).longValue());
    } else if (v instanceof Boolean b) {
      g.writeBooleanField(key, b);
    } else if (v instanceof Verdict verdict) {
      g.writeStringField(key, verdict.name());
      g.writeStringField(key + "_label", verdict.label().in(lang));
    } else if (v instanceof ReportLabel l) {
      if (l == ReportLabel.YES || l == ReportLabel.NO) {
        g.writeBooleanField(key, l == ReportLabel.YES);
      } else {
        g.writeStringField(key, l.key());
      }
    } else if (v instanceof Text t) {
      g.writeStringField(key, t.in(lang));
    } else if (v instanceof List<?> list) {
      g.writeArrayFieldStart(key);
      for (Object s : list) {
        g.writeString(s.toString());
      }
      g.writeEndArray();
    } else {
      g.writeStringField(key, v.toString());
    }
  }

  private static String csvCell(@Nullable Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Yuan y) {
      return y.toPlainString();
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Verdict verdict) {
      return verdict.name();
    }
    if (v instanceof ReportLabel l) {
      return l.key();
    }
    if (v instanceof Text t) {
      return t.en();
    }
    if (v instanceof List<?> list) {
      return String.join(";", list.stream().map(Object::toString).toList());
    }
    return v.toString();
  }

  private static String textCell(@Nullable Object v, Locale lang) {
    if (v == null) {
      return "-";
    }
    if (v instanceof Verdict verdict) {
      return verdict.label().in(lang);
    }
    if (v instanceof ReportLabel l) {
      return l.text().in(lang);
    }
    if (v instanceof Text t) {
      return t.in(lang);
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof List<?> list) {
      return Text.join(Text.message("list.names"), list.stream().map(o -> Text.of(o.toString())).toList()).in(lang);
    }
    return v.toString();
  }

  private Map<Verdict, Integer> verdictCounts() {
    int[] byVerdict = new int[Verdict.values().length];
    boolean any = false;
    for (R r : rows) {
      Optional<Verdict> v = r.assessedVerdict();
      if (v.isPresent()) {
        any = true;
        byVerdict[v.get().ordinal()]++;
      }
    }
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    if (any) {
      for (Verdict v : Verdict.values()) {
        counts.put(v, byVerdict[v.ordinal()]);
      }
      // NOT_COVERED is counted where it occurs: a standard covers most rosters' years.
      counts.remove(Verdict.NOT_COVERED, 0);
    }
    return counts;
  }

  /**
   * A report's rows made on demand: row {@code k} is {@code row.apply(index[k])}, or
   * {@code row.apply(k)} without an index.
   */
  private static final class RowView<R extends ReportRow> extends AbstractList<R> implements RandomAccess {
    private final int @Nullable [] index;
    private final int size;
    private final IntFunction<? extends R> row;
    private final int columns;

    RowView(int @Nullable [] index, int size, IntFunction<? extends R> row, int columns) {
      if (size < 0) {
        throw new IllegalArgumentException("a report cannot have " + size + " rows");
      }
      this.index = index;
      this.size = size;
      this.row = row;
      this.columns = columns;
    }

    @Override
    public R get(int k) {
      Objects.checkIndex(k, size);
      return checkCells(row.apply(index == null ? k : index[k]), columns);
    }

    @Override
    public int size() {
      return size;
    }

    /** The view of the rows that pass a test, each row made once for it. */
    RowView<R> filter(Predicate<? super R> keep) {
      int[] kept = IntStream.range(0, size).filter(k -> keep.test(get(k))).map(k -> index == null ? k : index[k])
          .toArray();
      return new RowView<>(kept, kept.length, row, columns);
    }
  }

  /**
   * Writes a text table's lines as the report always has: a carriage return inside a cell
   * ends a line, as {@link String#lines()} reads it.
   */
  private static final class LineEnds implements Appendable {
    private final Appendable out;

    LineEnds(Appendable out) {
      this.out = out;
    }

    @Override
    public Appendable append(CharSequence csq) throws IOException {
      String s = csq.toString();
      out.append(s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n'));
      return this;
    }

    @Override
    public Appendable append(CharSequence csq, int start, int end) throws IOException {
      return append(csq.subSequence(start, end));
    }

    @Override
    public Appendable append(char c) throws IOException {
      out.append(c == '\r' ? '\n' : c);
      return this;
    }
  }

  /** Keeps FastCSV from closing the caller's writer. */
  private static final class NonClosing extends Writer {
    private final Writer out;

    NonClosing(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      out.write(buf, off, len);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      out.write(str, off, len);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
