package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import org.tuopin.internal.Keys;

/**
 * The key of an open set of facts that standards look at, with its bilingual label: the
 * common part of a household {@code Condition} (住房安全有保障) and a village
 * {@code Facility} (卫生室).
 *
 * <p>Keys are lower-case letters, digits and underscores, starting with a letter, as used
 * in files and reports. Two keys are equal when they are of the same kind and have the
 * same key text; the label is description, not identity.
 *
 * <p>Subclasses are immutable and thread-safe.
 */
public abstract class FactKey implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The key. */
  private final String key;
  /** The label. */
  private final Text label;

  /**
   * Creates a key.
   *
   * @param kind  what the key names, for the error message, such as "condition"
   * @param key  the key text, not null
   * @param label  the label, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  protected FactKey(String kind, String key, Text label) {
    requireNonNull(key, "key");
    this.key = Keys.check(kind + " key", key);
    this.label = requireNonNull(label, "label");
  }

  /**
   * Returns the key, as used in files and reports ({@code housing}).
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the label.
   *
   * @return the label in Chinese and English, not null
   */
  public Text label() {
    return label;
  }

  @Override
  public boolean equals(Object obj) {
    return obj != null && obj.getClass() == getClass() && ((FactKey) obj).key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * Returns the key.
   *
   * @return the key, not null
   */
  @Override
  public String toString() {
    return key;
  }
}
