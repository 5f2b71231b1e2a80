package org.tuopin.registry;

import java.io.Serializable;
import org.tuopin.internal.Ids;

/**
 * The identifier of a person in a registry (人编号), unique within its registry.
 *
 * <p>Any text of 1 to 64 letters, digits and {@code - _ . :} is accepted, so the national
 * system's numeric ids and a project's own keys both fit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PersonId implements Comparable<PersonId>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The identifier text. */
  private final String value;

  private PersonId(String value) {
    this.value = value;
  }

  /**
   * Obtains an instance by reading its text.
   *
   * @param text  the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, too long or holds other characters
   */
  public static PersonId of(String text) {
    return new PersonId(Ids.check("person id", text));
  }

  /**
   * Obtains an instance by reading its text; the same as {@link #of(String)}.
   *
   * @param text  the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, too long or holds other characters
   */
  public static PersonId parse(String text) {
    return of(text);
  }

  @Override
  public int compareTo(PersonId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof PersonId && ((PersonId) obj).value.equals(value);
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
