package org.tuopin.examples.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tuopin.basics.Language;
import org.tuopin.basics.Yuan;
import org.tuopin.examples.bench.CountyRoster;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.registry.HouseholdId;
import org.tuopin.report.HouseholdReportRow;
import org.tuopin.report.Report;
import org.tuopin.report.Reports;
import org.tuopin.report.RowAccount;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.Finding;
import org.tuopin.standard.HouseholdSummary;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;

/**
 * Times the households report of a synthetic county ({@link CountyRoster}, by default 300,000
 * people) written as CSV and as JSON by the library ({@code org.tuopin.report}: typed rows,
 * then the writers), against a peer in the same process that writes the same fields straight
 * from the assessments through the same FastCSV {@code CsvWriter} and Jackson generator, with
 * no rows in between. Output goes to a counting sink, not a disk. Each figure is the median
 * of several rounds after a warm-up; the ratios are the figures to compare across machines.
 *
 * <pre>
 * java -cp examples/target/tuopin.jar org.tuopin.examples.reports.ReportBenchmark [people] [rounds]
 * </pre>
 */
public final class ReportBenchmark {

  private ReportBenchmark() {
  }

  /**
   * Runs the benchmark.
   *
   * @param args  the number of people (default 300,000) and of rounds (default 5)
   * @throws IOException if the temporary roster cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path file = Files.createTempFile("county", ".csv");
    try {
      CountyRoster.main(new String[] {file.toString(), Integer.toString(people)});
      RosterImport roster = RosterReader.create().read(file);
      StandardSet standard = StandardSets.of("cn.national");
      List<Assessment<HouseholdId>> assessments = roster.assess(standard);
      RowAccount account = RowAccount.of(roster);

      double csv = median(rounds, () -> {
        Counting out = new Counting();
        Reports.households(assessments, standard).withAccounts(List.of(account)).writeCsv(out);
        return out.chars;
      });
      double csvPeer = median(rounds, () -> peerCsv(assessments));
      double json = median(rounds, () -> {
        CountingStream out = new CountingStream();
        Report<HouseholdReportRow> report = Reports.households(assessments, standard).withAccounts(List.of(account));
        try {
          report.writeJson(out, Language.ZH);
        } catch (IOException ex) {
          throw new UncheckedIOException(ex);
        }
        return out.bytes;
      });
      double jsonPeer = median(rounds, () -> peerJson(assessments));
      System.out.printf(Locale.ROOT, "%,d households (%,d rows read)%n", assessments.size(), roster.rowsRead());
      System.out.printf(Locale.ROOT, "CSV:  report %.0f ms, peer %.0f ms: %.2f× the peer%n", csv, csvPeer,
          csv / csvPeer);
      System.out.printf(Locale.ROOT, "JSON: report %.0f ms, peer %.0f ms: %.2f× the peer%n", json, jsonPeer,
          json / jsonPeer);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static long peerCsv(List<Assessment<HouseholdId>> assessments) {
    Counting out = new Counting();
    CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
    csv.writeRecord("household_id", "village_code", "size", "per_capita_net_income", "line", "verdict", "unmet");
    for (Assessment<HouseholdId> a : assessments) {
      HouseholdSummary h = a.household().orElseThrow();
      Optional<Yuan> line = HouseholdReportRow.of(a).line();
      csv.writeRecord(a.subject().toString(), h.village().map(Object::toString).orElse(""),
          Integer.toString(h.size()), h.perCapitaNetIncome().map(Yuan::toPlainString).orElse(""),
          line.map(Yuan::toPlainString).orElse(""), a.verdict().name(),
          a.unmet().stream().map(f -> f.criterion().toString()).collect(Collectors.joining(";")));
    }
    return out.chars;
  }

  private static long peerJson(List<Assessment<HouseholdId>> assessments) {
    CountingStream out = new CountingStream();
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeArrayFieldStart("households");
      for (Assessment<HouseholdId> a : assessments) {
        HouseholdSummary h = a.household().orElseThrow();
        g.writeStartObject();
        g.writeStringField("household_id", a.subject().toString());
        g.writeStringField("village_code", h.village().map(Object::toString).orElse(null));
        g.writeNumberField("size", h.size());
        g.writeNumberField("income_year", a.year().orElse(0));
        g.writeNumberField("per_capita_net_income", h.perCapitaNetIncome().map(Yuan::toBigDecimal).orElse(null));
        g.writeStringField("verdict", a.verdict().name());
        g.writeStringField("verdict_label", a.verdict().label().zh());
        g.writeArrayFieldStart("findings");
        for (Finding f : a.findings()) {
          g.writeStartObject();
          g.writeStringField("criterion", f.criterion().toString());
          g.writeStringField("label", f.label().zh());
          g.writeStringField("required", f.required().zh());
          g.writeStringField("observed", f.observed().zh());
          g.writeStringField("status", f.status().name());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeStringField("explanation", a.explain(Language.ZH));
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.bytes;
  }

  /** Counts characters and drops them. */
  private static final class Counting extends Writer {
    long chars;

    @Override
    public void write(char[] buf, int off, int len) {
      chars += len;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  }

  /** Counts bytes and drops them. */
  private static final class CountingStream extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }

  /** Runs a task once to warm up, then times it; returns the median in milliseconds. */
  private static double median(int rounds, java.util.function.LongSupplier task) {
    long sink = task.getAsLong();
    double[] ms = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t = System.nanoTime();
      sink += task.getAsLong();
      ms[r] = (System.nanoTime() - t) / 1e6;
    }
    if (sink == 42) {
      System.out.println();
    }
    Arrays.sort(ms);
    return ms[rounds / 2];
  }
}
