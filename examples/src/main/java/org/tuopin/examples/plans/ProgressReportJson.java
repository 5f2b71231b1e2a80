package org.tuopin.examples.plans;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Quantity;
import org.tuopin.plan.ProgressReport;
import org.tuopin.plan.Target;
import org.tuopin.plan.TargetProgress;
import org.tuopin.plan.TargetStatus;

/**
 * Writes a plan's {@link ProgressReport} (进度报告) as JSON with Jackson's streaming generator:
 * the plan (names, scope, level, period), the date, the counts per status and one object per
 * row with the indicator, scope, comparison, target, deadline, baseline, status, expected and
 * actual values, the actual's date, whether it was rolled up, and the gap.
 *
 * <p>Quantities are objects of an exact decimal {@code value}, never in exponent notation, and
 * a unit key ({@code {"value": 8700, "unit": "mu"}}); absent values are null. Members are
 * indented by two spaces, a colon and a space between name and value. Strings are escaped as
 * RFC 8259 requires: quotation mark, reverse solidus and the control characters, the latter as
 * {@code \b \f \n \r \t} or {@code \}{@code u00xx}; U+2028 and U+2029 are escaped too, so the
 * text is safe in JavaScript.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgressReportJson {

  private static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .characterEscapes(new Escapes())
      .build();

  private ProgressReportJson() {
  }

  /**
   * Returns a report as JSON text, without a trailing line break.
   *
   * @param report  the report, not null
   * @return the JSON text, not null
   */
  public static String toJson(ProgressReport report) {
    requireNonNull(report, "report");
    StringWriter out = new StringWriter();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a report as JSON text, without a trailing line break; the writer is left open.
   *
   * @param report  the report, not null
   * @param out  the writer, not null
   * @throws IOException if the writer fails
   */
  public static void write(ProgressReport report, Writer out) throws IOException {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(prettyPrinter());
      g.writeStartObject();
      g.writeObjectFieldStart("plan");
      g.writeStringField("name_zh", report.plan().zh());
      g.writeStringField("name_en", report.plan().en());
      g.writeStringField("scope", report.scope().toString());
      g.writeStringField("level", report.scope().level().key());
      g.writeObjectFieldStart("period");
      g.writeStringField("start", report.period().start().toString());
      g.writeStringField("end", report.period().end().toString());
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("date", report.date().toString());
      g.writeObjectFieldStart("counts");
      for (TargetStatus s : TargetStatus.values()) {
        g.writeNumberField(s.key(), report.rows(s).size());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("rows");
      for (TargetProgress r : report.rows()) {
        row(g, r);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void row(JsonGenerator g, TargetProgress r) throws IOException {
    Target t = r.target();
    g.writeStartObject();
    g.writeStringField("plan_zh", r.plan().zh());
    g.writeStringField("plan_en", r.plan().en());
    g.writeStringField("plan_scope", r.planScope().toString());
    g.writeStringField("indicator", t.indicator().key());
    g.writeStringField("qualifier", t.indicator().qualifier().orElse(null));
    g.writeStringField("label_zh", t.indicator().label().zh());
    g.writeStringField("label_en", t.indicator().label().en());
    g.writeStringField("scope", t.scope().toString());
    g.writeStringField("comparison", t.comparison().name().toLowerCase(Locale.ROOT));
    quantity(g, "target", t.quantity());
    g.writeStringField("deadline", t.deadline().toString());
    quantity(g, "baseline", t.baseline().orElse(null));
    g.writeStringField("status", r.status().key());
    quantity(g, "expected", r.expected().orElse(null));
    quantity(g, "actual", r.actual().orElse(null));
    g.writeStringField("actual_date", r.actualDate().map(LocalDate::toString).orElse(null));
    g.writeBooleanField("rolled_up", r.rolledUp());
    quantity(g, "gap", r.gap().orElse(null));
    g.writeEndObject();
  }

  private static void quantity(JsonGenerator g, String name, @Nullable Quantity q) throws IOException {
    if (q == null) {
      g.writeNullField(name);
      return;
    }
    g.writeObjectFieldStart(name);
    g.writeNumberField("value", q.value());
    g.writeStringField("unit", q.unit().key());
    g.writeEndObject();
  }

  /** Two-space indents, {@code "name": value}, and {@code {}} / {@code []} when empty. */
  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** JSON's escapes with lower-case hexadecimal digits, and U+2028 and U+2029 escaped. */
  private static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private final int[] ascii = standardAsciiEscapesForJSON();

    Escapes() {
      for (int c = 0; c < 0x20; c++) {
        if (ascii[c] == ESCAPE_STANDARD) {
          ascii[c] = ESCAPE_CUSTOM;
        }
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
        return new SerializedString(
            "\\u" + HEX[ch >> 12 & 0xF] + HEX[ch >> 8 & 0xF] + HEX[ch >> 4 & 0xF] + HEX[ch & 0xF]);
      }
      return null;
    }
  }
}
