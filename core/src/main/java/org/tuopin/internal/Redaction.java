package org.tuopin.internal;

/** Masks personal data (ID numbers, names) for toString, logs and exception texts. */
public final class Redaction {

  private Redaction() {
  }

  /**
   * Masks an identity number, keeping the first six (county) and last four characters of a
   * long one and nothing of a short one: {@code 110105********002X}.
   *
   * @param text  the text, not null
   * @return the masked text, as long as the original, not null
   */
  public static String idNumber(String text) {
    int n = text.length();
    if (n <= 10) {
      return "*".repeat(n);
    }
    return text.substring(0, 6) + "*".repeat(n - 10) + text.substring(n - 4);
  }

  /**
   * Masks a person's name, keeping its first character: 张** for 张三丰.
   *
   * @param name  the name, not null
   * @return the masked name, not null
   */
  public static String name(String name) {
    if (name.isEmpty()) {
      return name;
    }
    int first = name.offsetByCodePoints(0, 1);
    int rest = name.codePointCount(first, name.length());
    return name.substring(0, first) + "*".repeat(Math.max(rest, 1));
  }
}
