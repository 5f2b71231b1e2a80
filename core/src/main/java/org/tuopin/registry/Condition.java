package org.tuopin.registry;

import org.tuopin.basics.FactKey;
import org.tuopin.basics.Text;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A key of a household condition that a standard may look at, such as 不愁吃 (food) or
 * 住房安全有保障 (housing); the set is open.
 *
 * <p>The keys of the data contract are constants of {@link Conditions}; a local standard
 * defines its own with {@link #of(String, String, String)}. A household holds each condition
 * as met, not met or unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Condition extends FactKey<Condition> {

  private static final long serialVersionUID = 1L;

  private Condition(String key, Text label) {
    super("condition", key, label);
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
    return new Condition(key, Text.of(zh, en));
  }

  /** JSON: the built-in condition of that key, or a key labelled by itself. */
  @JsonCreator
  private static Condition ofJson(String key) {
    return Conditions.find(key).orElseGet(() -> of(key, key, key));
  }
}
