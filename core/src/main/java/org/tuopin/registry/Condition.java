package org.tuopin.registry;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.tuopin.basics.Text;

/**
 * A key of a household condition that a standard may look at, such as 不愁吃 (food) or
 * 住房安全有保障 (housing); the set is open.
 *
 * <p>The national keys are constants of {@link Conditions}; a local standard defines its
 * own with {@link #of(String, String, String)}. Two conditions are equal when their keys
 * are. A household holds each condition as met, not met or unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Condition implements Comparable<Condition>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** The key. */
  private final String key;
  /** The label. */
  private final Text label;

  private Condition(String key, Text label) {
    this.key = key;
    this.label = label;
  }

  /**
   * Obtains a condition from its key and labels.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese label, not null
   * @param en  the English label, not null
   * @return the condition, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public static Condition of(String key, String zh, String en) {
    requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "condition key must be lower-case letters, digits and _, starting with a letter: '" + key + "'");
    }
    return new Condition(key, Text.of(zh, en));
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
  public int compareTo(Condition other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Condition && ((Condition) obj).key.equals(key);
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
