package org.tuopin.report;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tuopin.standard.Assessment;

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
}
