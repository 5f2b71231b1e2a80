package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * The assessment of one subject under one standard set: a verdict and one finding per
 * criterion, readable in Chinese and English.
 *
 * <p>The verdict is derived from the findings: {@link Verdict#EXIT_ELIGIBLE} when all are
 * met, {@link Verdict#NOT_ELIGIBLE} when any is not met, otherwise
 * {@link Verdict#INSUFFICIENT_DATA}. {@link #toString()} prints the Chinese explanation.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K>  the type identifying the subject, such as {@code HouseholdId}
 */
@JsonBinding
public final class Assessment<K> {

  private final K subject;
  private final StandardSetId standard;
  private final OptionalInt year;
  private final ImmutableList<Finding> findings;
  private final Optional<HouseholdSummary> household;
  private final Verdict verdict;

  private Assessment(K subject, StandardSetId standard, OptionalInt year, ImmutableList<Finding> findings,
      Optional<HouseholdSummary> household) {
    this.subject = subject;
    this.standard = standard;
    this.year = year;
    this.findings = findings;
    this.household = household;
    this.verdict = findings.isEmpty() ? Verdict.NOT_COVERED
        : Verdict.of(findings.stream().map(Finding::status).reduce(Tristate.MET, Tristate::and));
  }

  /**
   * Obtains an assessment from its findings.
   *
   * @param <K>  the type identifying the subject
   * @param subject  the subject's identifier, not null
   * @param standard  the standard set applied, not null
   * @param year  the year assessed (for a household, its income year), or empty
   * @param findings  one finding per criterion, at least one, not null
   * @return the assessment, not null
   * @throws IllegalArgumentException if there is no finding
   */
  public static <K> Assessment<K> of(K subject, StandardSetId standard, OptionalInt year, List<Finding> findings) {
    requireNonNull(subject, "subject");
    requireNonNull(standard, "standard");
    requireNonNull(year, "year");
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("an assessment of " + subject + " needs at least one finding");
    }
    return new Assessment<>(subject, standard, year, ImmutableList.copyOf(findings), Optional.empty());
  }

  /**
   * Returns a copy of this assessment that keeps what a report needs of the household
   * assessed.
   *
   * @param summary  the household's summary, not null
   * @return the assessment, not null
   */
  public Assessment<K> withHousehold(HouseholdSummary summary) {
    return new Assessment<>(subject, standard, year, findings, Optional.of(requireNonNull(summary, "summary")));
  }

  /**
   * Obtains the assessment of a subject whose record is incomplete: some of its input was
   * rejected, so it is not assessed on the rest. The verdict is
   * {@link Verdict#INSUFFICIENT_DATA} with the one criterion {@link CriterionId#INCOMPLETE}.
   *
   * @param <K>  the type identifying the subject
   * @param subject  the subject's identifier, not null
   * @param standard  the standard set that would have applied, not null
   * @param reason  why the record is incomplete, not null
   * @return the assessment, not null
   */
  public static <K> Assessment<K> incomplete(K subject, StandardSetId standard, Text reason) {
    Finding finding = Finding.of(CriterionId.INCOMPLETE, Text.message("criterion.incomplete"),
        Text.message("finding.every_row_accepted"), reason, Tristate.UNKNOWN);
    return of(subject, standard, OptionalInt.empty(), ImmutableList.of(finding));
  }

  /**
   * Obtains the assessment of a subject in a year the standard set does not cover: the
   * verdict is {@link Verdict#NOT_COVERED}, with no finding.
   *
   * @param <K>  the type identifying the subject
   * @param subject  the subject's identifier, not null
   * @param standard  the standard set whose years do not include the year, not null
   * @param year  the year not covered (for a household, its income year)
   * @return the assessment, not null
   */
  public static <K> Assessment<K> notCovered(K subject, StandardSetId standard, int year) {
    requireNonNull(subject, "subject");
    requireNonNull(standard, "standard");
    return new Assessment<>(subject, standard, OptionalInt.of(year), ImmutableList.of(), Optional.empty());
  }

  /**
   * Returns the subject's identifier.
   *
   * @return the subject, not null
   */
  @JsonProperty("subject")
  public K subject() {
    return subject;
  }

  /**
   * Returns the id of the standard set applied.
   *
   * @return the standard set id, not null
   */
  @JsonProperty("standard")
  public StandardSetId standard() {
    return standard;
  }

  /**
   * Returns the year assessed: for a household, the year its income was earned.
   *
   * @return the year, if the assessment concerns one
   */
  public OptionalInt year() {
    return year;
  }

  /**
   * Returns what a report needs of the household assessed: its village, size and per-capita
   * net income. Present in every household assessment made by a {@link StandardSet} or a
   * roster import.
   *
   * @return the summary, or empty if the subject is not a household or none was kept
   */
  public Optional<HouseholdSummary> household() {
    return household;
  }

  /**
   * Finds the finding of a criterion.
   *
   * @param criterion  the criterion's id, not null
   * @return the finding, or empty if the criterion was not applied
   */
  public Optional<Finding> finding(CriterionId criterion) {
    requireNonNull(criterion, "criterion");
    return findings.stream().filter(f -> f.criterion().equals(criterion)).findFirst();
  }

  /**
   * Returns the verdict.
   *
   * @return the verdict, not null
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Returns the findings, one per criterion, in the standard's order.
   *
   * @return the findings, empty only when the verdict is {@link Verdict#NOT_COVERED}, not null
   */
  @JsonProperty("findings")
  public ImmutableList<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings that are not met or unknown: what stands between the subject and
   * exit, or what is missing to decide.
   *
   * @return the findings not met, in order, not null
   */
  public ImmutableList<Finding> unmet() {
    return findings.stream().filter(f -> !f.isMet()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Explains the assessment: a heading with the subject, the verdict, the standard and
   * the year, then one line per finding.
   *
   * @param language  the language, not null
   * @return the explanation, lines separated by {@code \n}, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains the assessment in a locale, with the sentence frames of the
   * {@code org/tuopin/basics/messages} bundle: a third language is a file (English where it
   * has none).
   *
   * @param locale  the locale, not null
   * @return the explanation, lines separated by {@code \n}, not null
   */
  public String explain(Locale locale) {
    String heading = Text.message("assessment.heading", subject, verdict.label(), standard,
        year.isPresent() ? Text.message("assessment.year", year.getAsInt()) : Text.of("")).in(locale);
    return heading + findings.stream().map(f -> "\n  " + f.explain(locale)).collect(Collectors.joining());
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Assessment)) {
      return false;
    }
    Assessment<?> other = (Assessment<?>) obj;
    return subject.equals(other.subject) && standard.equals(other.standard) && year.equals(other.year)
        && findings.equals(other.findings) && household.equals(other.household);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, standard, year, findings, household);
  }

  /**
   * Returns the explanation in Chinese.
   *
   * @return the explanation, not null
   */
  @Override
  public String toString() {
    return explain(Language.ZH);
  }

  // JSON binding (see JsonBinding): the verdict is derived from the findings, so not written.

  @JsonProperty("year")
  private @Nullable Integer yearJson() {
    return year.isPresent() ? year.getAsInt() : null;
  }

  @JsonProperty("household")
  private @Nullable HouseholdSummary householdJson() {
    return household.orElse(null);
  }

  @JsonCreator
  private static <K> Assessment<K> ofJson(
      @JsonProperty("subject") K subject,
      @JsonProperty("standard") StandardSetId standard,
      @JsonProperty("year") @Nullable Integer year,
      @JsonProperty("findings") List<Finding> findings,
      @JsonProperty("household") @Nullable HouseholdSummary household) {
    Assessment<K> assessment = of(subject, standard, year == null ? OptionalInt.empty() : OptionalInt.of(year), findings);
    return household == null ? assessment : assessment.withHousehold(household);
  }
}
