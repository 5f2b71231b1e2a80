package org.tuopin.assist.batch;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tuopin.basics.NotFoundException;
import org.tuopin.internal.Catalogue;
import org.tuopin.internal.CatalogueData;
import org.tuopin.internal.Redaction;

/**
 * The built-in strategy taxonomies, read from {@code org/tuopin/assist/batch/taxonomies.csv},
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

  private static final Catalogue<StrategyTaxonomy> CATALOGUE =
      Catalogue.of("strategy taxonomy", StrategyTaxonomy::key, load());

  /** 五个一批 ({@code five_batches}). */
  public static final StrategyTaxonomy FIVE_BATCHES = CATALOGUE.builtIn("five_batches");
  /** 四个一批 ({@code four_batches}). */
  public static final StrategyTaxonomy FOUR_BATCHES = CATALOGUE.builtIn("four_batches");

  private StrategyTaxonomies() {
  }

  /**
   * Obtains a built-in taxonomy by key.
   *
   * @param key  the key, such as {@code five_batches}, not null
   * @return the taxonomy, not null
   * @throws NotFoundException naming the key and the known keys if none has it
   */
  public static StrategyTaxonomy of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a built-in taxonomy by key.
   *
   * @param key  the key, not null
   * @return the taxonomy, or empty if none has the key
   */
  public static Optional<StrategyTaxonomy> find(String key) {
    return CATALOGUE.find(key);
  }

  /**
   * Returns the built-in taxonomies.
   *
   * @return the taxonomies, in the order of {@code taxonomies.csv}, not null
   */
  public static ImmutableList<StrategyTaxonomy> all() {
    return CATALOGUE.all();
  }

  private static ImmutableList<StrategyTaxonomy> load() {
    Map<String, StrategyTaxonomy.Builder> builders = new LinkedHashMap<>();
    Map<String, Map<String, Strategy>> strategies = new LinkedHashMap<>();
    CatalogueData.read(StrategyTaxonomies.class, "taxonomies.csv", r -> {
      String key = CatalogueData.field(r, "key");
      CatalogueData.putOnce(builders, "taxonomy", key, StrategyTaxonomy.builder().key(key)
          .name(CatalogueData.label(r).keyed("taxonomy." + key)).provenance(CatalogueData.provenance(r)));
      strategies.put(key, new LinkedHashMap<>());
    });
    CatalogueData.read(StrategyTaxonomies.class, "strategies.csv", r -> {
      String taxonomy = CatalogueData.field(r, "taxonomy");
      StrategyTaxonomy.Builder b = CatalogueData.listed(builders, "taxonomy", taxonomy, "taxonomies.csv");
      Strategy s =
          Strategy.of(CatalogueData.field(r, "key"), CatalogueData.field(r, "zh"), CatalogueData.field(r, "en"));
      strategies.get(taxonomy).put(s.key(), s);
      b.addStrategies(s);
    });
    CatalogueData.read(StrategyTaxonomies.class, "batch-rules.csv", r -> {
      String taxonomy = CatalogueData.field(r, "taxonomy");
      StrategyTaxonomy.Builder b = CatalogueData.listed(builders, "taxonomy", taxonomy, "taxonomies.csv");
      String key = CatalogueData.field(r, "strategy");
      Strategy strategy = strategies.get(taxonomy).get(key);
      if (strategy == null) {
        throw new IllegalArgumentException("taxonomy " + taxonomy + " has no strategy " + Redaction.quote(key));
      }
      String predicate = CatalogueData.field(r, "predicate");
      if (predicate.equals("otherwise")) {
        b.fallback(strategy);
      } else {
        b.rule(HouseholdPredicates.of(predicate), strategy);
      }
    });
    return builders.values().stream().map(StrategyTaxonomy.Builder::build).collect(ImmutableList.toImmutableList());
  }
}
