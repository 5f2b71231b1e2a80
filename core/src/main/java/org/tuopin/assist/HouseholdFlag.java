package org.tuopin.assist;

import java.io.Serializable;
import org.tuopin.basics.Text;
import org.tuopin.internal.Keys;

/**
 * A fact about a household that the registration record does not hold, such as being
 * listed for relocation (易地扶贫搬迁对象); the set is open.
 *
 * <p>Flags are kept beside the registry in {@link HouseholdFacts}, so that strategy rules can
 * look at them without changing {@link org.tuopin.registry.Household}. The built-in flags are
 * constants of {@link HouseholdFlags}; a user defines their own with
 * {@link #of(String, String, String)}. Two flags are equal when their keys are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HouseholdFlag implements Comparable<HouseholdFlag>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The key. */
  private final String key;
  /** The label. */
  private final Text label;

  private HouseholdFlag(String key, Text label) {
    this.key = key;
    this.label = label;
  }

  /**
   * Obtains an instance from its key and labels.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese label, not null
   * @param en  the English label, not null
   * @return the household flag, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public static HouseholdFlag of(String key, String zh, String en) {
    return new HouseholdFlag(Keys.check("household flag key", key), Text.of(zh, en));
  }

  /**
   * Returns the key, as used in files and reports ({@code relocation}).
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
  public int compareTo(HouseholdFlag other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof HouseholdFlag && ((HouseholdFlag) obj).key.equals(key);
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
