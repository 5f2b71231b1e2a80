package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * The identifier of a criterion, as used in reports: {@code income}, {@code housing},
 * {@code incomplete}. A condition's criterion has the condition's key.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CriterionId implements Comparable<CriterionId>, Serializable {

  /** Per-capita net income against the income line. */
  public static final CriterionId INCOME = new CriterionId("income");
  /** Two consecutive years meeting the standard (observation rule). */
  public static final CriterionId OBSERVATION = new CriterionId("observation");
  /** The record is incomplete: some of its input was rejected, so it is not assessed. */
  public static final CriterionId INCOMPLETE = new CriterionId("incomplete");

  private static final long serialVersionUID = 1L;
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** The key. */
  private final String key;

  private CriterionId(String key) {
    this.key = key;
  }

  /**
   * Obtains an instance from its key.
   *
   * @param key  lower-case letters, digits and underscores, starting with a letter
   * @return the id, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public static CriterionId of(String key) {
    requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "criterion id must be lower-case letters, digits and _, starting with a letter: '" + key + "'");
    }
    return new CriterionId(key);
  }

  /**
   * Obtains an instance by reading its key; the same as {@link #of(String)}.
   *
   * @param key  the key, not null
   * @return the id, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public static CriterionId parse(String key) {
    return of(key);
  }

  @Override
  public int compareTo(CriterionId other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof CriterionId && ((CriterionId) obj).key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  /**
   * Returns the key.
   *
   * @return the key that {@link #parse(String)} reads back, not null
   */
  @Override
  public String toString() {
    return key;
  }
}
