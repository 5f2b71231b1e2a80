package org.tuopin.assist.batch;

import org.tuopin.basics.FactKey;
import org.tuopin.basics.Text;
import com.fasterxml.jackson.annotation.JsonCreator;

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
public final class HouseholdFlag extends FactKey<HouseholdFlag> {

  private static final long serialVersionUID = 1L;

  private HouseholdFlag(String key, Text label) {
    super("household flag", key, label);
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
    return new HouseholdFlag(key, Text.of(zh, en));
  }

  /** JSON: the built-in householdflag of that key, or a key labelled by itself. */
  @JsonCreator
  private static HouseholdFlag ofJson(String key) {
    return HouseholdFlags.find(key).orElseGet(() -> of(key, key, key));
  }
}
