package org.tuopin.assist.contact;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Language;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.region.RegionCode;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * Contact compliance summed over the pairs of a region: pairs compliant of pairs checked,
 * and months met of months judged.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class ComplianceSummary implements WithComplianceSummary {

  ComplianceSummary() {
  }

  /**
   * Returns the region summed over.
   *
   * @return the region, or empty for all pairs
   */
  public abstract Optional<RegionCode> region();

  /**
   * Returns the number of pairs checked.
   *
   * @return the number, not negative
   */
  @JsonProperty("pairs")
  public abstract long pairs();

  /**
   * Returns the number of pairs that missed no judged month.
   *
   * @return the number, not negative
   */
  @JsonProperty("compliantPairs")
  public abstract long compliantPairs();

  /**
   * Returns the pair-months judged: met or missed.
   *
   * @return the number, not negative
   */
  @JsonProperty("monthsJudged")
  public abstract long monthsJudged();

  /**
   * Returns the pair-months met.
   *
   * @return the number, not negative
   */
  @JsonProperty("monthsMet")
  public abstract long monthsMet();

  /**
   * Returns the share of pairs compliant.
   *
   * @return compliant over checked, or empty when no pair was checked
   */
  public Optional<Ratio> pairRate() {
    return pairs() == 0 ? Optional.empty() : Optional.of(Ratio.of(compliantPairs(), pairs()));
  }

  /**
   * Returns the share of judged pair-months met.
   *
   * @return met over judged, or empty when no month was judged
   */
  public Optional<Ratio> monthRate() {
    return monthsJudged() == 0 ? Optional.empty() : Optional.of(Ratio.of(monthsMet(), monthsJudged()));
  }

  /**
   * Explains the summary in one line.
   *
   * @param language  the language, not null
   * @return the line, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains the summary in one line in a locale, with the frame {@code contact.summary} of
   * Tuopin's message bundle.
   *
   * @param locale  the locale, not null
   * @return the line, not null
   */
  public String explain(Locale locale) {
    requireNonNull(locale, "locale");
    String pairRate = pairRate().map(Ratio::toPercentString).orElse("—");
    String monthRate = monthRate().map(Ratio::toPercentString).orElse("—");
    return region().map(r -> r + " ").orElse("")
        + Text.message("contact.summary", compliantPairs(), pairs(), pairRate, monthsMet(), monthsJudged(), monthRate)
            .in(locale);
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("region")
  private @Nullable RegionCode regionJson() {
    return region().orElse(null);
  }

  @JsonCreator
  private static ComplianceSummary ofJson(
      @JsonProperty("region") @Nullable RegionCode region,
      @JsonProperty("pairs") long pairs,
      @JsonProperty("compliantPairs") long compliantPairs,
      @JsonProperty("monthsJudged") long monthsJudged,
      @JsonProperty("monthsMet") long monthsMet) {
    ImmutableComplianceSummary.Builder b = ImmutableComplianceSummary.builder();
    if (region != null) {
      b.region(region);
    }
    b.pairs(pairs);
    b.compliantPairs(compliantPairs);
    b.monthsJudged(monthsJudged);
    b.monthsMet(monthsMet);
    return b.build();
  }
}
