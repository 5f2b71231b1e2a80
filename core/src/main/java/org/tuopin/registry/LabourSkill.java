package org.tuopin.registry;

import org.tuopin.basics.Coded;
import org.tuopin.internal.Codes;

/**
 * Labour capacity of a member (劳动技能), as on the registration form.
 */
public enum LabourSkill implements Coded {
  /** Ordinary labour (普通劳动力). */
  ORDINARY("1", "普通劳动力", "ordinary labour"),
  /** Skilled labour (技能劳动力). */
  SKILLED("2", "技能劳动力", "skilled labour"),
  /** Has lost the capacity to work (丧失劳动力). */
  LOST("3", "丧失劳动力", "lost capacity"),
  /** Not of working capacity, such as children and students (无劳动力). */
  NONE("4", "无劳动力", "no labour");

  LabourSkill(String code, String zh, String en) {
    Codes.define(this, code, zh, en);
  }

  /**
   * Obtains a value from its code, its Chinese label or its English name.
   *
   * @param text  the text, not null
   * @return the value, not null
   * @throws IllegalArgumentException naming the text and the accepted values if none matches
   */
  public static LabourSkill parse(String text) {
    return Codes.parse(LabourSkill.class, "labour", text);
  }
}
