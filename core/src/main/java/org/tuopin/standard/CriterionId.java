package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import org.tuopin.basics.TypedString;
import org.tuopin.internal.Keys;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The identifier of a criterion, as used in reports: {@code income}, {@code housing},
 * {@code incomplete}. A condition's criterion has the condition's key.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CriterionId extends TypedString<CriterionId> {

  /** Per-capita net income against the income line. */
  public static final CriterionId INCOME = new CriterionId("income");
  /** Two consecutive years meeting the standard (observation rule). */
  public static final CriterionId OBSERVATION = new CriterionId("observation");
  /** The record is incomplete: some of its input was rejected, so it is not assessed. */
  public static final CriterionId INCOMPLETE = new CriterionId("incomplete");

  private static final long serialVersionUID = 1L;

  private CriterionId(String key) {
    super(key);
  }

  /**
   * Obtains an instance from its key.
   *
   * @param key  lower-case letters, digits and underscores, starting with a letter
   * @return the id, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  @JsonCreator
  public static CriterionId of(String key) {
    return new CriterionId(Keys.check("criterion id", requireNonNull(key, "key")));
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

}
