package org.tuopin.procedure;

import org.tuopin.basics.Labelled;
import org.tuopin.internal.Codes;

/**
 * What a procedure decides: a household's identification, a household's exit or a village's
 * exit.
 */
public enum Purpose implements Labelled {
  /** Identification of a poor household (贫困户识别). */
  IDENTIFICATION("识别", "identification"),
  /** Exit of a household (贫困户退出). */
  HOUSEHOLD_EXIT("贫困户退出", "household exit"),
  /** Exit of a village (贫困村退出). */
  VILLAGE_EXIT("贫困村退出", "village exit");

  Purpose(String zh, String en) {
    Codes.define(this, zh, en);
  }

  /**
   * Returns the key, as used in resources ({@code household_exit}).
   *
   * @return the key, not null
   */
  public String key() {
    return Codes.key(this);
  }
}
