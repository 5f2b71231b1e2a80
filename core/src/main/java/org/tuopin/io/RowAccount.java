package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The account of every data row of a file: rows read and rejected, the errors sorted by
 * line, and the unknown columns kept aside. Held by each import, which exposes it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RowAccount {

  private final long rowsRead;
  private final long rowsRejected;
  private final ImmutableList<RowError> errors;
  private final ImmutableList<String> unknownColumns;

  RowAccount(long rowsRead, long rowsRejected, ImmutableList<RowError> errors, ImmutableList<String> unknownColumns) {
    this.rowsRead = rowsRead;
    this.rowsRejected = rowsRejected;
    this.errors = requireNonNull(errors, "errors");
    this.unknownColumns = requireNonNull(unknownColumns, "unknownColumns");
  }

  long rowsRead() {
    return rowsRead;
  }

  long rowsAccepted() {
    return rowsRead - rowsRejected;
  }

  long rowsRejected() {
    return rowsRejected;
  }

  ImmutableList<RowError> errors() {
    return errors;
  }

  ImmutableList<String> unknownColumns() {
    return unknownColumns;
  }

  /**
   * Returns {@code rows: R read, A accepted, J rejected}.
   *
   * @return the summary, not null
   */
  String summary() {
    return "rows: " + rowsRead + " read, " + rowsAccepted() + " accepted, " + rowsRejected + " rejected";
  }
}
