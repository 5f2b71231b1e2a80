package org.tuopin.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.tuopin.basics.Language;
import org.tuopin.report.Report;

/** Writes a library report in the format the command line asks for. */
final class ReportOutput {

  private ReportOutput() {
  }

  static void write(Report<?> report, String format, Language lang, PrintStream out) throws IOException {
    switch (format) {
      case "csv" -> {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        report.writeCsv(w);
        w.flush();
      }
      case "json" -> report.writeJson(out, lang);
      default -> report.writeText(out, lang);
    }
  }
}
