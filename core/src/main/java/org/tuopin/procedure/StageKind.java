package org.tuopin.procedure;

import org.tuopin.basics.Labelled;
import org.tuopin.internal.Codes;

/**
 * What a stage of a procedure is: an act of a body, a posting (公示) that must stay up for a
 * number of days, or an announcement (公告).
 */
public enum StageKind implements Labelled {
  /** An act of a body: an application, an appraisal, a verification, an approval. */
  ACT("办理", "act"),
  /** A posting (公示), which lasts from its date to its end date, both counted. */
  POSTING("公示", "posting"),
  /** An announcement (公告). */
  ANNOUNCEMENT("公告", "announcement");

  StageKind(String zh, String en) {
    Codes.define(this, zh, en);
  }

  /**
   * Returns the key, as used in resources and JSON ({@code posting}).
   *
   * @return the key, not null
   */
  public String key() {
    return Codes.key(this);
  }
}
