package org.tuopin.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingValue;
import org.tuopin.standard.HouseholdSummary;
import org.tuopin.standard.Verdict;

/**
 * One row of the households report: a household's figures and its assessment.
 *
 * <p>The figures are the row's own; the assessment behind them, whose findings and
 * explanation JSON carries, is either held ({@link #of(Assessment)}, the object path) or made
 * when asked for ({@link #HouseholdReportRow(HouseholdId, Optional, int, OptionalInt, Optional,
 * Optional, Verdict, List, Supplier)}, a table's rows, whose CSV and text need no assessment).
 * Two rows are equal when their figures and their assessments are.
 *
 * <p>This class is immutable and thread-safe if its supplier is.
 */
public final class HouseholdReportRow implements ReportRow {

  private final HouseholdId id;
  private final Optional<RegionCode> village;
  private final int size;
  private final OptionalInt incomeYear;
  private final Optional<Yuan> perCapita;
  private final Optional<Yuan> line;
  private final Verdict verdict;
  private final ImmutableList<String> unmet;
  private final Supplier<Assessment<HouseholdId>> assessment;

  /**
   * Creates a row that holds its assessment.
   *
   * @param id  the household id
   * @param village  the village code, if known
   * @param size  the household size (for an incomplete household, its rows in the file)
   * @param incomeYear  the income year assessed, if known
   * @param perCapita  per-capita net income, if the household is complete
   * @param line  the income line of the household's income year, as the income finding requires it
   * @param verdict  the verdict
   * @param unmet  the ids of the criteria not met or unknown, in order
   * @param assessment  the assessment
   */
  public HouseholdReportRow(HouseholdId id, Optional<RegionCode> village, int size, OptionalInt incomeYear,
      Optional<Yuan> perCapita, Optional<Yuan> line, Verdict verdict, List<String> unmet,
      Assessment<HouseholdId> assessment) {
    this(id, village, size, incomeYear, perCapita, line, verdict, unmet, held(assessment));
  }

  /**
   * Creates a row whose assessment is made when asked for: by JSON, by {@link #assessment()},
   * by {@link #equals(Object)}. The supplier must give the assessment these figures come from.
   *
   * @param id  the household id
   * @param village  the village code, if known
   * @param size  the household size (for an incomplete household, its rows in the file)
   * @param incomeYear  the income year assessed, if known
   * @param perCapita  per-capita net income, if the household is complete
   * @param line  the income line of the household's income year, as the income finding requires it
   * @param verdict  the verdict
   * @param unmet  the ids of the criteria not met or unknown, in order
   * @param assessment  makes the assessment, each time it is asked
   */
  public HouseholdReportRow(HouseholdId id, Optional<RegionCode> village, int size, OptionalInt incomeYear,
      Optional<Yuan> perCapita, Optional<Yuan> line, Verdict verdict, List<String> unmet,
      Supplier<Assessment<HouseholdId>> assessment) {
    this.id = requireNonNull(id, "id");
    this.village = requireNonNull(village, "village");
    this.size = size;
    this.incomeYear = requireNonNull(incomeYear, "incomeYear");
    this.perCapita = requireNonNull(perCapita, "perCapita");
    this.line = requireNonNull(line, "line");
    this.verdict = requireNonNull(verdict, "verdict");
    this.unmet = ImmutableList.copyOf(unmet);
    this.assessment = requireNonNull(assessment, "assessment");
  }

  private static Supplier<Assessment<HouseholdId>> held(Assessment<HouseholdId> a) {
    requireNonNull(a, "assessment");
    return () -> a;
  }

  /**
   * The row of an assessment that carries its household summary.
   *
   * @param a  the assessment
   * @return the row
   * @throws java.util.NoSuchElementException if the assessment has no household summary
   */
  public static HouseholdReportRow of(Assessment<HouseholdId> a) {
    HouseholdSummary h = a.household().orElseThrow();
    Optional<Yuan> line = a.finding(CriterionId.INCOME).map(Finding::threshold)
        .flatMap(t -> t instanceof FindingValue.Money m ? Optional.of(m.amount()) : Optional.empty());
    return new HouseholdReportRow(a.subject(), h.village(), h.size(), a.year(), h.perCapitaNetIncome(), line,
        a.verdict(), unmetIds(a), a);
  }

  /**
   * The ids of an assessment's criteria not met or unknown, in order.
   *
   * @param a  the assessment
   * @return the ids
   */
  public static ImmutableList<String> unmetIds(Assessment<?> a) {
    return a.unmet().stream().map(Finding::criterion).map(Object::toString)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The household id.
   *
   * @return the id
   */
  public HouseholdId id() {
    return id;
  }

  /**
   * The village code, if known.
   *
   * @return the village
   */
  public Optional<RegionCode> village() {
    return village;
  }

  /**
   * The household size (for an incomplete household, its rows in the file).
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * The income year assessed, if known.
   *
   * @return the year
   */
  public OptionalInt incomeYear() {
    return incomeYear;
  }

  /**
   * Per-capita net income, if the household is complete.
   *
   * @return the income
   */
  public Optional<Yuan> perCapita() {
    return perCapita;
  }

  /**
   * The income line of the household's income year, as the income finding requires it.
   *
   * @return the line
   */
  public Optional<Yuan> line() {
    return line;
  }

  /**
   * The verdict.
   *
   * @return the verdict
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * The ids of the criteria not met or unknown, in order.
   *
   * @return the ids
   */
  public List<String> unmet() {
    return unmet;
  }

  /**
   * The assessment, made now if the row does not hold it.
   *
   * @return the assessment
   */
  public Assessment<HouseholdId> assessment() {
    return assessment.get();
  }

  @Override
  public List<@Nullable Object> cells() {
    return Arrays.asList(id.toString(), village.map(Object::toString).orElse(null), size,
        incomeYear.isPresent() ? incomeYear.getAsInt() : null, perCapita.orElse(null), line.orElse(null), verdict,
        unmet);
  }

  @Override
  public Optional<Assessment<?>> assessed() {
    return Optional.of(assessment());
  }

  @Override
  public Optional<Verdict> assessedVerdict() {
    return Optional.of(verdict);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj == this || obj instanceof HouseholdReportRow r && id.equals(r.id) && village.equals(r.village)
        && size == r.size && incomeYear.equals(r.incomeYear) && perCapita.equals(r.perCapita) && line.equals(r.line)
        && verdict == r.verdict && unmet.equals(r.unmet) && assessment().equals(r.assessment());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, village, size, incomeYear, perCapita, line, verdict, unmet, assessment());
  }

  @Override
  public String toString() {
    return "HouseholdReportRow[id=" + id + ", village=" + village + ", size=" + size + ", incomeYear=" + incomeYear
        + ", perCapita=" + perCapita + ", line=" + line + ", verdict=" + verdict + ", unmet=" + unmet + "]";
  }
}
