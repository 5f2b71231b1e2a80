package org.tuopin.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tuopin.basics.Language;
import org.tuopin.basics.Yuan;
import org.tuopin.report.TextTable;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.Finding;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.Verdict;

/**
 * One report as rows of typed cells, written as CSV (the contract's keys and plain values),
 * as a text table (headers and verdicts in the chosen language) or as JSON (numbers as
 * numbers, with each row's findings and explanation).
 *
 * <p>Cells hold a {@code String}, a {@code Number}, a {@link Yuan}, a {@link Verdict}, a
 * {@code List<String>} of criterion ids, or {@code null} for unknown.
 */
final class Table {

  /**
   * A column.
   *
   * @param key  the CSV and JSON key
   * @param zh  the Chinese header
   * @param en  the English header
   * @param right  whether the text table aligns it right
   * @param jsonOnly  whether only JSON carries it (the CSV columns are fixed by the contract)
   */
  record Column(String key, String zh, String en, boolean right, boolean jsonOnly) {
    static Column text(String key, String zh, String en) {
      return new Column(key, zh, en, false, false);
    }

    static Column number(String key, String zh, String en) {
      return new Column(key, zh, en, true, false);
    }

    static Column json(String key) {
      return new Column(key, key, key, false, true);
    }
  }

  /**
   * A cell with a key for CSV and JSON and words for the text table.
   *
   * @param key  the key, such as {@code NOT_COVERED}
   * @param text  the words in both languages
   */
  record Label(String key, org.tuopin.basics.Text text) {
  }

  private final String name;
  private String title;
  private final String unitZh;
  private final String unitEn;
  private final StandardSet standard;
  private final List<Column> columns;
  private final List<Object[]> rows = new ArrayList<>();
  private final List<Table> before = new ArrayList<>();
  private final List<Assessment<?>> assessments = new ArrayList<>();

  Table(String name, String unitZh, String unitEn, StandardSet standard, List<Column> columns) {
    this.name = name;
    this.unitZh = unitZh;
    this.unitEn = unitEn;
    this.standard = standard;
    this.columns = columns;
  }

  void add(Assessment<?> assessment, Object... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells for " + columns.size() + " columns");
    }
    rows.add(cells);
    assessments.add(assessment);
  }

  /**
   * Attaches a table printed before this one in text, and nested under its name in JSON
   * (CSV carries only this table).
   */
  Table withLeading(Table leading) {
    before.add(leading);
    return this;
  }

  /** Sets the heading line of the text table, in place of the standard's name. */
  Table titled(String zh, String en) {
    this.title = zh + "\u0000" + en;
    return this;
  }

  /** Keeps only the rows that pass a test of their cells. */
  Table filtered(java.util.function.Predicate<Object[]> keep) {
    Table t = new Table(name, unitZh, unitEn, standard, columns);
    t.title = title;
    t.before.addAll(before);
    for (int i = 0; i < rows.size(); i++) {
      if (keep.test(rows.get(i))) {
        t.add(assessments.get(i), rows.get(i));
      }
    }
    return t;
  }

  void write(String format, Language lang, PrintStream out) throws IOException {
    switch (format) {
      case "csv":
        csv(out);
        break;
      case "json":
        json(lang, out);
        break;
      default:
        text(lang, out);
    }
  }

  void csv(PrintStream out) {
    List<Integer> shown = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (!columns.get(i).jsonOnly()) {
        shown.add(i);
        keys.add(columns.get(i).key());
      }
    }
    out.println(String.join(",", keys));
    for (Object[] row : rows) {
      List<String> cells = new ArrayList<>();
      for (int i : shown) {
        cells.add(csvCell(row[i]));
      }
      out.println(String.join(",", cells));
    }
  }

  private static String csvCell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Yuan) {
      return ((Yuan) v).toPlainString();
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
    }
    if (v instanceof Verdict) {
      return ((Verdict) v).name();
    }
    if (v instanceof Label) {
      return ((Label) v).key();
    }
    if (v instanceof List) {
      return String.join(";", strings(v));
    }
    String s = v.toString();
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String textCell(Object v, Language lang) {
    if (v == null) {
      return "-";
    }
    if (v instanceof Verdict) {
      return ((Verdict) v).label().in(lang);
    }
    if (v instanceof Label) {
      return ((Label) v).text().in(lang);
    }
    if (v instanceof BigDecimal) {
      return ((BigDecimal) v).toPlainString();
    }
    if (v instanceof List) {
      return String.join(lang == Language.ZH ? "、" : ", ", strings(v));
    }
    return v.toString();
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object list) {
    return (List<String>) list;
  }

  void text(Language lang, PrintStream out) {
    for (Table t : before) {
      t.text(lang, out);
      out.println();
    }
    boolean zh = lang == Language.ZH;
    List<Integer> shown = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (!columns.get(i).jsonOnly()) {
        shown.add(i);
      }
    }
    boolean[] right = new boolean[shown.size()];
    for (int i = 0; i < right.length; i++) {
      right[i] = columns.get(shown.get(i)).right();
    }
    TextTable table = new TextTable(shown.stream().map(i -> zh ? columns.get(i).zh() : columns.get(i).en()).toList(),
        right).ruledAcross();
    for (Object[] row : rows) {
      table.add(shown.stream().map(i -> textCell(row[i], lang)).toList());
    }
    if (title != null) {
      out.println(title.split("\u0000")[zh ? 0 : 1]);
    } else {
      out.println((zh ? "标准 " : "Standard ") + standard.id() + " — " + standard.name().in(lang));
    }
    table.toString().lines().forEach(out::println);
    Map<Verdict, Integer> counts = verdictCounts();
    if (!counts.isEmpty()) {
      StringBuilder summary = new StringBuilder(zh ? "合计 " : "Total ").append(rows.size())
          .append(zh ? " " + unitZh + "：" : " " + unitEn + ": ");
      List<String> parts = new ArrayList<>();
      counts.forEach((v, n) -> parts.add(v.label().in(lang) + " " + n));
      out.println(summary.append(String.join(zh ? "，" : ", ", parts)));
    }
  }

  private Map<Verdict, Integer> verdictCounts() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    if (assessments.stream().anyMatch(a -> a != null)) {
      for (Verdict v : Verdict.values()) {
        counts.put(v, 0);
      }
      assessments.stream().filter(a -> a != null).forEach(a -> counts.merge(a.verdict(), 1, Integer::sum));
      // NOT_COVERED is counted where it occurs: a standard covers most rosters' years.
      counts.remove(Verdict.NOT_COVERED, 0);
    }
    return counts;
  }

  void json(Language lang, PrintStream out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("standard", standard.id().toString());
      g.writeStringField("standard_name", standard.name().in(lang));
      g.writeStringField("lang", lang.name().toLowerCase(Locale.ROOT));
      g.writeStringField("report", name);
      for (Table t : before) {
        t.writeRows(g, lang);
      }
      writeRows(g, lang);
      Map<Verdict, Integer> counts = verdictCounts();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("rows", rows.size());
      for (Map.Entry<Verdict, Integer> e : counts.entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.println();
  }

  private void writeRows(JsonGenerator g, Language lang) throws IOException {
    g.writeArrayFieldStart(name);
    for (int r = 0; r < rows.size(); r++) {
      g.writeStartObject();
      for (int i = 0; i < columns.size(); i++) {
        writeCell(g, columns.get(i).key(), rows.get(r)[i], lang);
      }
      Assessment<?> a = assessments.get(r);
      if (a != null) {
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

  private static void writeCell(JsonGenerator g, String key, Object v, Language lang) throws IOException {
    if (v == null) {
      g.writeNullField(key);
    } else if (v instanceof Yuan) {
      g.writeNumberField(key, ((Yuan) v).toBigDecimal());
    } else if (v instanceof BigDecimal) {
      g.writeNumberField(key, (BigDecimal) v);
    } else if (v instanceof Long || v instanceof Integer) {
      g.writeNumberField(key, ((Number) v).longValue());
    } else if (v instanceof Verdict) {
      g.writeStringField(key, ((Verdict) v).name());
      g.writeStringField(key + "_label", ((Verdict) v).label().in(lang));
    } else if (v instanceof Label) {
      g.writeStringField(key, ((Label) v).key());
    } else if (v instanceof List) {
      g.writeArrayFieldStart(key);
      for (String s : strings(v)) {
        g.writeString(s);
      }
      g.writeEndArray();
    } else {
      g.writeStringField(key, v.toString());
    }
  }
}
