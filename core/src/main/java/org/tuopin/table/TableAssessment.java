package org.tuopin.table;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.tuopin.basics.Yuan;
import org.tuopin.io.IncompleteHousehold;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;
import org.tuopin.rollup.RollUp;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.HouseholdSummary;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.Verdict;

/**
 * The assessment of every household of a {@link HouseholdTable} under one standard set, held
 * as columns: a verdict per household; the criteria not met (or unknown) are worked out again
 * from the household's row when asked for, or, when criteria of the set's own ran, kept as a
 * bit mask per household.
 *
 * <p>A household whose income year the set does not cover has no verdict
 * ({@link #verdict(int)} is empty: {@code NOT_COVERED} in reports). The full
 * {@link Assessment}, with findings, is made on demand by {@link #assessment(int)}.
 * {@link #usedHouseholdViews()} says whether criteria of the set's own ran on per-household
 * views, the slower path.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TableAssessment {

  static final byte ELIGIBLE = 0;
  static final byte NOT_ELIGIBLE = 1;
  static final byte INSUFFICIENT = 2;
  static final byte NOT_COVERED = 3;
  /** The verdict of each code, {@code NOT_COVERED} included. */
  static final Verdict[] VERDICT_OF_CODE = {Verdict.EXIT_ELIGIBLE, Verdict.NOT_ELIGIBLE, Verdict.INSUFFICIENT_DATA,
      Verdict.NOT_COVERED};

  private final CompiledStandard compiled;
  private final HouseholdTable table;
  /** Each household's state as the assessment stored it, a verdict code through {@link #verdictOf}. */
  private final byte[] states;
  /** The verdict code of each state. */
  private final byte[] verdictOf;
  /** The criteria not met, by household, in the set's order; null when worked out on demand. */
  private final int[] unmet;

  TableAssessment(CompiledStandard compiled, HouseholdTable table, byte[] states, byte[] verdictOf, int[] unmet) {
    this.compiled = compiled;
    this.table = table;
    this.states = states;
    this.verdictOf = verdictOf;
    this.unmet = unmet;
  }

  /** The number of households of each verdict code. */
  long[] countsByCode() {
    long[] byState = new long[16];
    for (byte state : states) {
      byState[state]++;
    }
    long[] c = new long[4];
    for (int state = 0; state < 16; state++) {
      c[verdictOf[state]] += byState[state];
    }
    return c;
  }

  /** The verdict code of a household: ELIGIBLE, NOT_ELIGIBLE, INSUFFICIENT or NOT_COVERED. */
  byte code(int i) {
    return verdictOf[states[i]];
  }

  /**
   * Returns the standard set applied.
   *
   * @return the set, not null
   */
  public StandardSet standard() {
    return compiled.standard();
  }

  /**
   * Returns the table assessed.
   *
   * @return the table, not null
   */
  public HouseholdTable table() {
    return table;
  }

  /**
   * Checks whether criteria of the set's own ran on per-household views (the slower path)
   * rather than on the columns.
   *
   * @return true if the slower path ran
   */
  public boolean usedHouseholdViews() {
    return compiled.hasCustomCriteria();
  }

  /**
   * Returns a household's verdict.
   *
   * @param i  the household's index, from 0
   * @return the verdict, or empty ({@code NOT_COVERED}) if the set does not cover its income year
   */
  public Optional<Verdict> verdict(int i) {
    byte v = code(i);
    return v == NOT_COVERED ? Optional.empty() : Optional.of(VERDICT_OF_CODE[v]);
  }

  /**
   * Checks whether a household is eligible to exit.
   *
   * @param i  the household's index, from 0
   * @return true if its verdict is {@code EXIT_ELIGIBLE}
   */
  public boolean isEligible(int i) {
    return code(i) == ELIGIBLE;
  }

  /**
   * Returns the criteria a household does not meet or that are unknown, in the set's order:
   * the {@code unmet} column of the households report.
   *
   * @param i  the household's index, from 0
   * @return the criterion ids, not null
   */
  public ImmutableList<CriterionId> unmet(int i) {
    return unmet == null ? compiled.unmetIds(table, i) : compiled.idsOf(unmet[i]);
  }

  /**
   * Returns the income line applied to a household: the line of its income year, when the
   * set has an income criterion for that year.
   *
   * @param i  the household's index, from 0
   * @return the line, or empty for an incomplete or not covered household or a year without one
   */
  public Optional<Yuan> line(int i) {
    if (code(i) == NOT_COVERED || !table.isComplete(i)) {
      return Optional.empty();
    }
    long fen = compiled.lineFen(table.incomeYear(i) - compiled.firstYear());
    return fen < 0 ? Optional.empty() : Optional.of(Yuan.ofFen(fen));
  }

  /**
   * Returns the number of households of each verdict.
   *
   * @return the counts, every verdict present, not null
   */
  public Map<Verdict, Long> counts() {
    long[] c = countsByCode();
    Map<Verdict, Long> map = new EnumMap<>(Verdict.class);
    for (int v = 0; v < NOT_COVERED; v++) {
      map.put(VERDICT_OF_CODE[v], c[v]);
    }
    return map;
  }

  /**
   * Returns the number of households whose income year the set does not cover.
   *
   * @return the number {@code NOT_COVERED}
   */
  public long notCovered() {
    return countsByCode()[NOT_COVERED];
  }

  /**
   * Returns what a report needs of a household, as its {@link #assessment(int)}'s summary
   * gives it: its village, size and per-capita net income (and exit status), made from the
   * columns.
   *
   * @param i  the household's index, from 0
   * @return the summary, not null
   */
  public HouseholdSummary household(int i) {
    return table.summary(i);
  }

  /**
   * Returns a household's full assessment, with its findings and summary, made on demand on
   * the household's view by the object path ({@link StandardSet#assess(org.tuopin.registry.Household)}),
   * or for an incomplete household as {@link org.tuopin.io.RosterImport#assess} makes it.
   * The criteria the table compiles read no member, so a table without person columns gives
   * the same assessments; criteria of the set's own need them.
   *
   * @param i  the household's index, from 0
   * @return the assessment ({@code NOT_COVERED} if the set does not cover the household's
   *     income year), not empty
   */
  public Optional<Assessment<HouseholdId>> assessment(int i) {
    if (!table.isComplete(i)) {
      IncompleteHousehold h = table.incompleteHousehold(i).orElseThrow();
      return Optional.of(h.assessment(standard().id())
          .withHousehold(HouseholdSummary.ofIncomplete(table.village(i), table.householdSize(i))));
    }
    return Optional.of(standard().assess(
        (compiled.hasCustomCriteria() ? table.household(i) : table.factsView(i)).orElseThrow()));
  }

  /**
   * Adds every household to a roll-up, village by village, as
   * {@link RollUp.Builder#household(Assessment)} adds their assessments: eligible when the
   * verdict is {@code EXIT_ELIGIBLE}; an incomplete household counts its rows and leaves the
   * recorded exits unknown, and one without a village is skipped.
   *
   * @param rollUp  the roll-up builder, not null
   * @return the builder, not null
   */
  public RollUp.Builder addTo(RollUp.Builder rollUp) {
    int v = table.villages.length;
    long[][] totals = new long[v][7];
    for (int i = 0; i < table.n; i++) {
      int village = table.village[i];
      if (village < 0) {
        continue;
      }
      long[] t = totals[village];
      int people = table.size[i];
      t[0]++;
      t[1] += people;
      if (code(i) == ELIGIBLE) {
        t[2]++;
        t[3] += people;
      }
      if (table.complete[i] == 0) {
        t[6]++;
      } else if (table.exitStatus[i] != 0
          && !org.tuopin.registry.ExitStatus.values()[table.exitStatus[i] - 1].isPoor()) {
        t[4]++;
        t[5] += people;
      }
    }
    for (int k = 0; k < v; k++) {
      if (totals[k][0] > 0) {
        RegionCode code = table.villages[k];
        rollUp.householdTotals(code, totals[k]);
      }
    }
    return rollUp;
  }

  @Override
  public String toString() {
    return "TableAssessment{" + standard().id() + ", " + table.size() + " households, " + counts()
        + ", not covered " + notCovered() + "}";
  }
}
