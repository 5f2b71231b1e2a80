package org.tuopin.standard;

import org.tuopin.basics.Labelled;
import org.tuopin.basics.Text;
import org.tuopin.internal.Codes;

/**
 * A rule of a check that reports through the one {@link Finding}, as a criterion does: the
 * plan checks ({@code plan.CheckRule}) and the procedure checks ({@code procedure.CaseRule}).
 * Its findings carry its {@link #criterion() id} and its {@link #label() label}, and a finding
 * with no figure to compare requires its {@link #requirement() requirement}.
 *
 * <p>Implemented by enums of the library, whose constants register their labels.
 */
public interface FindingRule extends Labelled {

  /**
   * Returns what the rule requires, in a sentence, such as 资金来源合计等于总投资 / the funding
   * sources add up to the budget.
   *
   * @return the requirement, not null
   */
  Text requirement();

  /**
   * Returns the key, as used in reports and JSON ({@code parts_add_up}): the constant's name
   * in lower case.
   *
   * @return the key, not null
   */
  default String key() {
    return Codes.key((Enum<?>) this);
  }

  /**
   * Returns the id under which the rule's findings are reported: its {@link #key()}.
   *
   * @return the criterion id, such as {@code parts_add_up}, not null
   */
  default CriterionId criterion() {
    return CriterionId.of(key());
  }
}
