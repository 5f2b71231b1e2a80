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
  STAGE_RECORDED("环节齐全", "stage on record", "程序的每个环节都有记录", "every stage of the procedure is on record"),
  /** The stages happen in the procedure's order, each after the one before has ended. */
  STAGE_ORDER("环节顺序", "stage order", "各环节按程序顺序进行，前一环节结束后才开始下一环节",
      "the stages happen in order, each after the one before has ended"),
  /** A posting stays up at least as long as the procedure says. */
  POSTING_DAYS("公示天数", "posting length", "公示不少于规定天数", "a posting stays up at least the days required"),
  /** Every stage passed. */
  STAGE_PASSED("环节通过", "stage passed", "每个环节都通过", "every stage passed"),
  /** A stage is recorded that the procedure does not have. */
  STAGE_KNOWN("环节属于程序", "stage of the procedure", "记录的环节都属于该程序",
      "every recorded stage belongs to the procedure"),
  /** A registry marks the exit only after every stage. */
  REGISTRY_AFTER_STAGES("先程序后标注", "registry after stages", "名册标注脱贫在程序各环节完成之后",
      "the registry marks the exit only after every stage"),
  /** An exit in the registry has a procedure on record. */
  PROCEDURE_ON_RECORD("退出有程序", "procedure on record", "名册中的每个退出都有程序记录",
      "every exit in the registry has a procedure on record");

  private final Text requirement;

  CaseRule(String zh, String en, String requirementZh, String requirementEn) {
    Codes.define(this, zh, en);
    this.requirement = Text.of(requirementZh, requirementEn);
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
