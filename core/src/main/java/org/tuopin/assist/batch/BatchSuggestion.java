package org.tuopin.assist.batch;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * The strategy batches a taxonomy's rules suggest for one household, with the rules that
 * were met and those that could not be decided for want of a fact.
 *
 * <p>The strategies are those of the rules met, in rule order and without repeats, the
 * first being the main one; when no rule is met the taxonomy's fallback (such as
 * 发展生产脱贫一批) is suggested alone. A suggestion with undecided rules deserves a look:
 * the household might belong in another batch once the missing fact is recorded.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class BatchSuggestion implements WithBatchSuggestion {

  BatchSuggestion() {
  }

  /**
   * Returns the household.
   *
   * @return the household id, not null
   */
  @JsonProperty("household")
  public abstract HouseholdId household();

  /**
   * Returns the strategies suggested, the main one first.
   *
   * @return the strategies, empty only when no rule is met and the taxonomy has no fallback,
   *     not null
   */
  @JsonProperty("strategies")
  public abstract ImmutableList<Strategy> strategies();

  /**
   * Returns the rules that were met, in rule order.
   *
   * @return the rules, possibly empty, not null
   */
  @JsonProperty("matched")
  public abstract ImmutableList<BatchRule> matched();

  /**
   * Returns the rules that could not be decided because a fact is not recorded.
   *
   * @return the rules, possibly empty, not null
   */
  @JsonProperty("undecided")
  public abstract ImmutableList<BatchRule> undecided();

  /**
   * Returns the main strategy suggested.
   *
   * @return the first strategy, or empty if none is suggested
   */
  public Optional<Strategy> primary() {
    return strategies().stream().findFirst();
  }

  /**
   * Checks whether the suggestion is the taxonomy's fallback: no rule was met.
   *
   * @return true if no rule was met and a fallback strategy is suggested
   */
  public boolean isFallback() {
    return matched().isEmpty() && !strategies().isEmpty();
  }

  /**
   * Explains the suggestion in one line: the strategies, the rules met, and the rules that
   * could not be decided.
   *
   * @param language  the language, not null
   * @return the line, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains the suggestion in one line in a locale, as {@link #explain(Language)} does, with
   * the frames of Tuopin's message bundle ({@code batch.suggestion.*}).
   *
   * @param locale  the locale, not null
   * @return the line, not null
   */
  public String explain(Locale locale) {
    requireNonNull(locale, "locale");
    Text batches = strategies().isEmpty() ? Text.message("batch.suggestion.none")
        : Text.join(Text.message("list.names"), strategies().stream().map(Strategy::label).toList());
    Text because = !matched().isEmpty() ? Text.message("batch.suggestion.because", predicates(matched()))
        : !strategies().isEmpty() ? Text.message("batch.suggestion.otherwise") : Text.of("");
    Text undecided = undecided().isEmpty() ? Text.of("")
        : Text.message("batch.suggestion.undecided", predicates(undecided()));
    return Text.message("batch.suggestion", household(), batches, because, undecided).in(locale);
  }

  private static Text predicates(ImmutableList<BatchRule> rules) {
    return Text.join(Text.message("list.clauses"), rules.stream().map(r -> r.predicate().label()).toList());
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder.

  @JsonCreator
  private static BatchSuggestion ofJson(@JsonProperty("household") HouseholdId household,
      @JsonProperty("strategies") @Nullable List<Strategy> strategies,
      @JsonProperty("matched") @Nullable List<BatchRule> matched,
      @JsonProperty("undecided") @Nullable List<BatchRule> undecided) {
    return ImmutableBatchSuggestion.builder().household(household)
        .strategies(strategies == null ? List.of() : strategies)
        .matched(matched == null ? List.of() : matched)
        .undecided(undecided == null ? List.of() : undecided).build();
  }
}
