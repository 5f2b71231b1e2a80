package org.tuopin.report;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tuopin.measure.MpiResult;

/**
 * One row of the Alkire–Foster report: a group's records, population, H, A, M0, M1, M2, and
 * per indicator its censored headcount ratio and its contribution to M0, each a decimal of ten
 * significant digits, or unknown where undefined.
 *
 * @param result  the group's result
 */
public record MpiReportRow(MpiResult result) implements ReportRow {

  @Override
  public List<@Nullable Object> cells() {
    List<@Nullable Object> cells = new ArrayList<>();
    cells.add(result.group());
    cells.add(result.n());
    cells.add(MeasureReportRow.population(result.population()));
    for (double v : new double[] {result.h(), result.a(), result.m0(), result.m1(), result.m2()}) {
      cells.add(MeasureReportRow.figure(v));
    }
    result.censoredHeadcounts().values().forEach(v -> cells.add(MeasureReportRow.figure(v)));
    result.contributions().values().forEach(v -> cells.add(MeasureReportRow.figure(v)));
    return cells;
  }
}
