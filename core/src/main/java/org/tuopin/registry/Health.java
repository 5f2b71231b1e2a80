package org.tuopin.registry;

import org.tuopin.basics.Coded;
import org.tuopin.internal.Codes;

/**
 * Health status of a member (健康状况), as on the registration form.
 */
public enum Health implements Coded {
  /** Healthy (健康). */
  HEALTHY("1", "健康", "healthy"),
  /** Long-term chronic illness (长期慢性病). */
  CHRONIC_ILLNESS("2", "长期慢性病", "chronic illness"),
  /** Serious illness (患有大病). */
  SERIOUS_ILLNESS("3", "患有大病", "serious illness"),
  /** Disability (残疾). */
  DISABLED("4", "残疾", "disabled");

  Health(String code, String zh, String en) {
    Codes.define(this, code, zh, en);
  }

  /**
   * Obtains a value from its code, its Chinese label or its English name.
   *
   * @param text  the text, not null
   * @return the value, not null
   * @throws IllegalArgumentException naming the text and the accepted values if none matches
   */
  public static Health parse(String text) {
    return Codes.parse(Health.class, "health", text);
  }
}
