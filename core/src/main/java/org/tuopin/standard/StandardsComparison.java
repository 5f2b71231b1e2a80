package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * The same households assessed under several standard sets side by side: the verdict counts
 * of each set and the households whose verdict differs.
 *
 * <p>A household whose income year a set does not cover is {@link Verdict#NOT_COVERED} by
 * that set, not an error: comparing the national line with a local standard of one year is
 * a normal use. Households differ when the sets that cover them give different verdicts.
 * A columnar table is compared without building households by
 * {@link org.tuopin.table.HouseholdTable#compare(List)}, which gives the same verdicts and counts.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class StandardsComparison {

  private final ImmutableList<StandardSetId> standards;
  private final ImmutableMap<HouseholdId, ImmutableMap<StandardSetId, Assessment<HouseholdId>>> rows;
  private final ImmutableMap<HouseholdId, HouseholdSummary> summaries;

  private StandardsComparison(ImmutableList<StandardSetId> standards,
      ImmutableMap<HouseholdId, ImmutableMap<StandardSetId, Assessment<HouseholdId>>> rows,
      ImmutableMap<HouseholdId, HouseholdSummary> summaries) {
    this.standards = standards;
    this.rows = rows;
    this.summaries = summaries;
  }

  /**
   * Assesses households under several sets.
   *
   * @param sets  the standard sets, at least one, distinct, not null
   * @param households  the households, not null
   * @return the comparison, not null
   */
  public static StandardsComparison of(List<StandardSet> sets, List<Household> households) {
    Builder b = builder(sets);
    for (Household h : households) {
      b.add(h);
    }
    return b.build();
  }

  /**
   * Returns a builder, to add households one by one or with assessments made elsewhere
   * (such as a roster's incomplete households).
   *
   * @param sets  the standard sets, at least one, distinct, not null
   * @return the builder, not null
   * @throws IllegalArgumentException if no set is given or one is given twice
   */
  public static Builder builder(List<StandardSet> sets) {
    return new Builder(sets);
  }

  /**
   * Returns the ids of the sets compared, in the order given.
   *
   * @return the ids, not null
   */
  public ImmutableList<StandardSetId> standards() {
    return standards;
  }

  /**
   * Returns the households compared, in the order added.
   *
   * @return the ids, not null
   */
  public ImmutableList<HouseholdId> households() {
    return rows.keySet().asList();
  }

  /**
   * Returns what a report needs of a household compared: its village, size and per-capita
   * net income, whether or not any set covers it.
   *
   * @param household  the household, not null
   * @return the summary, not null
   * @throws IllegalArgumentException if the household is not in the comparison
   */
  public HouseholdSummary household(HouseholdId household) {
    HouseholdSummary summary = summaries.get(household);
    if (summary == null) {
      throw new IllegalArgumentException("the comparison has no " + household);
    }
    return summary;
  }

  /**
   * Returns a household's assessment under a set.
   *
   * @param household  the household, not null
   * @param standard  the set, not null
   * @return the assessment, {@link Verdict#NOT_COVERED} if the set does not cover the
   *     household's income year, not null
   * @throws IllegalArgumentException if the household or the set is not in the comparison
   */
  public Assessment<HouseholdId> assessment(HouseholdId household, StandardSetId standard) {
    ImmutableMap<StandardSetId, Assessment<HouseholdId>> row = rows.get(household);
    if (row == null || !row.containsKey(standard)) {
      throw new IllegalArgumentException("the comparison has no " + household + " under " + standard);
    }
    return row.get(standard);
  }

  /**
   * Returns a household's verdict under every set, in the sets' order.
   *
   * @param household  the household, not null
   * @return the verdict under each set, {@link Verdict#NOT_COVERED} where the set does not
   *     cover it, not null
   */
  public ImmutableMap<StandardSetId, Verdict> verdicts(HouseholdId household) {
    return standards.stream().collect(ImmutableMap.toImmutableMap(s -> s,
        s -> assessment(household, s).verdict()));
  }

  /**
   * Checks whether the sets covering a household give it different verdicts.
   *
   * @param household  the household, not null
   * @return true if at least two covering sets disagree
   */
  public boolean differs(HouseholdId household) {
    return verdicts(household).values().stream().filter(v -> v != Verdict.NOT_COVERED).distinct().count() > 1;
  }

  /**
   * Returns the households whose verdict differs between the sets covering them.
   *
   * @return the ids, in order, not null
   */
  public ImmutableList<HouseholdId> differing() {
    return rows.keySet().stream().filter(this::differs).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many households each verdict counts under a set.
   *
   * @param standard  the set, not null
   * @return the count of every verdict, {@link Verdict#NOT_COVERED} and zeros included, not null
   */
  public ImmutableMap<Verdict, Long> counts(StandardSetId standard) {
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    for (Verdict v : Verdict.values()) {
      counts.put(v, 0L);
    }
    for (HouseholdId h : rows.keySet()) {
      counts.merge(assessment(h, standard).verdict(), 1L, Long::sum);
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Returns how many households a set does not cover (income year outside its years).
   *
   * @param standard  the set, not null
   * @return the count
   */
  public long notCovered(StandardSetId standard) {
    return counts(standard).get(Verdict.NOT_COVERED);
  }

  @Override
  public String toString() {
    return standards.stream().map(s -> s + " " + counts(s))
        .collect(Collectors.joining("; ", "StandardsComparison{", "; differing " + differing().size() + "}"));
  }

  /**
   * Collects the rows of a comparison.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private final ImmutableList<StandardSet> sets;
    private final Map<HouseholdId, ImmutableMap<StandardSetId, Assessment<HouseholdId>>> rows =
        new LinkedHashMap<>();
    private final Map<HouseholdId, HouseholdSummary> summaries = new LinkedHashMap<>();

    Builder(List<StandardSet> sets) {
      this.sets = ImmutableList.copyOf(sets);
      if (this.sets.isEmpty()) {
        throw new IllegalArgumentException("a comparison needs at least one standard set");
      }
      if (this.sets.stream().map(StandardSet::id).distinct().count() != this.sets.size()) {
        throw new IllegalArgumentException("a comparison lists a standard set twice: "
            + this.sets.stream().map(s -> s.id().toString()).collect(Collectors.joining(", ")));
      }
    }

    /**
     * Assesses a household under every set; a set not covering its income year gives it
     * {@link Verdict#NOT_COVERED}.
     *
     * @param household  the household, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the household was added already
     */
    public Builder add(Household household) {
      ImmutableMap.Builder<StandardSetId, Assessment<HouseholdId>> row = ImmutableMap.builder();
      for (StandardSet s : sets) {
        row.put(s.id(), s.assess(household));
      }
      return put(household.id(), HouseholdSummary.of(household), row.build());
    }

    /**
     * Adds a household assessed elsewhere, with the same assessment under every set, such
     * as a roster's incomplete household.
     *
     * @param household  the household, not null
     * @param summary  what a report needs of the household, not null
     * @param assessmentFor  the household's assessment for a given set id, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if the household was added already
     */
    public Builder add(HouseholdId household, HouseholdSummary summary,
        java.util.function.Function<StandardSetId, Assessment<HouseholdId>> assessmentFor) {
      ImmutableMap.Builder<StandardSetId, Assessment<HouseholdId>> row = ImmutableMap.builder();
      for (StandardSet s : sets) {
        row.put(s.id(), requireNonNull(assessmentFor.apply(s.id()), "assessment"));
      }
      return put(household, requireNonNull(summary, "summary"), row.build());
    }

    private Builder put(HouseholdId id, HouseholdSummary summary,
        ImmutableMap<StandardSetId, Assessment<HouseholdId>> row) {
      if (rows.putIfAbsent(id, row) != null) {
        throw new IllegalArgumentException("household " + id + " is in the comparison twice");
      }
      summaries.put(id, summary);
      return this;
    }

    /**
     * Builds the comparison.
     *
     * @return the comparison, not null
     */
    public StandardsComparison build() {
      return new StandardsComparison(sets.stream().map(StandardSet::id).collect(ImmutableList.toImmutableList()),
          ImmutableMap.copyOf(rows), ImmutableMap.copyOf(summaries));
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof StandardsComparison && ((StandardsComparison) obj).standards.equals(standards)
        && ((StandardsComparison) obj).rows.equals(rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(standards, rows);
  }

  // JSON binding (see JsonBinding): {"standards": [ids], "households": [{"household", "summary",
  // "assessments": [one per standard, in order]}]}.

  /** One household's row, as JSON. */
  private record RowJson(@JsonProperty("household") HouseholdId household,
      @JsonProperty("summary") HouseholdSummary summary,
      @JsonProperty("assessments") List<Assessment<HouseholdId>> assessments) {
  }

  @JsonProperty("standards")
  private List<StandardSetId> standardsJson() {
    return standards;
  }

  @JsonProperty("households")
  private List<RowJson> householdsJson() {
    return rows.entrySet().stream().map(e -> new RowJson(e.getKey(), summaries.get(e.getKey()),
        e.getValue().values().asList())).toList();
  }

  @JsonCreator
  private static StandardsComparison ofJson(@JsonProperty("standards") List<StandardSetId> standards,
      @JsonProperty("households") @Nullable List<RowJson> households) {
    Map<HouseholdId, ImmutableMap<StandardSetId, Assessment<HouseholdId>>> rows = new LinkedHashMap<>();
    Map<HouseholdId, HouseholdSummary> summaries = new LinkedHashMap<>();
    for (RowJson r : households == null ? List.<RowJson>of() : households) {
      ImmutableMap<StandardSetId, Assessment<HouseholdId>> row = r.assessments().stream()
          .collect(ImmutableMap.toImmutableMap(Assessment::standard, a -> a));
      if (!row.keySet().asList().equals(standards)) {
        throw new IllegalArgumentException("household " + r.household() + " is assessed by " + row.keySet()
            + ", not by the comparison's standards " + standards);
      }
      if (rows.putIfAbsent(r.household(), row) != null) {
        throw new IllegalArgumentException("household " + r.household() + " is in the comparison twice");
      }
      summaries.put(r.household(), requireNonNull(r.summary(), "summary"));
    }
    return new StandardsComparison(ImmutableList.copyOf(standards), ImmutableMap.copyOf(rows),
        ImmutableMap.copyOf(summaries));
  }
}
