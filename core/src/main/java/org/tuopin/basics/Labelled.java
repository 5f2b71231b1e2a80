package org.tuopin.basics;

import org.tuopin.internal.Codes;

/**
 * A constant of a closed list that carries a label in Chinese and English, such as a
 * {@link Coded national code} or the status of a plan's target.
 *
 * <p>The library's enums give their labels to the library's table of codes as their constants
 * are created, and this interface reads them from there; any other implementation overrides
 * {@link #label()}.
 */
public interface Labelled {

  /**
   * Returns the label in Chinese and English.
   *
   * @return the label, not null
   * @throws IllegalStateException if an implementation outside the library does not override it
   */
  default Text label() {
    return Codes.entry(this).label();
  }
}
