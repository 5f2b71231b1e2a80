package org.tuopin.basics;

/**
 * A value of a national code list: it carries its code as written on the registration
 * forms and its Chinese label.
 */
public interface Coded {

  /**
   * Returns the code as written in the national code list, such as {@code 01}.
   *
   * @return the code, not null
   */
  String code();

  /**
   * Returns the label in Chinese (as on the forms) and English.
   *
   * @return the label, not null
   */
  Text label();
}
