package org.tuopin.standard;

import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;

/**
 * The verdict of an assessment for exit.
 */
public enum Verdict {
  /** Every criterion is met: eligible to exit (符合退出条件). */
  EXIT_ELIGIBLE,
  /** At least one criterion is not met (不符合退出条件). */
  NOT_ELIGIBLE,
  /** No criterion fails, but at least one cannot be decided for want of data (数据不足). */
  INSUFFICIENT_DATA,
  /**
   * The standard's effective years do not include the year assessed, such as a household's
   * income year (年度不适用): not assessed, never an error nor a rejected row.
   */
  NOT_COVERED;

  private final Text label;

  Verdict() {
    this.label = Text.message("verdict." + name());
  }

  /**
   * Returns the verdict of findings combined as a logical "and": any criterion not met
   * makes the subject not eligible, whatever else is unknown; otherwise any unknown
   * criterion makes the data insufficient. It is never {@link #NOT_COVERED}, which
   * {@link Assessment#notCovered} alone gives.
   *
   * @param combined  the findings' states combined with {@link Tristate#and}, not null
   * @return the verdict, not null
   */
  public static Verdict of(Tristate combined) {
    switch (combined) {
      case MET:
        return EXIT_ELIGIBLE;
      case NOT_MET:
        return NOT_ELIGIBLE;
      default:
        return INSUFFICIENT_DATA;
    }
  }

  /**
   * Returns the verdict's label.
   *
   * @return the label in Chinese and English, not null
   */
  public Text label() {
    return label;
  }
}
