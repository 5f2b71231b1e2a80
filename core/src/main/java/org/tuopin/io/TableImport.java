package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * The result of reading a table file (a roster or a village file): where it came from and an
 * account of every row. {@link RosterImport} and {@link VillageImport} add what they built.
 *
 * <p>Every data row is accounted for: {@code rowsRead() == rowsAccepted() + rowsRejected()},
 * and every rejected row has at least one {@link RowError}.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
public abstract sealed class TableImport permits RosterImport, VillageImport {

  private final String source;
  private final RowAccount account;

  TableImport(String source, RowAccount account) {
    this.source = requireNonNull(source, "source");
    this.account = requireNonNull(account, "account");
  }

  /**
   * Returns the name of the source read, such as the file name.
   *
   * @return the source, not null
   */
  public String source() {
    return source;
  }

  /**
   * Returns every error, sorted by line.
   *
   * @return the errors, not null
   */
  public ImmutableList<RowError> errors() {
    return account.errors();
  }

  /**
   * Returns the number of data rows read (the header not counted).
   *
   * @return the rows read
   */
  public long rowsRead() {
    return account.rowsRead();
  }

  /**
   * Returns the number of rows accepted.
   *
   * @return the rows read less the rows rejected
   */
  public long rowsAccepted() {
    return account.rowsAccepted();
  }

  /**
   * Returns the number of rows rejected, each with at least one error.
   *
   * @return the rows rejected
   */
  public long rowsRejected() {
    return account.rowsRejected();
  }

  /**
   * Returns the headers of columns the file's kind does not define, kept aside.
   *
   * @return the unknown headers, not null
   */
  public ImmutableList<String> unknownColumns() {
    return account.unknownColumns();
  }

  /**
   * Returns {@code rows: R read, A accepted, J rejected}.
   *
   * @return the summary, not null
   */
  public String summary() {
    return account.summary();
  }
}
