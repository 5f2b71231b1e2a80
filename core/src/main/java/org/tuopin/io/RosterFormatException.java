package org.tuopin.io;

/**
 * Thrown when a file cannot be read as a roster at all: a required column is missing, a
 * column is headed twice, or the CSV itself is malformed. Rows that are merely bad do not
 * throw; they are rejected and accounted for in the {@link RosterImport}.
 *
 * <p>The roster's kind of {@link TableFormatException}: catch that to handle any file of the
 * data contract.
 */
public class RosterFormatException extends TableFormatException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message  the message, naming the file and what is wrong, not null
   */
  public RosterFormatException(String message) {
    super(message);
  }
}
