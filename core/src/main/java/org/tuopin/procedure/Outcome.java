package org.tuopin.procedure;

import org.tuopin.basics.Labelled;
import org.tuopin.internal.Codes;

/**
 * The outcome of a stage as recorded: passed, or not passed (an appraisal that rejects, a
 * posting that draws an objection that is upheld).
 */
public enum Outcome implements Labelled {
  /** The stage passed (通过). */
  PASSED("通过", "passed"),
  /** The stage did not pass (未通过); the procedure stops there. */
  NOT_PASSED("未通过", "not passed");

  Outcome(String zh, String en) {
    Codes.define(this, zh, en);
  }

  /**
   * Returns the key, as used in JSON ({@code not_passed}).
   *
   * @return the key, not null
   */
  public String key() {
    return Codes.key(this);
  }
}
