package org.tuopin.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tuopin.basics.Language;
import org.tuopin.basics.Yuan;
import org.tuopin.standard.Finding;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.Verdict;

/** Writes the households report as a table, CSV or JSON. */
final class Report {

  static final String CSV_HEADER = "household_id,village_code,size,per_capita_net_income,line,verdict,unmet";

  private Report() {
  }

  static void csv(List<HouseholdRow> rows, PrintStream out) {
    out.println(CSV_HEADER);
    for (HouseholdRow r : rows) {
      out.println(String.join(",", r.id().toString(), r.village().map(Object::toString).orElse(""),
          Integer.toString(r.size()), r.perCapita().map(Yuan::toPlainString).orElse(""),
          r.line().map(Yuan::toPlainString).orElse(""), r.assessment().verdict().name(),
          String.join(";", r.unmetIds())));
    }
  }

  static void table(List<HouseholdRow> rows, StandardSet standard, Language lang, PrintStream out) {
    boolean zh = lang == Language.ZH;
    List<String[]> cells = new ArrayList<>();
    cells.add(zh ? new String[] {"户编号", "行政区划代码", "人数", "人均纯收入", "标准线", "结论", "未满足"}
        : new String[] {"household", "village", "size", "per capita", "line", "verdict", "unmet"});
    for (HouseholdRow r : rows) {
      cells.add(new String[] {r.id().toString(), r.village().map(Object::toString).orElse("-"),
          Integer.toString(r.size()), r.perCapita().map(Yuan::toString).orElse("-"),
          r.line().map(Yuan::toString).orElse("-"), r.assessment().verdict().label().in(lang),
          String.join(zh ? "、" : ", ", r.unmetIds())});
    }
    int[] widths = new int[cells.get(0).length];
    for (String[] row : cells) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], width(row[i]));
      }
    }
    out.println((zh ? "标准 " : "Standard ") + standard.id() + " — " + standard.name().in(lang));
    for (int r = 0; r < cells.size(); r++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        String cell = cells.get(r)[i];
        boolean right = i == 2 || i == 3 || i == 4;
        String pad = " ".repeat(widths[i] - width(cell));
        line.append(right ? pad + cell : cell + pad).append(i + 1 < widths.length ? "  " : "");
      }
      out.println(line.toString().stripTrailing());
      if (r == 0) {
        int total = 0;
        for (int w : widths) {
          total += w + 2;
        }
        out.println("-".repeat(total - 2));
      }
    }
    Map<Verdict, Integer> counts = counts(rows);
    StringBuilder summary = new StringBuilder(zh ? "合计 " : "Total ").append(rows.size())
        .append(zh ? " 户：" : " households: ");
    for (Verdict v : Verdict.values()) {
      summary.append(v.label().in(lang)).append(' ').append(counts.get(v))
          .append(v.ordinal() + 1 < Verdict.values().length ? (zh ? "，" : ", ") : "");
    }
    out.println(summary);
  }

  static void json(List<HouseholdRow> rows, StandardSet standard, Language lang, PrintStream out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.writeStartObject();
      g.writeStringField("standard", standard.id().toString());
      g.writeStringField("standard_name", standard.name().in(lang));
      g.writeStringField("lang", lang.name().toLowerCase(java.util.Locale.ROOT));
      g.writeArrayFieldStart("households");
      for (HouseholdRow r : rows) {
        g.writeStartObject();
        g.writeStringField("household_id", r.id().toString());
        writeNullable(g, "village_code", r.village().map(Object::toString).orElse(null));
        g.writeNumberField("size", r.size());
        if (r.incomeYear().isPresent()) {
          g.writeNumberField("income_year", r.incomeYear().getAsInt());
        } else {
          g.writeNullField("income_year");
        }
        writeAmount(g, "per_capita_net_income", r.perCapita().orElse(null));
        writeAmount(g, "line", r.line().orElse(null));
        g.writeStringField("verdict", r.assessment().verdict().name());
        g.writeStringField("verdict_label", r.assessment().verdict().label().in(lang));
        g.writeArrayFieldStart("unmet");
        for (String id : r.unmetIds()) {
          g.writeString(id);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("findings");
        for (Finding f : r.assessment().findings()) {
          g.writeStartObject();
          g.writeStringField("criterion", f.criterion().toString());
          g.writeStringField("label", f.label().in(lang));
          g.writeStringField("required", f.required().in(lang));
          g.writeStringField("observed", f.observed().in(lang));
          g.writeStringField("status", f.status().name());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("explanation", r.assessment().explain(lang));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("households", rows.size());
      for (Map.Entry<Verdict, Integer> e : counts(rows).entrySet()) {
        g.writeNumberField(e.getKey().name(), e.getValue());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    out.println();
  }

  private static void writeNullable(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }

  private static void writeAmount(JsonGenerator g, String field, Yuan value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeNumberField(field, value.toBigDecimal());
    }
  }

  static Map<Verdict, Integer> counts(List<HouseholdRow> rows) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0);
    }
    rows.forEach(r -> counts.merge(r.assessment().verdict(), 1, Integer::sum));
    return counts;
  }

  /** The display width of text in a terminal: wide (CJK) characters count two. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
