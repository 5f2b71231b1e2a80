package org.tuopin.report;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Text;
import org.tuopin.standard.StandardSetId;

/**
 * One row of the comparison's counts: a standard's verdict counts over the households compared.
 *
 * @param standard  the standard's id
 * @param name  the standard's name
 * @param exitEligible  households eligible to exit
 * @param notEligible  households not eligible
 * @param insufficientData  households with insufficient data
 * @param notCovered  households whose income year the standard does not cover
 * @param differing  households whose verdicts differ between the standards
 */
public record StandardCountRow(StandardSetId standard, Text name, long exitEligible, long notEligible,
    long insufficientData, long notCovered, long differing) implements ReportRow {

  @Override
  public List<@Nullable Object> cells() {
    return Arrays.asList(standard.toString(), name, exitEligible, notEligible, insufficientData, notCovered,
        differing);
  }
}
