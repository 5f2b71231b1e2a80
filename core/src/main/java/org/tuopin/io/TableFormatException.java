package org.tuopin.io;

import java.io.IOException;

/**
 * Thrown when a file cannot be read as a table of the data contract at all: a required
 * column is missing, a column is headed twice, the file has no header, or the CSV itself is
 * malformed. Rows that are merely bad do not throw; they are rejected and accounted for in
 * the import ({@link RosterImport}, {@link VillageImport}).
 *
 * <p>The roster reader throws the subclass {@link RosterFormatException}; the village
 * reader throws this class.
 */
public class TableFormatException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message  the message, naming the file and what is wrong, not null
   */
  public TableFormatException(String message) {
    super(message);
  }
}
