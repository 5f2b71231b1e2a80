package org.tuopin.standard;

import java.util.OptionalInt;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;

/**
 * The observation rule of a standard (脱贫观察期): meeting the standard in one year puts the
 * household or village under observation, and it exits only after meeting it for a number
 * of consecutive years. Seed 001 (长沙, 2015): "对当年评估达到脱贫标准的 … 列入脱贫观察范围,
 * 对连续两年达到脱贫标准的实施退出".
 *
 * @param years  the consecutive years required, at least 2
 */
public record ObservationRule(int years) {

  /** The id of the observation criterion in reports. */
  public static final CriterionId ID = CriterionId.OBSERVATION;

  /**
   * Creates a rule.
   *
   * @param years  the consecutive years required, at least 2
   * @throws IllegalArgumentException if fewer than 2 years
   */
  public ObservationRule {
    if (years < 2) {
      throw new IllegalArgumentException("an observation rule needs at least 2 consecutive years: " + years);
    }
  }

  /**
   * Returns the criterion's label.
   *
   * @return the label, not null
   */
  public Text label() {
    return Text.message("criterion.observation", years);
  }

  /**
   * Returns the finding for a run of consecutive years meeting the rest of the standard.
   *
   * @param run  the number of consecutive years, ending with the year assessed, meeting the
   *     standard's other criteria (0 if the year assessed does not)
   * @param lastYear  the year assessed, if known
   * @return the finding: met when the run is long enough, not met otherwise, not null
   */
  public Finding finding(int run, OptionalInt lastYear) {
    Text span = Text.of("");
    if (lastYear.isPresent() && run > 0) {
      int last = lastYear.getAsInt();
      span = run == 1 ? Text.message("finding.note", last) : Text.message("finding.note.years", last - run + 1, last);
    }
    return Finding.of(ID, label(), required(), new FindingValue.ConsecutiveYears(run), Tristate.of(run >= years))
        .withNotes(Text.of(""), span);
  }

  /**
   * Returns the finding when the year assessed cannot itself be decided.
   *
   * @return an unknown finding, not null
   */
  public Finding undecided() {
    return Finding.of(ID, label(), required(),
        new FindingValue.Described(Text.message("finding.insufficient_this_year")), Tristate.UNKNOWN);
  }

  private FindingValue required() {
    return new FindingValue.ConsecutiveYears(years);
  }
}
