package org.tuopin.registry;

import org.tuopin.basics.Coded;
import org.tuopin.internal.Codes;

/**
 * Sex (性别), as coded by GB/T 2261.1.
 */
public enum Sex implements Coded {
  /** Male (男). */
  MALE("1", "男", "male"),
  /** Female (女). */
  FEMALE("2", "女", "female");

  Sex(String code, String zh, String en) {
    Codes.define(this, code, zh, en);
  }

  /**
   * Obtains a value from its code, its Chinese label or its English name.
   *
   * @param text  the text, not null
   * @return the value, not null
   * @throws IllegalArgumentException naming the text and the accepted values if none matches
   */
  public static Sex parse(String text) {
    return Codes.parse(Sex.class, "sex", text);
  }
}
