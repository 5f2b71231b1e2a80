package org.tuopin.registry;

import java.io.Serializable;
import org.tuopin.internal.Ids;

/**
 * The identifier of a household in a registry (户编号), unique within its registry.
 *
 * <p>Any text of 1 to 64 letters, digits and {@code - _ . :} is accepted, so the national
 * system's numeric ids and a project's own keys both fit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HouseholdId implements Comparable<HouseholdId>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The identifier text. */
  private final String value;

  private HouseholdId(String value) {
    this.value = value;
  }

  /**
   * Obtains an instance by reading its text.
   *
   * @param text  the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, too long or holds other characters
   */
  public static HouseholdId of(String text) {
    return new HouseholdId(Ids.check("household id", text));
  }

  /**
   * Obtains an instance by reading its text; the same as {@link #of(String)}.
   *
   * @param text  the identifier, not null
   * @return the identifier, not null
   * @throws IllegalArgumentException if the text is empty, too long or holds other characters
   */
  public static HouseholdId parse(String text) {
    return of(text);
  }

  @Override
  public int compareTo(HouseholdId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof HouseholdId && ((HouseholdId) obj).value.equals(value);
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
