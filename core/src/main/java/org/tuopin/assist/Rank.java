package org.tuopin.assist;

import java.io.Serializable;
import org.tuopin.basics.Text;
import org.tuopin.internal.Keys;

/**
 * The rank of a cadre for pairing (帮扶责任人职级), such as 镇党政主要负责人 (township principal
 * leader) or 村党员干部 (village Party cadre); the set is open.
 *
 * <p>A {@link QuotaPolicy} fixes how many households a cadre of each rank carries. The ranks
 * of the built-in policies are constants of {@link Ranks}; a user defines their own with
 * {@link #of(String, String, String)}. Two ranks are equal when their keys are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rank implements Comparable<Rank>, Serializable {

  private static final long serialVersionUID = 1L;

  /** The key. */
  private final String key;
  /** The label. */
  private final Text label;

  private Rank(String key, Text label) {
    this.key = key;
    this.label = label;
  }

  /**
   * Obtains an instance from its key and labels.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese label, not null
   * @param en  the English label, not null
   * @return the rank, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public static Rank of(String key, String zh, String en) {
    return new Rank(Keys.check("rank key", key), Text.of(zh, en));
  }

  /**
   * Returns the key, as used in files and reports ({@code village_cadre}).
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
  public int compareTo(Rank other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Rank && ((Rank) obj).key.equals(key);
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
