package org.tuopin.standard;

import org.immutables.value.Value;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;

/**
 * What one criterion found about one subject: what was required, what was observed, and
 * whether the criterion is met, not met, or cannot be decided for want of data.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {
  }

  /**
   * Obtains a finding.
   *
   * @param criterion  the criterion's id, not null
   * @param label  the criterion's label, not null
   * @param required  what the criterion requires, such as "超过 ¥2,855.00", not null
   * @param observed  what was observed, such as "¥4,096.25", not null
   * @param status  met, not met or unknown, not null
   * @return the finding, not null
   */
  public static Finding of(CriterionId criterion, Text label, Text required, Text observed, Tristate status) {
    return ImmutableFinding.builder().criterion(criterion).label(label).required(required)
        .observed(observed).status(status).build();
  }

  /**
   * Returns the id of the criterion that made this finding.
   *
   * @return the criterion id, not null
   */
  public abstract CriterionId criterion();

  /**
   * Returns the criterion's label.
   *
   * @return the label, not null
   */
  public abstract Text label();

  /**
   * Returns what the criterion requires.
   *
   * @return the requirement, not null
   */
  public abstract Text required();

  /**
   * Returns what was observed; "未知" / "unknown" when the fact is missing.
   *
   * @return the observation, not null
   */
  public abstract Text observed();

  /**
   * Returns whether the criterion is met, not met, or unknown.
   *
   * @return the status, not null
   */
  public abstract Tristate status();

  /**
   * Checks whether the criterion is met.
   *
   * @return true if met
   */
  public boolean isMet() {
    return status() == Tristate.MET;
  }

  /**
   * Explains the finding in one line: a mark (✓ met, ✗ not met, ? unknown), the label, what
   * was required and what was observed.
   *
   * @param language  the language, not null
   * @return the line, not null
   */
  public String explain(Language language) {
    String mark = status() == Tristate.MET ? "✓" : status() == Tristate.NOT_MET ? "✗" : "?";
    return language == Language.ZH
        ? mark + " " + label().zh() + "：要求 " + required().zh() + "，实际 " + observed().zh()
        : mark + " " + label().en() + ": required " + required().en() + ", observed " + observed().en();
  }

  @Override
  public String toString() {
    return criterion() + "=" + status() + " (" + observed().en() + ")";
  }
}
