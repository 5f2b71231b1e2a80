package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.tuopin.region.RegionCode;
import org.tuopin.village.Village;

/**
 * The result of reading a village file: the villages built from accepted rows and an
 * account of every row.
 *
 * <p>Every data row is accounted for: {@code rowsRead() == rowsAccepted() + rowsRejected()},
 * each accepted row is one village, and every rejected row has at least one
 * {@link RowError}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VillageImport {

  private final String source;
  private final ImmutableMap<RegionCode, Village> villages;
  private final RowAccount account;

  VillageImport(String source, ImmutableMap<RegionCode, Village> villages, RowAccount account) {
    this.source = requireNonNull(source, "source");
    this.villages = requireNonNull(villages, "villages");
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
   * Returns the villages built from accepted rows, in file order.
   *
   * @return the villages, not null
   */
  public ImmutableList<Village> villages() {
    return villages.values().asList();
  }

  /**
   * Finds a village by code.
   *
   * @param code  the village code, not null
   * @return the village, or empty if the file has no accepted row for it
   */
  public Optional<Village> village(RegionCode code) {
    return Optional.ofNullable(villages.get(requireNonNull(code, "code")));
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
   * Returns the number of rows accepted, one village each.
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
   * Returns the headers of columns the village file does not define, kept aside.
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

  @Override
  public String toString() {
    return source + ": " + summary() + "; villages: " + villages.size();
  }
}
