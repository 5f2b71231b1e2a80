package org.tuopin.basics;

import org.tuopin.internal.Codes;

/**
 * A value of a national code list: it carries its code as written on the registration
 * forms and its Chinese label.
 *
 * <p>The library's enums give their codes and labels to the library's table of codes as their
 * constants are created, and this interface reads them from there; any other implementation
 * overrides {@link #code()} and {@link #label()}.
 */
public interface Coded extends Labelled {

  /**
   * Returns the code as written in the national code list, such as {@code 01}.
   *
   * @return the code, not null
   * @throws IllegalStateException if an implementation outside the library does not override it
   */
  default String code() {
    return Codes.entry(this).code();
  }

  /**
   * Returns the label in Chinese (as on the forms) and English.
   *
   * @return the label, not null
   * @throws IllegalStateException if an implementation outside the library does not override it
   */
  @Override
  default Text label() {
    return Codes.entry(this).label();
  }
}
