package org.tuopin.assist.batch;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Text;
import org.tuopin.internal.Keys;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Provenance;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A taxonomy of strategy batches (脱贫一批), such as 五个一批 or 四个一批, with the default
 * rules that suggest a batch for a household from its registration record and the
 * {@link HouseholdFacts facts} kept beside it.
 *
 * <p>Rules are tried in order; every rule met adds its strategy, the first being the main
 * one, and when none is met the {@link #fallback() fallback} is suggested (发展生产 in 五个一批).
 * Rules only suggest: {@link #classify(Collection, HouseholdFacts, Map)} takes decisions per
 * household that override them, and {@link #withRules(Iterable)} replaces them. The built-in
 * taxonomies are in {@link StrategyTaxonomies}; a user builds their own with
 * {@link #builder()}.
 *
 * <p>JSON: a taxonomy is a catalogue value (its rules hold predicates, which are code) and
 * binds as its key, looked up in {@link StrategyTaxonomies} on read. A taxonomy of one's own,
 * or a built-in one changed, cannot be written: the writer fails naming it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StrategyTaxonomy implements WithStrategyTaxonomy {

  StrategyTaxonomy() {
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
   * Returns the key, such as {@code five_batches}.
   *
   * @return the key, not null
   */
  public abstract String key();

  /**
   * Returns the name, such as 五个一批.
   *
   * @return the name in Chinese and English, not null
   */
  public abstract Text name();

  /**
   * Returns the strategies, in the order the policy text lists them.
   *
   * @return the strategies, at least one, not null
   */
  public abstract ImmutableList<Strategy> strategies();

  /**
   * Returns the rules, in the order they are tried.
   *
   * @return the rules, possibly empty, not null
   */
  public abstract ImmutableList<BatchRule> rules();

  /**
   * Returns the strategy suggested when no rule is met.
   *
   * @return the fallback, if the taxonomy has one
   */
  public abstract Optional<Strategy> fallback();

  /**
   * Returns where the taxonomy came from.
   *
   * @return the provenance, if recorded
   */
  public abstract Optional<Provenance> provenance();

  /**
   * Returns a copy with other rules.
   *
   * @param rules  the rules, in the order they are to be tried, not null
   * @return the taxonomy with those rules, not null
   */
  public abstract StrategyTaxonomy withRules(Iterable<? extends BatchRule> rules);

  /**
   * Returns a copy with another fallback.
   *
   * @param fallback  the strategy suggested when no rule is met, not null
   * @return the taxonomy with that fallback, not null
   */
  public abstract StrategyTaxonomy withFallback(Strategy fallback);

  /**
   * Obtains one of the strategies by key.
   *
   * @param key  the key, such as {@code relocation}, not null
   * @return the strategy, not null
   * @throws NotFoundException naming the key and the taxonomy's keys if none has it
   */
  public Strategy strategy(String key) {
    return findStrategy(key).orElseThrow(() -> new NotFoundException("taxonomy " + key() + " has no strategy '"
        + key + "'; its strategies: " + strategies().stream().map(Strategy::key).collect(Collectors.joining(", "))));
  }

  /**
   * Finds one of the strategies by key.
   *
   * @param key  the key, not null
   * @return the strategy, or empty if the taxonomy has none with the key
   */
  public Optional<Strategy> findStrategy(String key) {
    requireNonNull(key, "key");
    return strategies().stream().filter(s -> s.key().equals(key)).findFirst();
  }

  /**
   * Suggests the batches of one household by the rules.
   *
   * @param household  the household, not null
   * @param facts  the facts kept beside the registry, not null
   * @return the suggestion, not null
   */
  public BatchSuggestion suggest(Household household, HouseholdFacts facts) {
    requireNonNull(household, "household");
    requireNonNull(facts, "facts");
    Set<Strategy> strategies = new LinkedHashSet<>();
    List<BatchRule> matched = new ArrayList<>();
    List<BatchRule> undecided = new ArrayList<>();
    for (BatchRule rule : rules()) {
      switch (rule.appliesTo(household, facts)) {
        case MET:
          matched.add(rule);
          strategies.add(rule.strategy());
          break;
        case UNKNOWN:
          undecided.add(rule);
          break;
        default:
          break;
      }
    }
    if (strategies.isEmpty()) {
      fallback().ifPresent(strategies::add);
    }
    return ImmutableBatchSuggestion.builder().household(household.id()).strategies(strategies)
        .matched(matched).undecided(undecided).build();
  }

  /**
   * Classes the poor households by the rules alone.
   *
   * @param households  the households; those not poor ({@link Household#isPoor()}) are left
   *     out, not null
   * @param facts  the facts kept beside the registry, not null
   * @return the roster, not null
   * @throws IllegalArgumentException if two households share an id
   */
  public BatchRoster classify(Collection<Household> households, HouseholdFacts facts) {
    return classify(households, facts, Map.of());
  }

  /**
   * Classes the poor households, taking the batches decided for some of them over the rules'
   * suggestions.
   *
   * @param households  the households; those not poor ({@link Household#isPoor()}) are left
   *     out, not null
   * @param facts  the facts kept beside the registry, not null
   * @param decided  the batches decided per household, the main one first, each a non-empty
   *     collection of this taxonomy's strategies, not null
   * @return the roster, not null
   * @throws IllegalArgumentException if two households share an id, or a decision names a
   *     household not among the poor households given, names no strategy, or names a
   *     strategy of another taxonomy
   */
  public BatchRoster classify(Collection<Household> households, HouseholdFacts facts,
      Map<HouseholdId, ? extends Collection<Strategy>> decided) {
    requireNonNull(households, "households");
    requireNonNull(facts, "facts");
    requireNonNull(decided, "decided");
    TreeMap<HouseholdId, Household> poor = new TreeMap<>();
    for (Household h : households) {
      if (h.isPoor() && poor.put(h.id(), h) != null) {
        throw new IllegalArgumentException("household id is listed twice: '" + h.id() + "'");
      }
    }
    Set<Strategy> own = new HashSet<>(strategies());
    for (Map.Entry<HouseholdId, ? extends Collection<Strategy>> d : decided.entrySet()) {
      if (!poor.containsKey(d.getKey())) {
        throw new IllegalArgumentException(
            "batches are decided for household '" + d.getKey() + "', which is not among the poor households given");
      }
      if (d.getValue().isEmpty()) {
        throw new IllegalArgumentException("batches decided for household '" + d.getKey() + "' name no strategy");
      }
      for (Strategy s : d.getValue()) {
        if (!own.contains(s)) {
          throw new IllegalArgumentException("batches decided for household '" + d.getKey() + "' name strategy '"
              + s.key() + "', which is not in taxonomy " + key());
        }
      }
    }
    List<BatchEntry> entries = new ArrayList<>(poor.size());
    for (Household h : poor.values()) {
      BatchSuggestion suggestion = suggest(h, facts);
      Collection<Strategy> chosen = decided.get(h.id());
      entries.add(ImmutableBatchEntry.builder().household(h.id()).village(h.village()).people(h.size())
          .strategies(chosen == null ? suggestion.strategies() : new LinkedHashSet<>(chosen))
          .isOverridden(chosen != null).suggestion(suggestion).build());
    }
    return ImmutableBatchRoster.builder().taxonomy(this).entries(entries).build();
  }

  @Value.Check
  void check() {
    Keys.check("taxonomy key", key());
    if (strategies().isEmpty()) {
      throw new IllegalArgumentException("taxonomy " + key() + " must have at least one strategy");
    }
    Set<String> keys = new HashSet<>();
    for (Strategy s : strategies()) {
      if (!keys.add(s.key())) {
        throw new IllegalArgumentException("taxonomy " + key() + " lists strategy '" + s.key() + "' twice");
      }
    }
    for (BatchRule r : rules()) {
      if (!strategies().contains(r.strategy())) {
        throw new IllegalArgumentException("taxonomy " + key() + " has a rule for strategy '" + r.strategy().key()
            + "', which is not among its strategies");
      }
    }
    fallback().ifPresent(f -> {
      if (!strategies().contains(f)) {
        throw new IllegalArgumentException(
            "taxonomy " + key() + " falls back on strategy '" + f.key() + "', which is not among its strategies");
      }
    });
  }

  /**
   * Returns the key and the strategies' keys.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return key() + strategies();
  }

  /**
   * A builder of taxonomies.
   */
  public static final class Builder extends ImmutableStrategyTaxonomy.Builder {
    Builder() {
    }

    /**
     * Adds a rule.
     *
     * @param predicate  the predicate, not null
     * @param strategy  the strategy suggested when the predicate is met, not null
     * @return this builder, not null
     */
    public Builder rule(HouseholdPredicate predicate, Strategy strategy) {
      addRules(BatchRule.of(predicate, strategy));
      return this;
    }
  }

  // JSON binding: the key of a built-in taxonomy.

  @JsonValue
  private String keyJson() {
    if (StrategyTaxonomies.find(key()).filter(this::equals).isEmpty()) {
      throw new IllegalStateException("strategy taxonomy '" + key() + "' cannot be written as JSON: it is not the "
          + "built-in taxonomy of that key (a taxonomy binds as the key of one of StrategyTaxonomies)");
    }
    return key();
  }

  @JsonCreator
  private static StrategyTaxonomy ofJson(String key) {
    return StrategyTaxonomies.of(key);
  }
}
