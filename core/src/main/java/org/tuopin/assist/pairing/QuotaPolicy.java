package org.tuopin.assist.pairing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.internal.Keys;
import org.tuopin.standard.Provenance;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * A pairing quota policy (结对帮扶任务分配): the {@link Quota} of each {@link Rank}, such as
 * seed 003's table for 赣榆 班庄镇 — township principal leaders 5 households each, other
 * township leaders 4, assistants, clerks and college-graduate village officials 3, village
 * Party cadres 2, county leaders one weak village and 5 households.
 *
 * <p>Ranks are listed most senior first; a {@link PairingPlanner} fills cadres in that order.
 * Each quota may carry where it came from. The built-in policies are in
 * {@link QuotaPolicies}; a user builds their own with {@link #builder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class QuotaPolicy implements WithQuotaPolicy {

  QuotaPolicy() {
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the key, such as {@code ganyu}.
   *
   * @return the key, not null
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the name.
   *
   * @return the name in Chinese and English, not null
   */
  @JsonProperty("name")
  public abstract Text name();

  /**
   * Returns the quota of each rank, most senior rank first.
   *
   * @return the quotas, at least one, not null
   */
  @JsonProperty("quotas")
  public abstract ImmutableMap<Rank, Quota> quotas();

  /**
   * Returns where each quota came from.
   *
   * @return the provenance of the quotas that record one, not null
   */
  @JsonProperty("sources")
  public abstract ImmutableMap<Rank, Provenance> sources();

  /**
   * Returns the ranks, most senior first.
   *
   * @return the ranks, not null
   */
  public ImmutableList<Rank> ranks() {
    return quotas().keySet().asList();
  }

  /**
   * Obtains the quota of a rank.
   *
   * @param rank  the rank, not null
   * @return the quota, not null
   * @throws NotFoundException naming the rank and the policy's ranks if the policy has none for it
   */
  public Quota quota(Rank rank) {
    return findQuota(rank).orElseThrow(() -> new NotFoundException("quota policy " + key()
        + " has no quota for rank '" + rank.key() + "'; its ranks: " + rankKeys()));
  }

  /**
   * Finds the quota of a rank.
   *
   * @param rank  the rank, not null
   * @return the quota, or empty if the policy has none for the rank
   */
  public Optional<Quota> findQuota(Rank rank) {
    return Optional.ofNullable(quotas().get(requireNonNull(rank, "rank")));
  }

  /**
   * Returns how many households cadres can carry: the sum of their ranks' quotas.
   *
   * @param cadresByRank  the number of cadres of each rank, not null
   * @return the households they can carry, not negative
   * @throws NotFoundException if a rank has no quota in this policy
   */
  public long householdCapacity(Map<Rank, ? extends Number> cadresByRank) {
    long capacity = 0;
    for (Map.Entry<Rank, ? extends Number> e : cadresByRank.entrySet()) {
      capacity = Math.addExact(capacity, Math.multiplyExact(e.getValue().longValue(), quota(e.getKey()).households()));
    }
    return capacity;
  }

  /**
   * Returns the smallest household quota of any rank: cadres of unknown ranks carry at least
   * this many households each.
   *
   * @return the smallest quota, not negative
   */
  public int minimumHouseholdQuota() {
    return quotas().values().stream().mapToInt(Quota::households).min().orElseThrow();
  }

  /**
   * Returns the largest household quota of any rank: cadres of unknown ranks carry at most
   * this many households each.
   *
   * @return the largest quota, not negative
   */
  public int maximumHouseholdQuota() {
    return quotas().values().stream().mapToInt(Quota::households).max().orElseThrow();
  }

  /**
   * Tells whether cadres of unknown ranks can cover households within this policy's quotas:
   * surely when every cadre carrying the smallest household quota would do, surely not when
   * every cadre carrying the largest would not, otherwise it depends on their ranks.
   *
   * @param cadres  the number of cadres, not negative
   * @param households  the number of households, not negative
   * @return met, not met, or unknown when it depends on the ranks, not null
   * @throws IllegalArgumentException if a number is negative
   */
  public Tristate canCover(long cadres, long households) {
    if (cadres < 0 || households < 0) {
      throw new IllegalArgumentException("cadres and households must not be negative: " + cadres + ", " + households);
    }
    if (households <= Math.multiplyExact(cadres, (long) minimumHouseholdQuota())) {
      return Tristate.MET;
    }
    return households > Math.multiplyExact(cadres, (long) maximumHouseholdQuota()) ? Tristate.NOT_MET : Tristate.UNKNOWN;
  }

  private String rankKeys() {
    return quotas().keySet().stream().map(Rank::key).collect(Collectors.joining(", "));
  }

  @Value.Check
  void check() {
    Keys.check("quota policy key", key());
    if (quotas().isEmpty()) {
      throw new IllegalArgumentException("quota policy " + key() + " must have at least one rank");
    }
    for (Rank r : sources().keySet()) {
      if (!quotas().containsKey(r)) {
        throw new IllegalArgumentException(
            "quota policy " + key() + " gives a source for rank '" + r.key() + "', which has no quota");
      }
    }
  }

  /**
   * Returns the key and the quotas: {@code ganyu{county_leader=1村5户, …}}.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return key() + quotas();
  }

  /**
   * A builder of quota policies.
   */
  public static final class Builder extends ImmutableQuotaPolicy.Builder {
    Builder() {
    }

    /**
     * Adds the quota of a rank, after the ranks already added.
     *
     * @param rank  the rank, not null
     * @param quota  the quota, not null
     * @return this builder, not null
     */
    public Builder quota(Rank rank, Quota quota) {
      putQuotas(rank, quota);
      return this;
    }

    /**
     * Adds the quota of a rank with its source, after the ranks already added.
     *
     * @param rank  the rank, not null
     * @param quota  the quota, not null
     * @param source  where the quota came from, not null
     * @return this builder, not null
     */
    public Builder quota(Rank rank, Quota quota, Provenance source) {
      putQuotas(rank, quota);
      putSources(rank, source);
      return this;
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static QuotaPolicy ofJson(
      @JsonProperty("key") String key,
      @JsonProperty("name") Text name,
      @JsonProperty("quotas") @Nullable Map<Rank, Quota> quotas,
      @JsonProperty("sources") @Nullable Map<Rank, Provenance> sources) {
    ImmutableQuotaPolicy.Builder b = ImmutableQuotaPolicy.builder();
    b.key(key);
    b.name(name);
    if (quotas != null) {
      b.quotas(quotas);
    }
    if (sources != null) {
      b.sources(sources);
    }
    return b.build();
  }
}
