package org.tuopin.assist;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.tuopin.standard.Provenance;

/** Reads the assistance catalogues (taxonomies, quota policies, schedules) from CSV resources beside this class. */
final class AssistData {

  private AssistData() {
  }

  /**
   * Reads every row of a resource, handing each to a consumer; an error in a row is reported
   * with the resource and the line.
   *
   * @param resource  the resource name, relative to this package
   * @param row  what to do with each row
   * @throws IllegalStateException naming the resource and line if the resource is missing or a row is malformed
   */
  static void read(String resource, Consumer<NamedCsvRecord> row) {
    InputStream in = AssistData.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource org/tuopin/assist/" + resource + " is missing from tuopin-core");
    }
    List<NamedCsvRecord> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
            .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.forEach(rows::add);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    for (NamedCsvRecord r : rows) {
      try {
        row.accept(r);
      } catch (RuntimeException ex) {
        throw new IllegalStateException(
            "org/tuopin/assist/" + resource + ", line " + r.getStartingLineNumber() + ": " + ex.getMessage(), ex);
      }
    }
  }

  /**
   * Returns a field, trimmed, which must not be empty.
   *
   * @param r  the row
   * @param name  the column
   * @return the value, not empty
   */
  static String field(NamedCsvRecord r, String name) {
    String v = r.getField(name).trim();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("column " + name + " must not be empty");
    }
    return v;
  }

  /**
   * Returns a whole number from a field.
   *
   * @param r  the row
   * @param name  the column
   * @return the number
   */
  static int integer(NamedCsvRecord r, String name) {
    String v = field(r, name);
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException ex) {
      throw new IllegalArgumentException("column " + name + " must be a whole number: '" + v + "'", ex);
    }
  }

  /**
   * Returns the provenance of a row: its {@code source} and {@code confirmed} columns.
   *
   * @param r  the row
   * @return the provenance
   */
  static Provenance provenance(NamedCsvRecord r) {
    String confirmed = field(r, "confirmed").toLowerCase(Locale.ROOT);
    if (!confirmed.equals("true") && !confirmed.equals("false")) {
      throw new IllegalArgumentException("confirmed must be true or false: '" + confirmed + "'");
    }
    return Provenance.of(field(r, "source"), confirmed.equals("true"));
  }
}
