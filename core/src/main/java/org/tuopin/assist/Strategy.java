package org.tuopin.assist;

import java.io.Serializable;
import org.tuopin.basics.Text;
import org.tuopin.internal.Keys;

/**
 * A strategy batch (脱贫一批), one of the ways a poor household is helped out of poverty,
 * such as 发展生产脱贫一批 (out of poverty through production) or 社会保障兜底一批 (covered by
 * social security); the set is open.
 *
 * <p>Strategies belong to a {@link StrategyTaxonomy}: 五个一批 and 四个一批 are in
 * {@link StrategyTaxonomies}, and their strategies are constants of {@link Strategies}; a
 * user defines their own with {@link #of(String, String, String)}. Two strategies are equal
 * when their keys are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Strategy implements Comparable<Strategy>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The key. */
  private final String key;
  /** The label. */
  private final Text label;

  private Strategy(String key, Text label) {
    this.key = key;
    this.label = label;
  }

  /**
   * Obtains an instance from its key and labels.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese label, not null
   * @param en  the English label, not null
   * @return the strategy, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public static Strategy of(String key, String zh, String en) {
    return new Strategy(Keys.check("strategy key", key), Text.of(zh, en));
  }

  /**
   * Returns the key, as used in files and reports ({@code production}).
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
  public int compareTo(Strategy other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Strategy && ((Strategy) obj).key.equals(key);
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
