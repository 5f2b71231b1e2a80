package org.tuopin.assist.batch;

import org.tuopin.basics.FactKey;
import org.tuopin.basics.Text;
import com.fasterxml.jackson.annotation.JsonCreator;

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
public final class Strategy extends FactKey<Strategy> {

  private static final long serialVersionUID = 1L;

  private Strategy(String key, Text label) {
    super("strategy", key, label);
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
    return new Strategy(key, Text.of(zh, en));
  }

  /** JSON: the built-in strategy of that key, or a key labelled by itself. */
  @JsonCreator
  private static Strategy ofJson(String key) {
    return StrategyTaxonomies.all().stream().flatMap(t -> t.strategies().stream())
        .filter(s -> s.key().equals(key)).findFirst().orElseGet(() -> of(key, key, key));
  }
}
