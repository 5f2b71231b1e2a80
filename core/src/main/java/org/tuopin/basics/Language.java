package org.tuopin.basics;

import java.util.Locale;

/**
 * The languages in which Tuopin explains itself: Chinese (the language of the policy texts)
 * and English.
 */
public enum Language {
  /** Chinese (中文), simplified characters. */
  ZH(Locale.SIMPLIFIED_CHINESE),
  /** English. */
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the locale used to format numbers and dates in this language.
   *
   * @return the locale, not null
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Obtains a language from its code, {@code zh} or {@code en} in any case.
   *
   * @param code  the code, not null
   * @return the language, not null
   * @throws IllegalArgumentException if the code is neither {@code zh} nor {@code en}
   */
  public static Language parse(String code) {
    switch (code.trim().toLowerCase(Locale.ROOT)) {
      case "zh":
        return ZH;
      case "en":
        return EN;
      default:
        throw new IllegalArgumentException("language must be 'zh' or 'en': '" + code + "'");
    }
  }
}
