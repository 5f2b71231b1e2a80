package org.tuopin.internal;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.Locale;
import org.tuopin.standard.Provenance;

/**
 * Reads the columns that every data file of the library's resources shares: {@code source}
 * and {@code confirmed}, which together make a figure's {@link Provenance}.
 */
public final class ResourceFields {

  private ResourceFields() {
  }

  /**
   * Parses the {@code confirmed} column: {@code true} or {@code false}, ignoring case and
   * surrounding space.
   *
   * @param text  the field, not null
   * @return whether the figure is confirmed
   * @throws IllegalArgumentException quoting the field if it is neither
   */
  public static boolean confirmed(String text) {
    String confirmed = text.trim().toLowerCase(Locale.ROOT);
    if (!confirmed.equals("true") && !confirmed.equals("false")) {
      throw new IllegalArgumentException("confirmed must be true or false: '" + confirmed + "'");
    }
    return confirmed.equals("true");
  }

  /**
   * Reads the provenance of a row: its {@code source} and {@code confirmed} columns.
   *
   * @param row  the row, with both columns, not null
   * @return the provenance, not null
   * @throws IllegalArgumentException if {@code confirmed} is malformed or the source blank
   */
  public static Provenance provenance(NamedCsvRecord row) {
    return Provenance.of(row.getField("source"), confirmed(row.getField("confirmed")));
  }
}
