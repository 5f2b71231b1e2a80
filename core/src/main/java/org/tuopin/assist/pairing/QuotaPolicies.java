package org.tuopin.assist.pairing;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tuopin.basics.NotFoundException;
import org.tuopin.internal.Catalogue;
import org.tuopin.internal.CatalogueData;

/**
 * The built-in quota policies, read from {@code org/tuopin/assist/pairing/quota-policies.csv} and
 * {@code quotas.csv}, every quota with its source.
 *
 * <ul>
 *   <li>{@link #GANYU} — 赣榆 班庄镇 脱贫奔小康挂钩帮扶方案 (seed 003): county leaders and
 *       department heads 1 weak village and 5 households; township principal leaders 5; other
 *       township leaders 4; assistants, clerks and college-graduate village officials 3;
 *       village Party cadres 2.</li>
 * </ul>
 */
public final class QuotaPolicies {

  private static final Catalogue<QuotaPolicy> CATALOGUE = Catalogue.of("quota policy", QuotaPolicy::key, load());

  /** The quotas of seed 003 ({@code ganyu}). */
  public static final QuotaPolicy GANYU = CATALOGUE.builtIn("ganyu");

  private QuotaPolicies() {
  }

  /**
   * Obtains a built-in policy by key.
   *
   * @param key  the key, such as {@code ganyu}, not null
   * @return the policy, not null
   * @throws NotFoundException naming the key and the known keys if none has it
   */
  public static QuotaPolicy of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a built-in policy by key.
   *
   * @param key  the key, not null
   * @return the policy, or empty if none has the key
   */
  public static Optional<QuotaPolicy> find(String key) {
    return CATALOGUE.find(key);
  }

  /**
   * Returns the built-in policies.
   *
   * @return the policies, not null
   */
  public static ImmutableList<QuotaPolicy> all() {
    return CATALOGUE.all();
  }

  private static ImmutableList<QuotaPolicy> load() {
    Map<String, QuotaPolicy.Builder> builders = new LinkedHashMap<>();
    CatalogueData.read(QuotaPolicies.class, "quota-policies.csv", r -> {
      String key = CatalogueData.field(r, "key");
      CatalogueData.putOnce(builders, "quota policy", key,
          QuotaPolicy.builder().key(key).name(CatalogueData.label(r).keyed("policy." + key)));
    });
    CatalogueData.read(QuotaPolicies.class, "quotas.csv", r -> {
      QuotaPolicy.Builder b =
          CatalogueData.listed(builders, "quota policy", CatalogueData.field(r, "policy"), "quota-policies.csv");
      b.quota(Ranks.of(CatalogueData.field(r, "rank")),
          Quota.of(CatalogueData.integer(r, "households"), CatalogueData.integer(r, "villages")),
          CatalogueData.provenance(r));
    });
    return builders.values().stream().map(QuotaPolicy.Builder::build).collect(ImmutableList.toImmutableList());
  }
}
