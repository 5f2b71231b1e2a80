package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import org.tuopin.internal.Keys;

/**
 * The key of an open set of facts that standards look at, with its bilingual label: the
 * common part of a household {@code Condition} (住房安全有保障) and a village
 * {@code Facility} (卫生室).
 *
 * <p>Keys are lower-case letters, digits and underscores, starting with a letter, as used
 * in files and reports. Two keys are equal when they are of the same kind and have the
 * same key text; the label is description, not identity. They order by their key.
 *
 * <p>Subclasses are immutable and thread-safe.
 *
 * @param <T>  the type of the key
 */
public abstract class FactKey<T extends FactKey<T>> extends TypedString<T> {

  private static final long serialVersionUID = 1L;

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
    super(Keys.check(kind + " key", requireNonNull(key, "key")));
    // a third language may name it in Tuopin's bundle, such as condition.safe_housing or
    // household_flag.relocation
    this.label = requireNonNull(label, "label").keyed(kind.replace(' ', '_') + "." + key);
  }

  /**
   * Returns the key, as used in files and reports ({@code housing}); the same as
   * {@link #toString()}.
   *
   * @return the key, not null
   */
  public String key() {
    return toString();
  }

  /**
   * Returns the label.
   *
   * @return the label in Chinese and English, not null
   */
  public Text label() {
    return label;
  }
}
