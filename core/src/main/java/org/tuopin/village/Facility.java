package org.tuopin.village;

import org.tuopin.basics.FactKey;
import org.tuopin.basics.Text;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * A key of a village facility or attainment that a standard may look at, such as 卫生室
 * (clinic) or 双强班子 (leadership); the set is open.
 *
 * <p>The keys of the data contract are constants of {@link Facilities}; a local standard
 * defines its own with {@link #of(String, String, String)}. A village holds each facility as
 * met (has it), not met, or unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Facility extends FactKey<Facility> {

  private static final long serialVersionUID = 1L;

  private Facility(String key, Text label) {
    super("facility", key, label);
  }

  /**
   * Obtains a facility from its key and labels.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese label, not null
   * @param en  the English label, not null
   * @return the facility, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public static Facility of(String key, String zh, String en) {
    return new Facility(key, Text.of(zh, en));
  }

  /** JSON: the built-in facility of that key, or a key labelled by itself. */
  @JsonCreator
  private static Facility ofJson(String key) {
    return Facilities.find(key).orElseGet(() -> of(key, key, key));
  }
}
