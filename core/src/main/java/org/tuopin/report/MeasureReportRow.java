package org.tuopin.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;
import org.tuopin.measure.GroupMeasures;
import org.tuopin.measure.Measure;

/**
 * One row of the measures report: a group's records, population and its FGT(0, 1, 2), Watts,
 * Gini, Theil and MLD ({@link Reports#MEASURES}), each a decimal of ten significant digits, or
 * unknown where undefined.
 *
 * @param measures  the group's measures
 */
public record MeasureReportRow(GroupMeasures measures) implements ReportRow {

  @Override
  public List<@Nullable Object> cells() {
    List<@Nullable Object> cells = new ArrayList<>();
    cells.add(measures.group());
    cells.add(measures.n());
    cells.add(population(measures.population()));
    for (Measure m : Reports.MEASURES) {
      OptionalDouble v = measures.value(m);
      cells.add(v.isPresent() ? figure(v.getAsDouble()) : null);
    }
    return cells;
  }

  /**
   * A figure as a decimal of ten significant digits (trailing zeros kept, so that columns
   * align), {@code 0} for zero, unknown for NaN.
   */
  static @Nullable BigDecimal figure(double v) {
    if (Double.isNaN(v)) {
      return null;
    }
    if (v == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal d = new BigDecimal(v).round(MathContext.DECIMAL64).round(new MathContext(10));
    if (d.precision() < 10) {
      d = d.setScale(d.scale() + 10 - d.precision());
    }
    return d;
  }

  /** A population: whole when whole, else a figure. */
  static @Nullable BigDecimal population(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? BigDecimal.valueOf((long) v) : figure(v);
  }
}
