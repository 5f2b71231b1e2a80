package org.tuopin.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tuopin.standard.HouseholdSummary;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetId;
import org.tuopin.standard.StandardsComparison;
import org.tuopin.standard.Verdict;

/**
 * The households of a {@link HouseholdTable} assessed under several standard sets side by
 * side, held as one {@link TableAssessment} per set: the columnar counterpart of
 * {@link StandardsComparison}, with the same verdicts, differences and counts, made by one
 * pass over the columns per set and no households built.
 *
 * <p>A household whose income year a set does not cover is {@link Verdict#NOT_COVERED} by
 * that set; an incomplete household is {@code INSUFFICIENT_DATA} under every set, as
 * {@link org.tuopin.io.RosterImport#compare(List)} has it. Households differ when the sets
 * that cover them give different verdicts. {@link #toComparison()} makes the
 * {@code StandardsComparison} itself, with every assessment's findings, for a table small
 * enough to hold them.
 *
 * <pre>
 * TableComparison compared = table.compare(List.of(national, tongjiang));
 * long differing = compared.differingCount();
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableComparison {

  /** The number of sets up to which the verdicts of a household are shared maps. */
  private static final int SHARED_UP_TO = 6;

  private final HouseholdTable table;
  private final ImmutableList<TableAssessment> assessments;
  private final ImmutableList<StandardSetId> standards;
  /** The verdicts of each combination of verdict codes, in base 4, when few sets are compared. */
  private final ImmutableMap<StandardSetId, Verdict>[] shared;

  @SuppressWarnings("unchecked")
  private TableComparison(HouseholdTable table, ImmutableList<TableAssessment> assessments) {
    this.table = table;
    this.assessments = assessments;
    this.standards = assessments.stream().map(a -> a.standard().id()).collect(ImmutableList.toImmutableList());
    int k = assessments.size();
    this.shared = new ImmutableMap[k <= SHARED_UP_TO ? 1 << (2 * k) : 0];
    for (int key = 0; key < shared.length; key++) {
      ImmutableMap.Builder<StandardSetId, Verdict> m = ImmutableMap.builderWithExpectedSize(k);
      for (int s = 0; s < k; s++) {
        m.put(standards.get(s), TableAssessment.VERDICT_OF_CODE[(key >>> (2 * s)) & 3]);
      }
      shared[key] = m.build();
    }
  }

  /**
   * Assesses every household of a table under several sets.
   *
   * @param table  the table, not null
   * @param sets  the standard sets, at least one, distinct, not null
   * @return the comparison, not null
   * @throws IllegalArgumentException if no set is given or one is given twice
   */
  static TableComparison of(HouseholdTable table, List<StandardSet> sets) {
    requireNonNull(table, "table");
    ImmutableList<StandardSet> copy = ImmutableList.copyOf(sets);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a comparison needs at least one standard set");
    }
    if (copy.stream().map(StandardSet::id).distinct().count() != copy.size()) {
      throw new IllegalArgumentException("a comparison lists a standard set twice: "
          + copy.stream().map(s -> s.id().toString()).collect(Collectors.joining(", ")));
    }
    return new TableComparison(table,
        copy.stream().map(table::assess).collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the table compared.
   *
   * @return the table, not null
   */
  public HouseholdTable table() {
    return table;
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
   * Returns the assessment of every household under each set, in the sets' order.
   *
   * @return one assessment per set, not null
   */
  public ImmutableList<TableAssessment> assessments() {
    return assessments;
  }

  /**
   * Returns the assessment of every household under a set.
   *
   * @param standard  the set, not null
   * @return the assessment, not null
   * @throws IllegalArgumentException if the set is not in the comparison
   */
  public TableAssessment assessment(StandardSetId standard) {
    int s = standards.indexOf(requireNonNull(standard, "standard"));
    if (s < 0) {
      throw new IllegalArgumentException("the comparison has no " + standard);
    }
    return assessments.get(s);
  }

  /**
   * Returns what a report needs of a household, as {@link StandardsComparison#household}
   * gives it: its village, size and per-capita net income, and its exit status.
   *
   * @param i  the household's index, from 0
   * @return the summary, not null
   */
  public HouseholdSummary household(int i) {
    return table.summary(i);
  }

  /**
   * Returns a household's verdict under every set, in the sets' order.
   *
   * @param i  the household's index, from 0
   * @return the verdict under each set, {@link Verdict#NOT_COVERED} where the set does not
   *     cover it, not null
   */
  public ImmutableMap<StandardSetId, Verdict> verdicts(int i) {
    if (shared.length > 0) {
      int key = 0;
      for (int s = 0; s < assessments.size(); s++) {
        key |= assessments.get(s).code(i) << (2 * s);
      }
      return shared[key];
    }
    ImmutableMap.Builder<StandardSetId, Verdict> m = ImmutableMap.builderWithExpectedSize(standards.size());
    for (int s = 0; s < assessments.size(); s++) {
      m.put(standards.get(s), TableAssessment.VERDICT_OF_CODE[assessments.get(s).code(i)]);
    }
    return m.build();
  }

  /**
   * Checks whether the sets covering a household give it different verdicts.
   *
   * @param i  the household's index, from 0
   * @return true if at least two covering sets disagree
   */
  public boolean differs(int i) {
    int first = -1;
    for (TableAssessment a : assessments) {
      int code = a.code(i);
      if (code == TableAssessment.NOT_COVERED) {
        continue;
      }
      if (first < 0) {
        first = code;
      } else if (code != first) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the number of households whose verdict differs between the sets covering them.
   *
   * @return the number differing
   */
  public long differingCount() {
    long count = 0;
    for (int i = 0; i < table.n; i++) {
      if (differs(i)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Returns how many households each verdict counts under a set.
   *
   * @param standard  the set, not null
   * @return the count of every verdict, {@link Verdict#NOT_COVERED} and zeros included, not null
   * @throws IllegalArgumentException if the set is not in the comparison
   */
  public ImmutableMap<Verdict, Long> counts(StandardSetId standard) {
    long[] byCode = assessment(standard).countsByCode();
    Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    for (int code = 0; code < byCode.length; code++) {
      counts.put(TableAssessment.VERDICT_OF_CODE[code], byCode[code]);
    }
    return ImmutableMap.copyOf(counts);
  }

  /**
   * Returns how many households a set does not cover (income year outside its years).
   *
   * @param standard  the set, not null
   * @return the count
   * @throws IllegalArgumentException if the set is not in the comparison
   */
  public long notCovered(StandardSetId standard) {
    return assessment(standard).notCovered();
  }

  /**
   * Makes the {@link StandardsComparison} of the table, with every household's full
   * assessment under every set (made on demand as {@link TableAssessment#assessment(int)}
   * makes it): equal to {@link org.tuopin.io.RosterImport#compare(List)} on the same roster.
   * It holds every finding, so it is for tables of a county's size, not the nation's.
   *
   * @return the comparison, households in the table's order, not null
   * @throws IllegalStateException if the table holds no person columns and has complete households
   */
  public StandardsComparison toComparison() {
    StandardsComparison.Builder b = StandardsComparison.builder(
        assessments.stream().map(TableAssessment::standard).toList());
    Map<StandardSetId, TableAssessment> byId = new HashMap<>();
    assessments.forEach(a -> byId.put(a.standard().id(), a));
    for (int i = 0; i < table.n; i++) {
      int row = i;
      b.add(table.id(i), household(i), s -> byId.get(s).assessment(row).orElseThrow());
    }
    return b.build();
  }

  @Override
  public String toString() {
    return standards.stream().map(s -> s + " " + counts(s))
        .collect(Collectors.joining("; ", "TableComparison{", "; differing " + differingCount() + "}"));
  }
}
