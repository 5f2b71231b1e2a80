package org.tuopin.assist;

import java.io.Serializable;
import org.tuopin.internal.Ids;

/**
 * The identifier of a cadre who helps households (帮扶责任人), such as a staff number; unique
 * among the cadres of a pairing plan. It is not personal data, unlike the cadre's name.
 *
 * <p>Any text of 1 to 64 letters, digits and {@code - _ . :} is accepted.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CadreId implements Comparable<CadreId>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The identifier text. */
  private final String value;

  private CadreId(String value) {
    this.value = value;
  }

  /**
   * Obtains an instance by reading its text.
   *
   * @param text  the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, too long or holds other characters
   */
  public static CadreId of(String text) {
    return new CadreId(Ids.check("cadre id", text));
  }

  /**
   * Obtains an instance by reading its text; the same as {@link #of(String)}.
   *
   * @param text  the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, too long or holds other characters
   */
  public static CadreId parse(String text) {
    return of(text);
  }

  @Override
  public int compareTo(CadreId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CadreId && ((CadreId) obj).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /**
   * Returns the identifier's text.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  public String toString() {
    return value;
  }
}
