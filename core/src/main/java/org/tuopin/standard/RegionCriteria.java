package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.ConfidenceInterval;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.region.Zone;
import org.tuopin.village.CountyProfile;
import org.tuopin.village.CountySurvey;
import org.tuopin.village.Facility;
import org.tuopin.village.Village;
import org.tuopin.village.VillageProfile;

/**
 * Ready-made criteria for villages and counties: incidence by zone, village facilities and
 * incomes, and the county inspection's sampled rates.
 */
public final class RegionCriteria {

  /** The id of the incidence criterion. */
  public static final CriterionId INCIDENCE = CriterionId.of("incidence");
  /** The id of the village collective income criterion (村集体经济收入). */
  public static final CriterionId COLLECTIVE_INCOME = CriterionId.of("collective_income");
  /** The id of the village per-capita disposable income criterion (人均可支配收入). */
  public static final CriterionId DISPOSABLE_INCOME = CriterionId.of("disposable_income");
  /** The id of the wrong-exit rate criterion (错退率). */
  public static final CriterionId WRONG_EXIT_RATE = CriterionId.of("wrong_exit_rate");
  /** The id of the missed-poor rate criterion (漏评率). */
  public static final CriterionId MISSED_RATE = CriterionId.of("missed_rate");
  /** The id of the approval rate criterion (群众认可度). */
  public static final CriterionId APPROVAL_RATE = CriterionId.of("approval_rate");

  private static final Text INCIDENCE_LABEL = Text.message("criterion.incidence");

  private RegionCriteria() {
  }

  /**
   * Obtains the village incidence criterion: remaining poor ÷ rural population compared
   * with the threshold of the village's zone, exactly.
   *
   * @param comparison  how incidence is compared ({@code BELOW} for 低于), not null
   * @param thresholds  the threshold of every zone, not null
   * @return the criterion, with id {@code incidence}, not null
   * @throws IllegalArgumentException if a zone has no threshold
   */
  public static Criterion<VillageProfile> villageIncidence(Comparison comparison, Map<Zone, Ratio> thresholds) {
    ImmutableMap<Zone, Ratio> t = checkZones(thresholds);
    return rate(INCIDENCE, INCIDENCE_LABEL, comparison,
        v -> t.get(v.zone()), v -> zoneText(v.zone()), v -> v.stats().incidence(), v -> Optional.empty(),
        Text.message("finding.population_unknown"));
  }

  /**
   * Obtains the county incidence criterion, as for villages with the county's zone.
   *
   * @param comparison  how incidence is compared, not null
   * @param thresholds  the threshold of every zone, not null
   * @return the criterion, with id {@code incidence}, not null
   * @throws IllegalArgumentException if a zone has no threshold
   */
  public static Criterion<CountyProfile> countyIncidence(Comparison comparison, Map<Zone, Ratio> thresholds) {
    ImmutableMap<Zone, Ratio> t = checkZones(thresholds);
    return rate(INCIDENCE, INCIDENCE_LABEL, comparison,
        c -> t.get(c.zone()), c -> zoneText(c.zone()), c -> c.stats().incidence(), c -> Optional.empty(),
        Text.message("finding.population_unknown"));
  }

  /**
   * Obtains the wrong-exit rate criterion (错退率), from the county's sample survey, with the
   * Wilson 95% interval reported beside the point estimate.
   *
   * @param comparison  how the rate is compared ({@code AT_MOST} for ≤), not null
   * @param threshold  the threshold, not null
   * @return the criterion, not null
   */
  public static Criterion<CountyProfile> wrongExitRate(Comparison comparison, Ratio threshold) {
    return surveyRate(WRONG_EXIT_RATE, Text.message("criterion.wrong_exit_rate"), comparison, threshold,
        CountySurvey::wrongExitRate);
  }

  /**
   * Obtains the missed-poor rate criterion (漏评率), from the county's sample survey.
   *
   * @param comparison  how the rate is compared ({@code AT_MOST} for ≤), not null
   * @param threshold  the threshold, not null
   * @return the criterion, not null
   */
  public static Criterion<CountyProfile> missedRate(Comparison comparison, Ratio threshold) {
    return surveyRate(MISSED_RATE, Text.message("criterion.missed_rate"), comparison, threshold,
        CountySurvey::missedRate);
  }

  /**
   * Obtains the approval rate criterion (群众认可度), from the county's sample survey.
   *
   * @param comparison  how the rate is compared ({@code AT_LEAST} for ≥), not null
   * @param threshold  the threshold, not null
   * @return the criterion, not null
   */
  public static Criterion<CountyProfile> approvalRate(Comparison comparison, Ratio threshold) {
    return surveyRate(APPROVAL_RATE, Text.message("criterion.approval_rate"), comparison, threshold,
        CountySurvey::approvalRate);
  }

  /**
   * Obtains a criterion that a village has a facility (or has attained it); unknown when
   * not recorded or when the village is not on file.
   *
   * @param facility  the facility, not null
   * @return the criterion, with the facility's key as id, not null
   */
  public static Criterion<VillageProfile> villageFacility(Facility facility) {
    requireNonNull(facility, "facility");
    CriterionId id = CriterionId.of(facility.key());
    return new FunctionCriterion<VillageProfile>(id, facility.label(), v -> {
      Tristate state = v.village().map(village -> village.facility(facility)).orElse(Tristate.UNKNOWN);
      return Finding.of(id, facility.label(), new FindingValue.Fact(Tristate.MET), new FindingValue.Fact(state), state);
    }, facility.key(), facility);
  }

  /**
   * Obtains the village collective income criterion (村集体经济收入), compared exactly.
   *
   * @param comparison  how income is compared ({@code ABOVE} for 超过, {@code AT_LEAST} for 达到), not null
   * @param threshold  the threshold, not null
   * @return the criterion, with id {@code collective_income}, not null
   */
  public static Criterion<VillageProfile> villageCollectiveIncome(Comparison comparison, Yuan threshold) {
    return amount(COLLECTIVE_INCOME, Text.message("criterion.collective_income"), comparison, threshold,
        Village::collectiveIncome);
  }

  /**
   * Obtains the village per-capita disposable income criterion (人均可支配收入), compared exactly.
   *
   * @param comparison  how income is compared, not null
   * @param threshold  the threshold, not null
   * @return the criterion, with id {@code disposable_income}, not null
   */
  public static Criterion<VillageProfile> villageDisposableIncome(Comparison comparison, Yuan threshold) {
    return amount(DISPOSABLE_INCOME, Text.message("criterion.disposable_income"), comparison, threshold,
        Village::disposableIncome);
  }

  private static Criterion<VillageProfile> amount(CriterionId id, Text label, Comparison comparison, Yuan threshold,
      Function<Village, Optional<Yuan>> value) {
    requireNonNull(comparison, "comparison");
    requireNonNull(threshold, "threshold");
    FindingValue required = new FindingValue.Money(threshold);
    return new FunctionCriterion<VillageProfile>(id, label, v -> {
      Optional<Yuan> observed = v.village().flatMap(value);
      Tristate status = observed.map(o -> Tristate.of(comparison.test(o, threshold))).orElse(Tristate.UNKNOWN);
      return Finding.of(id, label, comparison, required, observed.<FindingValue>map(FindingValue.Money::new), status);
    }, id + " " + comparison.symbol() + " " + threshold);
  }

  private static Criterion<CountyProfile> surveyRate(CriterionId id, Text label, Comparison comparison,
      Ratio threshold, Function<CountySurvey, Ratio> rate) {
    requireNonNull(threshold, "threshold");
    return rate(id, label, comparison, c -> threshold, c -> Text.of(""),
        c -> c.survey().map(rate), c -> c.survey().map(rate).map(ConfidenceInterval::wilson95),
        Text.message("finding.no_survey"));
  }

  private static ImmutableMap<Zone, Ratio> checkZones(Map<Zone, Ratio> thresholds) {
    ImmutableMap<Zone, Ratio> t = ImmutableMap.copyOf(thresholds);
    for (Zone z : Zone.values()) {
      if (!t.containsKey(z)) {
        throw new IllegalArgumentException("incidence thresholds must cover every zone; missing " + z.key());
      }
    }
    return t;
  }

  private static Text zoneText(Zone zone) {
    return Text.message("finding.note", zone.label());
  }

  /** A rate compared exactly with a threshold; unknown when the rate cannot be computed. */
  private static <T> Criterion<T> rate(CriterionId id, Text label, Comparison comparison,
      Function<T, Ratio> threshold, Function<T, Text> qualifier, Function<T, Optional<Ratio>> observed,
      Function<T, Optional<ConfidenceInterval>> interval, Text unknown) {
    requireNonNull(comparison, "comparison");
    return new FunctionCriterion<T>(id, label, subject -> {
      Ratio limit = threshold.apply(subject);
      FindingValue required = new FindingValue.Rate(limit);
      Optional<Ratio> rate = observed.apply(subject);
      if (rate.isEmpty()) {
        return Finding.of(id, label, comparison, required, Optional.empty(), Tristate.UNKNOWN)
            .withNotes(qualifier.apply(subject), Text.message("finding.note", unknown));
      }
      Ratio r = rate.get();
      Optional<ConfidenceInterval> ci = interval.apply(subject);
      Text parts = ci.isPresent() ? Text.message("finding.note.rate_ci", r, ci.get().toPercentString())
          : Text.message("finding.note", r);
      return Finding.of(id, label, comparison, required, Optional.of(new FindingValue.Rate(r)),
          Tristate.of(comparison.test(r, limit))).withNotes(qualifier.apply(subject), parts);
    }, id + " " + comparison.symbol());
  }
}
