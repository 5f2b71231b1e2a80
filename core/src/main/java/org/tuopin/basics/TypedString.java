package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The base of every identifier and key written as text, such as {@code HouseholdId} (户编号),
 * {@code PersonId} (人编号) and the keys of the open sets of facts ({@link FactKey}).
 *
 * <p>A subclass checks its text's syntax by its own rule, naming the text and the rule when it
 * is broken, and passes the checked text to the constructor; this class holds the value
 * contract once. Two instances are equal when they are of the same class and have the same
 * text, so ids of different kinds are never equal; they order by their text, and
 * {@link #toString()} gives the text that the subclass's {@code parse} reads back. A new kind
 * of id is a final subclass with a private constructor and its factories:
 *
 * <pre>{@code
 * public final class HouseholdId extends TypedString<HouseholdId> {
 *   private HouseholdId(String text) {
 *     super(Ids.check("household id", text));
 *   }
 *   public static HouseholdId of(String text) {
 *     return new HouseholdId(text);
 *   }
 * }
 * }</pre>
 *
 * <p>Subclasses are immutable and thread-safe.
 *
 * @param <T>  the type of the identifier
 */
public abstract class TypedString<T extends TypedString<T>> implements Comparable<T>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The text. */
  private final String name;

  /**
   * Creates an instance from text whose syntax the subclass has checked.
   *
   * @param name  the text, not null
   */
  protected TypedString(String name) {
    this.name = requireNonNull(name, "name");
  }

  /**
   * Compares this instance with another of its kind by their text.
   *
   * @param other  the other instance, not null
   * @return negative, zero or positive as this text sorts before, with or after the other's
   */
  @Override
  public final int compareTo(T other) {
    return name.compareTo(other.toString());
  }

  /**
   * Checks whether this instance equals another: of the same class, with the same text.
   *
   * @param obj  the other object, null returns false
   * @return true if equal
   */
  @Override
  public final boolean equals(Object obj) {
    return obj == this
        || obj != null && obj.getClass() == getClass() && ((TypedString<?>) obj).name.equals(name);
  }

  /**
   * Returns a hash code from the text.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the text.
   *
   * @return the text, which the subclass's {@code parse} reads back, not null
   */
  @Override
  @JsonValue
  public final String toString() {
    return name;
  }
}
