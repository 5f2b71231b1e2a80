package org.tuopin.report;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.tuopin.io.RowError;
import org.tuopin.io.TableImport;
import org.tuopin.table.HouseholdTable;

/**
 * The row accounting of one input file: rows read, accepted and rejected, the errors of the
 * rejected rows and the columns kept aside. {@code read == accepted + rejected}.
 *
 * @param source  the file's name, as the import gives it
 * @param read  the data rows read
 * @param accepted  the rows accepted
 * @param rejected  the rows rejected
 * @param errors  the errors, in line order (their values already redacted by the reader)
 * @param unknownColumns  the columns not in the contract, kept aside
 */
public record RowAccount(String source, long read, long accepted, long rejected, List<RowError> errors,
    List<String> unknownColumns) {

  /**
   * Checks the counts and copies the lists.
   *
   * @param source  the file's name
   * @param read  the rows read
   * @param accepted  the rows accepted
   * @param rejected  the rows rejected
   * @param errors  the errors
   * @param unknownColumns  the unknown columns
   */
  public RowAccount {
    if (read != accepted + rejected || read < 0 || accepted < 0 || rejected < 0) {
      throw new IllegalArgumentException("rows read must be accepted + rejected: " + read + ", " + accepted + ", "
          + rejected);
    }
    errors = ImmutableList.copyOf(errors);
    unknownColumns = ImmutableList.copyOf(unknownColumns);
  }

  /**
   * The accounting of an import.
   *
   * @param imported  the import
   * @return its accounting
   */
  public static RowAccount of(TableImport imported) {
    return new RowAccount(imported.source(), imported.rowsRead(), imported.rowsAccepted(), imported.rowsRejected(),
        imported.errors(), imported.unknownColumns());
  }

  /**
   * The accounting of a household table.
   *
   * @param table  the table
   * @return its accounting
   */
  public static RowAccount of(HouseholdTable table) {
    return new RowAccount(table.source(), table.rowsRead(), table.rowsAccepted(), table.rowsRejected(),
        table.errors(), table.unknownColumns());
  }

  /**
   * Returns {@code rows: R read, A accepted, J rejected}, as the importers summarise.
   *
   * @return the summary
   */
  public String summary() {
    return "rows: " + read + " read, " + accepted + " accepted, " + rejected + " rejected";
  }
}
