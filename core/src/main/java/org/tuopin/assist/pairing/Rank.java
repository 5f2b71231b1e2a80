package org.tuopin.assist.pairing;

import org.tuopin.basics.FactKey;
import org.tuopin.basics.Text;
import com.fasterxml.jackson.annotation.JsonCreator;

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
public final class Rank extends FactKey<Rank> {

  private static final long serialVersionUID = 1L;

  private Rank(String key, Text label) {
    super("rank", key, label);
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
    return new Rank(key, Text.of(zh, en));
  }

  /** JSON: the built-in rank of that key, or a key labelled by itself. */
  @JsonCreator
  private static Rank ofJson(String key) {
    return Ranks.find(key).orElseGet(() -> of(key, key, key));
  }
}
