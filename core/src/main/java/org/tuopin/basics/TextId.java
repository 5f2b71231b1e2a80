package org.tuopin.basics;

import java.io.Serializable;

/**
 * An identifier written as text: 1 to 64 letters, digits and {@code - _ . :}, so that the
 * national system's numeric ids and a project's own keys both fit. The common part of
 * {@code HouseholdId} (户编号) and {@code PersonId} (人编号); each kind of id stays its own
 * type, and ids of different kinds are never equal.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
public abstract class TextId implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int MAX_LENGTH = 64;

  /** The identifier text. */
  private final String value;

  /**
   * Creates an identifier, checking its syntax.
   *
   * @param kind  what it identifies, for the error message, such as "household id"
   * @param text  the text, not null; surrounding space is removed
   * @throws IllegalArgumentException quoting the text if it is empty, too long or holds
   *     other characters
   */
  protected TextId(String kind, String text) {
    java.util.Objects.requireNonNull(text, kind);
    String t = text.trim();
    if (t.isEmpty() || t.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(kind + " must have 1 to " + MAX_LENGTH + " characters: '" + text + "'");
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':')) {
        throw new IllegalArgumentException(
            kind + " may hold only letters, digits and - _ . : (found '" + c + "'): '" + text + "'");
      }
    }
    this.value = t;
  }

  @Override
  public boolean equals(Object obj) {
    return obj != null && obj.getClass() == getClass() && ((TextId) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the identifier's text.
   *
   * @return the text, which the subclass's {@code parse} reads back, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
