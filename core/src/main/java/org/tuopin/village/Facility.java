package org.tuopin.village;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.tuopin.basics.Text;

/**
 * A key of a village facility or attainment that a standard may look at, such as 卫生室
 * (clinic) or 双强班子 (leadership); the set is open.
 *
 * <p>The national keys are constants of {@link Facilities}; a local standard defines its
 * own with {@link #of(String, String, String)}. Two facilities are equal when their keys
 * are. A village holds each facility as met (has it), not met, or unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Facility implements Comparable<Facility>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** The key. */
  private final String key;
  /** The label. */
  private final Text label;

  private Facility(String key, Text label) {
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
  public static Facility of(String key, String zh, String en) {
    requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "facility key must be lower-case letters, digits and _, starting with a letter: '" + key + "'");
    }
    return new Facility(key, Text.of(zh, en));
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
  public int compareTo(Facility other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Facility && ((Facility) obj).key.equals(key);
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
