package org.tuopin.basics;

import java.io.Serializable;
import org.tuopin.internal.Ids;

/**
 * An identifier written as text: 1 to 64 letters, digits and {@code - _ . :}, so that the
 * national system's numeric ids and a project's own keys both fit. The common part of
 * {@code HouseholdId} (户编号) and {@code PersonId} (人编号); each kind of id stays its own
 * type, and ids of different kinds are never equal.
 *
 * <p>Superseded by {@link TypedString}: {@code HouseholdId} and {@code PersonId} are built on
 * it now, and this class stays only until the last of its subclasses moves there too.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
public abstract class TextId implements Serializable {

  private static final long serialVersionUID = 1L;

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
    this.value = Ids.check(kind, text);
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
