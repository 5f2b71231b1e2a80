package org.tuopin.assist;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tuopin.basics.Text;

/**
 * The built-in strategy taxonomies, read from {@code org/tuopin/assist/taxonomies.csv},
 * {@code strategies.csv} and {@code batch-rules.csv}, each with its source.
 *
 * <ul>
 *   <li>{@link #FIVE_BATCHES} — 五个一批 (2015 decision): 发展生产, 易地搬迁, 生态补偿,
 *       发展教育, 社会保障兜底. Default rules: 低保/特困 with no able-bodied member →
 *       社会保障兜底; on the relocation list → 易地搬迁; 因学 → 发展教育; on the ecological
 *       compensation list → 生态补偿; otherwise 发展生产.</li>
 *   <li>{@link #FOUR_BATCHES} — 四个一批 (seed 001): 扶持生产和就业发展, 移民搬迁安置,
 *       低保政策兜底, 医疗救助扶持. Default rules: 低保/特困 with no able-bodied member →
 *       低保政策兜底; on the relocation list → 移民搬迁安置; 因病 → 医疗救助扶持; otherwise
 *       扶持生产和就业发展.</li>
 * </ul>
 */
public final class StrategyTaxonomies {

  private static final Catalogue<StrategyTaxonomy> BUILT_IN = new Catalogue<>("strategy taxonomy", load());

  /** 五个一批 ({@code five_batches}). */
  public static final StrategyTaxonomy FIVE_BATCHES = BUILT_IN.builtIn("five_batches");
  /** 四个一批 ({@code four_batches}). */
  public static final StrategyTaxonomy FOUR_BATCHES = BUILT_IN.builtIn("four_batches");

  private StrategyTaxonomies() {
  }

  /**
   * Obtains a built-in taxonomy by key.
   *
   * @param key  the key, such as {@code five_batches}, not null
   * @return the taxonomy, not null
   * @throws AssistNotFoundException naming the key and the known keys if none has it
   */
  public static StrategyTaxonomy of(String key) {
    return BUILT_IN.of(key);
  }

  /**
   * Finds a built-in taxonomy by key.
   *
   * @param key  the key, not null
   * @return the taxonomy, or empty if none has the key
   */
  public static Optional<StrategyTaxonomy> find(String key) {
    return BUILT_IN.find(key);
  }

  /**
   * Returns the built-in taxonomies.
   *
   * @return the taxonomies, in the order of {@code taxonomies.csv}, not null
   */
  public static ImmutableList<StrategyTaxonomy> all() {
    return BUILT_IN.all();
  }

  private static ImmutableMap<String, StrategyTaxonomy> load() {
    Map<String, StrategyTaxonomy.Builder> builders = new LinkedHashMap<>();
    Map<String, Map<String, Strategy>> strategies = new LinkedHashMap<>();
    AssistData.read("taxonomies.csv", r -> {
      String key = AssistData.field(r, "key");
      StrategyTaxonomy.Builder b = StrategyTaxonomy.builder().key(key)
          .name(Text.of(AssistData.field(r, "zh"), AssistData.field(r, "en"))).provenance(AssistData.provenance(r));
      if (builders.put(key, b) != null) {
        throw new IllegalArgumentException("taxonomy '" + key + "' is listed twice");
      }
      strategies.put(key, new LinkedHashMap<>());
    });
    AssistData.read("strategies.csv", r -> {
      String taxonomy = AssistData.field(r, "taxonomy");
      StrategyTaxonomy.Builder b = known(builders, taxonomy);
      Strategy s = Strategy.of(AssistData.field(r, "key"), AssistData.field(r, "zh"), AssistData.field(r, "en"));
      strategies.get(taxonomy).put(s.key(), s);
      b.addStrategies(s);
    });
    AssistData.read("batch-rules.csv", r -> {
      String taxonomy = AssistData.field(r, "taxonomy");
      StrategyTaxonomy.Builder b = known(builders, taxonomy);
      String key = AssistData.field(r, "strategy");
      Strategy strategy = strategies.get(taxonomy).get(key);
      if (strategy == null) {
        throw new IllegalArgumentException("taxonomy " + taxonomy + " has no strategy '" + key + "'");
      }
      String test = AssistData.field(r, "test");
      if (test.equals("otherwise")) {
        b.fallback(strategy);
      } else {
        b.rule(HouseholdTests.find(test).orElseThrow(
            () -> new IllegalArgumentException("no built-in household test has the key '" + test + "'")), strategy);
      }
    });
    ImmutableMap.Builder<String, StrategyTaxonomy> all = ImmutableMap.builder();
    builders.forEach((k, b) -> all.put(k, b.build()));
    return all.buildOrThrow();
  }

  private static StrategyTaxonomy.Builder known(Map<String, StrategyTaxonomy.Builder> builders, String taxonomy) {
    StrategyTaxonomy.Builder b = builders.get(taxonomy);
    if (b == null) {
      throw new IllegalArgumentException("taxonomy '" + taxonomy + "' is not in taxonomies.csv");
    }
    return b;
  }
}
