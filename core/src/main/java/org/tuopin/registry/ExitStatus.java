package org.tuopin.registry;

import org.tuopin.basics.Coded;
import org.tuopin.internal.Codes;

/**
 * The exit status of a registered household (脱贫状态) as the national system codes it.
 */
public enum ExitStatus implements Coded {
  /** Not exited (未脱贫). */
  NOT_EXITED("0", "未脱贫", "not exited"),
  /** Exited and still receiving support (已脱贫享受政策). */
  EXITED_WITH_POLICY("1", "已脱贫享受政策", "exited, still receiving support"),
  /** Returned to poverty (返贫). */
  RETURNED("3", "返贫", "returned to poverty"),
  /** Exited, support no longer received (已脱贫不再享受政策). */
  EXITED("4", "已脱贫不再享受政策", "exited, support ended");

  ExitStatus(String code, String zh, String en) {
    Codes.define(this, code, zh, en);
  }

  /**
   * Checks whether a household of this status is poor: 未脱贫 (0) and 返贫 (3) are, the two
   * exited statuses (1, 4) are not.
   *
   * @return true for {@code NOT_EXITED} and {@code RETURNED}
   */
  public boolean isPoor() {
    return this == NOT_EXITED || this == RETURNED;
  }

  /**
   * Obtains a value from its code, its Chinese label or its English name.
   *
   * @param text  the text, not null
   * @return the value, not null
   * @throws IllegalArgumentException naming the text and the accepted values if none matches
   */
  public static ExitStatus parse(String text) {
    return Codes.parse(ExitStatus.class, "exit status", text);
  }
}
