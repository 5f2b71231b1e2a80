package org.tuopin.assist;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tuopin.basics.Text;

/**
 * The built-in quota policies, read from {@code org/tuopin/assist/quota-policies.csv} and
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

  private static final Catalogue<QuotaPolicy> BUILT_IN = new Catalogue<>("quota policy", load());

  /** The quotas of seed 003 ({@code ganyu}). */
  public static final QuotaPolicy GANYU = BUILT_IN.builtIn("ganyu");

  private QuotaPolicies() {
  }

  /**
   * Obtains a built-in policy by key.
   *
   * @param key  the key, such as {@code ganyu}, not null
   * @return the policy, not null
   * @throws AssistNotFoundException naming the key and the known keys if none has it
   */
  public static QuotaPolicy of(String key) {
    return BUILT_IN.of(key);
  }

  /**
   * Finds a built-in policy by key.
   *
   * @param key  the key, not null
   * @return the policy, or empty if none has the key
   */
  public static Optional<QuotaPolicy> find(String key) {
    return BUILT_IN.find(key);
  }

  /**
   * Returns the built-in policies.
   *
   * @return the policies, not null
   */
  public static ImmutableList<QuotaPolicy> all() {
    return BUILT_IN.all();
  }

  private static ImmutableMap<String, QuotaPolicy> load() {
    Map<String, QuotaPolicy.Builder> builders = new LinkedHashMap<>();
    AssistData.read("quota-policies.csv", r -> {
      String key = AssistData.field(r, "key");
      if (builders.put(key, QuotaPolicy.builder().key(key)
          .name(Text.of(AssistData.field(r, "zh"), AssistData.field(r, "en")))) != null) {
        throw new IllegalArgumentException("quota policy '" + key + "' is listed twice");
      }
    });
    AssistData.read("quotas.csv", r -> {
      String policy = AssistData.field(r, "policy");
      QuotaPolicy.Builder b = builders.get(policy);
      if (b == null) {
        throw new IllegalArgumentException("quota policy '" + policy + "' is not in quota-policies.csv");
      }
      String rank = AssistData.field(r, "rank");
      b.quota(Ranks.find(rank).orElseThrow(() -> new IllegalArgumentException("no built-in rank has the key '" + rank
          + "'")), Quota.of(AssistData.integer(r, "households"), AssistData.integer(r, "villages")),
          AssistData.provenance(r));
    });
    ImmutableMap.Builder<String, QuotaPolicy> all = ImmutableMap.builder();
    builders.forEach((k, b) -> all.put(k, b.build()));
    return all.buildOrThrow();
  }
}
