package org.tuopin.procedure;

import org.tuopin.basics.Text;
import org.tuopin.internal.Codes;
import org.tuopin.standard.FindingRule;

/**
 * The rules a {@link ProcedureCase} is checked by, each reported as the criterion of a
 * {@link org.tuopin.standard.Finding}.
 */
public enum CaseRule implements FindingRule {
  /** Every stage of the procedure is on record. */
  STAGE_RECORDED("环节齐全", "stage on record"),
  /** The stages happen in the procedure's order, each after the one before has ended. */
  STAGE_ORDER("环节顺序", "stage order"),
  /** A posting stays up at least as long as the procedure says. */
  POSTING_DAYS("公示天数", "posting length"),
  /** Every stage passed. */
  STAGE_PASSED("环节通过", "stage passed"),
  /** A stage is recorded that the procedure does not have. */
  STAGE_KNOWN("环节属于程序", "stage of the procedure"),
  /** A registry marks the exit only after every stage. */
  REGISTRY_AFTER_STAGES("先程序后标注", "registry after stages"),
  /** An exit in the registry has a procedure on record. */
  PROCEDURE_ON_RECORD("退出有程序", "procedure on record");

  private final Text requirement;

  CaseRule(String zh, String en) {
    Codes.define(this, zh, en);
    this.requirement = Text.message("procedure.rule." + name());
  }

  /**
   * Returns what the rule requires, in a sentence.
   *
   * @return the requirement, not null
   */
  @Override
  public Text requirement() {
    return requirement;
  }
}
