package org.tuopin.report;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.Verdict;

/**
 * A typed row of a {@link Report}. Its {@link #cells()} line up with the report's columns and
 * hold a {@code String}, an {@code Integer} or {@code Long}, a {@code BigDecimal}, a
 * {@code Yuan}, a {@code Verdict}, a {@link ReportLabel}, a {@code Text}, a {@code List<String>}
 * of ids, or {@code null} for unknown.
 */
public interface ReportRow {

  /**
   * The cells, in column order.
   *
   * @return the cells
   */
  List<@Nullable Object> cells();

  /**
   * The assessment behind the row, whose findings and explanation JSON carries.
   *
   * @return the assessment, or empty for a row with none
   */
  default Optional<Assessment<?>> assessed() {
    return Optional.empty();
  }

  /**
   * The verdict of the assessment behind the row, what the report's counts count: a row that
   * makes its assessment only when asked gives it without making it.
   *
   * @return the verdict, or empty for a row with no assessment
   */
  default Optional<Verdict> assessedVerdict() {
    return assessed().map(Assessment::verdict);
  }
}
