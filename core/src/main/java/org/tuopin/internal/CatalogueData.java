package org.tuopin.internal;

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
import java.util.Map;
import java.util.function.Consumer;
import org.tuopin.basics.Text;
import org.tuopin.standard.Provenance;

/**
 * Reads the data of the built-in catalogues (strategy taxonomies, quota policies, reporting
 * schedules, coverage targets) from CSV resources beside the holder classes, with the checks
 * they share: required fields, whole numbers, provenance, keys listed once and rows that refer
 * to a key of another file.
 */
public final class CatalogueData {

  private CatalogueData() {
  }

  /**
   * Reads every row of a resource beside a class, handing each to a consumer; an error in a
   * row is reported with the resource and the line.
   *
   * @param anchor  the class beside which the resource lies, not null
   * @param resource  the resource name, relative to the anchor's package, not null
   * @param row  what to do with each row, not null
   * @throws IllegalStateException naming the resource and line if the resource is missing or a row is malformed
   */
  public static void read(Class<?> anchor, String resource, Consumer<NamedCsvRecord> row) {
    String path = anchor.getPackageName().replace('.', '/') + "/" + resource;
    InputStream in = anchor.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource " + path + " is missing from tuopin-core");
    }
    List<NamedCsvRecord> rows = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder().commentStrategy(CommentStrategy.SKIP).allowMissingFields(true).allowExtraFields(true)
            .ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.forEach(rows::add);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    for (NamedCsvRecord r : rows) {
      try {
        row.accept(r);
      } catch (RuntimeException ex) {
        throw new IllegalStateException(path + ", line " + r.getStartingLineNumber() + ": " + ex.getMessage(), ex);
      }
    }
  }

  /**
   * Returns a field, trimmed, which must not be empty.
   *
   * @param r  the row, not null
   * @param name  the column, not null
   * @return the value, not empty
   * @throws IllegalArgumentException if the field is empty
   */
  public static String field(NamedCsvRecord r, String name) {
    String v = r.getField(name).trim();
    if (v.isEmpty()) {
      throw new IllegalArgumentException("column " + name + " must not be empty");
    }
    return v;
  }

  /**
   * Returns the label of a row, from its {@code zh} and {@code en} columns.
   *
   * @param r  the row, not null
   * @return the label, not null
   * @throws IllegalArgumentException if a column is empty
   */
  public static Text label(NamedCsvRecord r) {
    return Text.of(field(r, "zh"), field(r, "en"));
  }

  /**
   * Returns a whole number from a field.
   *
   * @param r  the row, not null
   * @param name  the column, not null
   * @return the number
   * @throws IllegalArgumentException if the field is not a whole number
   */
  public static int integer(NamedCsvRecord r, String name) {
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
   * @param r  the row, not null
   * @return the provenance, not null
   * @throws IllegalArgumentException if {@code confirmed} is neither true nor false
   */
  public static Provenance provenance(NamedCsvRecord r) {
    return Provenance.of(field(r, "source"), ResourceFields.confirmed(field(r, "confirmed")));
  }

  /**
   * Puts a value under a key that must not be listed yet.
   *
   * @param <V>  the kind of value
   * @param map  the values read so far, not null
   * @param kind  the kind, as named in messages ({@code "schedule"}), not null
   * @param key  the key, not null
   * @param value  the value, not null
   * @throws IllegalArgumentException if the key is listed twice
   */
  public static <V> void putOnce(Map<String, V> map, String kind, String key, V value) {
    if (map.put(key, value) != null) {
      throw new IllegalArgumentException(kind + " '" + key + "' is listed twice");
    }
  }

  /**
   * Returns the value that a row of another file refers to by key.
   *
   * @param <V>  the kind of value
   * @param map  the values read from the other file, not null
   * @param kind  the kind, as named in messages ({@code "schedule"}), not null
   * @param key  the key, not null
   * @param file  the other file, for the message, not null
   * @return the value, not null
   * @throws IllegalArgumentException if the other file does not list the key
   */
  public static <V> V listed(Map<String, V> map, String kind, String key, String file) {
    V v = map.get(key);
    if (v == null) {
      throw new IllegalArgumentException(kind + " '" + key + "' is not in " + file);
    }
    return v;
  }
}
