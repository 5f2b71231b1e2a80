package org.tuopin.assist.contact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * Contact compliance over a period: one {@link PairCompliance} per pair, summed over all
 * pairs and per region, and the share of compliant pairs against seed 003's target
 * ({@link Coverages#MONTHLY_CONTACT}).
 *
 * <p>Made by {@link ContactRequirement#check(java.util.Collection, ContactLog, DateRange)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class ComplianceReport implements WithComplianceReport {

  ComplianceReport() {
  }

  /**
   * Returns the period checked.
   *
   * @return the period, not null
   */
  @JsonProperty("period")
  public abstract DateRange period();

  /**
   * Returns the requirement checked against.
   *
   * @return the requirement, not null
   */
  @JsonProperty("requirement")
  public abstract ContactRequirement requirement();

  /**
   * Returns one result per pair.
   *
   * @return the results, in household id order, not null
   */
  @JsonProperty("pairs")
  public abstract ImmutableList<PairCompliance> pairs();

  /**
   * Returns the visits within the period that count for no pair: made by a cadre other than
   * the household's helper, or to a household without one.
   *
   * @return the number, not negative
   */
  @JsonProperty("otherVisits")
  public abstract long otherVisits();

  /**
   * Returns the contacts by the pairs' helpers within the period that the household did not sign.
   *
   * @return the number, not negative
   */
  public long unsignedVisits() {
    return pairs().stream().mapToLong(PairCompliance::unsigned).sum();
  }

  /**
   * Returns the pairs that missed a judged month.
   *
   * @return the results, in household id order, not null
   */
  public ImmutableList<PairCompliance> nonCompliant() {
    return pairs().stream().filter(p -> !p.isCompliant()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the summary over all pairs.
   *
   * @return the summary, not null
   */
  public ComplianceSummary summary() {
    return summarize(Optional.empty(), pairs());
  }

  /**
   * Returns the summary over the pairs of a region.
   *
   * @param region  the region, at any level, not null
   * @return the summary, not null
   */
  public ComplianceSummary summary(RegionCode region) {
    requireNonNull(region, "region");
    return summarize(Optional.of(region), filter(p -> region.contains(p.pairing().village())));
  }

  /**
   * Returns the summary of every region of a level that holds a pair.
   *
   * @param level  the level, not null
   * @return the summaries by region code, in code order, not null
   */
  public ImmutableSortedMap<RegionCode, ComplianceSummary> byRegion(RegionLevel level) {
    requireNonNull(level, "level");
    Map<RegionCode, List<PairCompliance>> byRegion = pairs().stream()
        .collect(Collectors.groupingBy(p -> p.pairing().village().at(level), TreeMap::new, Collectors.toList()));
    ImmutableSortedMap.Builder<RegionCode, ComplianceSummary> summaries = ImmutableSortedMap.naturalOrder();
    byRegion.forEach((r, ps) -> summaries.put(r, summarize(Optional.of(r), ps)));
    return summaries.build();
  }

  /**
   * Returns the share of pairs compliant against the target of every pair
   * ({@link Coverages#MONTHLY_CONTACT}).
   *
   * @return the coverage, not null
   */
  public Coverage coverage() {
    ComplianceSummary all = summary();
    return Coverages.MONTHLY_CONTACT.measure(all.compliantPairs(), all.pairs());
  }

  private List<PairCompliance> filter(Predicate<PairCompliance> p) {
    return pairs().stream().filter(p).collect(Collectors.toList());
  }

  private static ComplianceSummary summarize(Optional<RegionCode> region, List<PairCompliance> pairs) {
    long compliant = 0;
    long judged = 0;
    long met = 0;
    for (PairCompliance p : pairs) {
      compliant += p.isCompliant() ? 1 : 0;
      judged += p.monthsJudged();
      met += p.monthsMet();
    }
    return ImmutableComplianceSummary.builder().region(region).pairs(pairs.size()).compliantPairs(compliant)
        .monthsJudged(judged).monthsMet(met).build();
  }

  /**
   * Explains the report: the requirement and period, the summary, the target, the unsigned
   * contacts and the visits that count for no pair.
   *
   * @param language  the language, not null
   * @return the lines, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains the report in a locale, as {@link #explain(Language)} does, with the frames of
   * Tuopin's message bundle ({@code contact.*}).
   *
   * @param locale  the locale, not null
   * @return the lines, not null
   */
  public String explain(Locale locale) {
    requireNonNull(locale, "locale");
    return Text.message("contact.report", requirement().describe(), period()).in(locale) + "\n"
        + summary().explain(locale) + "\n" + coverage().finding().explain(locale)
        + (unsignedVisits() == 0 ? "" : "\n" + Text.message("contact.report.unsigned", unsignedVisits()).in(locale))
        + (otherVisits() == 0 ? "" : "\n" + Text.message("contact.report.others", otherVisits()).in(locale));
  }

  @Override
  public String toString() {
    return "ComplianceReport{period=" + period() + ", pairs=" + pairs().size() + ", compliant="
        + summary().compliantPairs() + "}";
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static ComplianceReport ofJson(
      @JsonProperty("period") DateRange period,
      @JsonProperty("requirement") ContactRequirement requirement,
      @JsonProperty("pairs") @Nullable List<PairCompliance> pairs,
      @JsonProperty("otherVisits") long otherVisits) {
    ImmutableComplianceReport.Builder b = ImmutableComplianceReport.builder();
    b.period(period);
    b.requirement(requirement);
    if (pairs != null) {
      b.pairs(pairs);
    }
    b.otherVisits(otherVisits);
    return b.build();
  }
}
