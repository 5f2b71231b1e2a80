package org.tuopin.table;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Tristate;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Household;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.HouseholdCriteria;
import org.tuopin.standard.StandardSet;

/**
 * A standard set's household criteria compiled for the columnar table: for each effective
 * income year, the line in fen with its comparison, the conditions as a bit mask, and any
 * criterion of one's own, which runs on a per-household view.
 *
 * <p>Assessing a {@link HouseholdTable} gives, for every household, the verdict and the
 * criteria not met (or unknown) that {@link StandardSet#assess(Household)} gives on the same
 * facts, in the same order; a household whose income year the set does not cover is
 * {@code NOT_COVERED}, and an incomplete one {@code INSUFFICIENT_DATA} with
 * {@code incomplete}. Under an observation rule a single year cannot satisfy it, as on the
 * object path: the {@code observation} criterion is then not met, or unknown when the year
 * itself is undecided.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CompiledStandard {

  /** Households per task when a table is assessed on all cores. */
  private static final int CHUNK = 1 << 16;

  private final StandardSet standard;
  private final int firstYear;
  private final Year[] years;
  /** The ids of the unmet bits, in report order: the criteria, observation, incomplete. */
  private final ImmutableList<CriterionId> ids;
  private final int observationBit;
  private final int incompleteBit;
  private final boolean custom;
  /**
   * For every value a table's year column can hold (a {@code short}, as its 16 bits unsigned),
   * the year's line in fen (bits 0-47) and the conditions it requires (bits 48-63) packed in
   * one long; a year the set does not cover requires {@link #NOT_COVERED}. Indexed by the year
   * itself, the compiled loop needs no subtraction and no bounds test: 512 KB, of which the loop
   * touches the few years present.
   */
  private final long[] byYearValue = new long[1 << 16];
  private static final long LINE = (1L << 48) - 1;
  private static final int REQUIRED_SHIFT = 48;
  /**
   * The conditions "required" by a year the set does not cover: two bits no condition uses,
   * which a household's known bits never have, so that they always read as unknown and make
   * the state's unknown field 2.
   */
  private static final int NOT_COVERED = 0xC000;
  /**
   * For a set whose every year has an income criterion with one comparison that bounds the
   * income from one side: the income criterion fails when {@code ((diff ^ flip) - offset) < 0},
   * where diff is income − line × size. Null for other sets, whose loop takes {@link #intervals}.
   */
  private final long[] signTest;
  /**
   * For other sets, by year value, the interval of (income − line × size) that passes, as its
   * lower end and its width, both offset by {@code Long.MIN_VALUE} so that one signed comparison
   * tests it; null when {@link #signTest} serves.
   */
  private final long[] intervals;
  /**
   * The verdict code of each state: complete (bit 0), any criterion not met (bit 1), and
   * whether any is unknown (bits 2-3: 0 none, 1 some, 2 the year is not covered).
   */
  private final byte[] verdictTable = new byte[16];
  /** The verdict codes as they are, for the loop on views, which stores verdicts, not states. */
  private static final byte[] IDENTITY = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

  static {
    // the state's arithmetic needs bits 14 and 15 of the conditions free for NOT_COVERED
    checkState(Columns.CONDITIONS.size() <= 14, "the table compiles at most 14 conditions");
  }

  private CompiledStandard(StandardSet standard) {
    this.standard = standard;
    this.firstYear = standard.effectiveYears().first();
    int count = standard.effectiveYears().last() - firstYear + 1;
    List<CriterionId> order = new ArrayList<>();
    List<List<Criterion<Household>>> byYear = new ArrayList<>();
    for (int y = 0; y < count; y++) {
      List<Criterion<Household>> criteria = standard.householdCriteria(firstYear + y);
      byYear.add(criteria);
      int at = 0;
      for (Criterion<Household> c : criteria) {
        int found = order.indexOf(c.id());
        if (found < 0) {
          order.add(at, c.id());
          found = at;
        }
        at = found + 1;
      }
    }
    observationBit = standard.observationRule().isPresent() ? order.size() : -1;
    if (observationBit >= 0) {
      order.add(CriterionId.OBSERVATION);
    }
    incompleteBit = order.size();
    order.add(CriterionId.INCOMPLETE);
    if (order.size() > 31) {
      throw new IllegalArgumentException("standard set " + standard.id() + " has more household criteria than the"
          + " table compiles (30): " + order.size());
    }
    ids = ImmutableList.copyOf(order);
    years = new Year[count];
    boolean anyCustom = false;
    for (int y = 0; y < count; y++) {
      years[y] = new Year(firstYear + y, byYear.get(y), ids);
      anyCustom |= !years[y].custom.isEmpty();
    }
    custom = anyCustom;
    Arrays.fill(byYearValue, (long) NOT_COVERED << REQUIRED_SHIFT);
    long[] sign = signTest(years);
    signTest = sign;
    intervals = sign == null ? new long[2 << 16] : null;
    for (int y = 0; y < count; y++) {
      Year year = years[y];
      if (year.lineFen < 0 || year.lineFen > LINE) {
        throw new IllegalArgumentException("standard set " + standard.id() + " has a line the table cannot compile: "
            + year.lineFen + " fen");
      }
      int value = (firstYear + y) & 0xFFFF;
      byYearValue[value] = year.lineFen | (long) year.conditionMask << REQUIRED_SHIFT;
      if (intervals != null) {
        long low = Long.MIN_VALUE;
        long high = Long.MAX_VALUE;
        if (year.incomeBit >= 0) {
          Comparison c = year.comparison;
          low = c.test(-1) ? Long.MIN_VALUE : c.test(0) ? 0 : 1;
          high = c.test(1) ? Long.MAX_VALUE : c.test(0) ? 0 : -1;
        }
        intervals[2 * value] = low ^ Long.MIN_VALUE;
        intervals[2 * value + 1] = (high - low) ^ Long.MIN_VALUE;
      }
    }
    for (int k = 0; k < 16; k++) {
      byte verdict;
      if ((k & 1) == 0) {
        verdict = TableAssessment.INSUFFICIENT;
      } else if (k >>> 2 >= 2) {
        verdict = TableAssessment.NOT_COVERED;
      } else if ((k & 2) != 0) {
        verdict = TableAssessment.NOT_ELIGIBLE;
      } else if (k >>> 2 == 1) {
        verdict = TableAssessment.INSUFFICIENT;
      } else {
        verdict = observationBit >= 0 ? TableAssessment.NOT_ELIGIBLE : TableAssessment.ELIGIBLE;
      }
      verdictTable[k] = verdict;
    }
  }

  /**
   * Returns {flip, offset} when every year has an income criterion with the same comparison,
   * bounding the income from one side, else null: then the income criterion fails when
   * {@code ((diff ^ flip) - offset) < 0}, diff being income − line × size. At least fails when
   * diff &lt; 0; above when diff − 1 &lt; 0; at most when −diff = (~diff) + 1 &lt; 0; below
   * when ~diff &lt; 0.
   */
  private static long[] signTest(Year[] years) {
    Comparison c = years[0].comparison;
    for (Year year : years) {
      if (year.incomeBit < 0 || year.comparison != c) {
        return null;
      }
    }
    boolean below = c.test(-1);
    boolean equal = c.test(0);
    if (below == c.test(1)) {
      return null;
    }
    return below ? new long[] {-1, equal ? -1 : 0} : new long[] {0, equal ? 0 : 1};
  }

  /**
   * Compiles a standard set.
   *
   * @param standard  the standard set, not null
   * @return the compiled set, not null
   */
  public static CompiledStandard of(StandardSet standard) {
    return new CompiledStandard(requireNonNull(standard, "standard"));
  }

  /**
   * Returns the standard set compiled.
   *
   * @return the set, not null
   */
  public StandardSet standard() {
    return standard;
  }

  /**
   * Checks whether the set has criteria of its own, which run on a per-household view (the
   * slower path) rather than on the columns.
   *
   * @return true if some criterion is not compiled
   */
  public boolean hasCustomCriteria() {
    return custom;
  }

  ImmutableList<CriterionId> ids() {
    return ids;
  }

  /**
   * Returns the line in fen of the year at an index of the set's years, or -1 if the year has
   * no income criterion.
   */
  long lineFen(int yearIndex) {
    return years[yearIndex].incomeBit < 0 ? -1 : years[yearIndex].lineFen;
  }

  int firstYear() {
    return firstYear;
  }

  int yearCount() {
    return years.length;
  }

  /**
   * Assesses every household of a table, on all cores.
   *
   * @param table  the table, not null
   * @return the assessment of every household, not null
   */
  public TableAssessment assess(HouseholdTable table) {
    requireNonNull(table, "table");
    byte[] verdicts = new byte[table.n];
    int[] unmet = custom ? new int[table.n] : null;
    int chunks = (table.n + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks).parallel().forEach(k -> {
      int from = k * CHUNK;
      int to = Math.min(table.n, (k + 1) * CHUNK);
      if (custom) {
        assessWithViews(table, from, to, verdicts, unmet);
      } else {
        assess(table, from, to, verdicts);
      }
    });
    return new TableAssessment(this, table, verdicts, custom ? IDENTITY : verdictTable, unmet);
  }

  /**
   * Assesses the households of a range: the loop the table's speed rests on, without
   * allocation, the year's line and required conditions looked up by the year itself. It stores
   * each household's state in four bits ({@link #state}), which {@link TableAssessment} turns
   * into a verdict through {@link #verdictTable} when asked. The criteria a household does not
   * meet are not stored: {@link #unmetIds(HouseholdTable, int)} works them out again from the
   * same row (criteria of the set's own take {@link #assessWithViews}).
   */
  void assess(HouseholdTable t, int from, int to, byte[] states) {
    final long[] data = byYearValue;
    final byte[] complete = t.complete;
    final short[] year = t.year;
    final long[] net = t.net;
    final int[] size = t.size;
    final int[] conditions = t.conditions;
    if (signTest != null) {
      // one comparison bounding the income from one side in every year: a sign test, the
      // income criterion's part of the state a few instructions
      final long flip = signTest[0];
      final long offset = signTest[1];
      for (int i = from; i < to; i++) {
        long d = data[year[i] & 0xFFFF];
        int fails = (int) ((((net[i] - (d & LINE) * size[i]) ^ flip) - offset) >>> 63);
        states[i] = state(complete[i], (int) (d >>> REQUIRED_SHIFT), conditions[i], fails);
      }
    } else {
      final long[] interval = intervals;
      for (int i = from; i < to; i++) {
        int value = year[i] & 0xFFFF;
        long d = data[value];
        int fails = net[i] - (d & LINE) * size[i] - interval[2 * value] > interval[2 * value + 1] ? 1 : 0;
        states[i] = state(complete[i], (int) (d >>> REQUIRED_SHIFT), conditions[i], fails);
      }
    }
  }

  /**
   * A household's state: complete (bit 0), any criterion not met (bit 1), and whether any is
   * unknown (bits 2-3: 0 none, 1 some, 2 the year is not covered), from the year's required
   * conditions, the household's condition bits (known in bits 0-15, met in 16-31) and whether
   * the income criterion fails. A non-zero count of up to 15 bits is told by adding 0x7FFF and
   * taking bit 15, with no branch; the not-covered bits, 14 and 15, give 2.
   */
  private static byte state(byte complete, int required, int bits, int fails) {
    int notMet = required & bits & ~(bits >>> 16);
    int unknown = required & ~bits;
    return (byte) (complete | ((notMet + 0x7FFF) >>> 15 | fails) << 1 | ((unknown + 0x7FFF) >>> 15) << 2);
  }

  /** The index of a year offset from the first among the set's years: the count when not covered. */
  private static int yearIndex(int y, int count) {
    return Integer.compareUnsigned(y, count) < 0 ? y : count;
  }

  /**
   * Returns the criteria a household of a table does not meet or that are unknown, in the
   * set's order, worked out again from its row by its year's compiled criteria: the raw
   * condition bits, then the income, observation and incomplete flags, translated into the
   * set's order.
   */
  ImmutableList<CriterionId> unmetIds(HouseholdTable t, int i) {
    int criteria = 0;
    if (t.complete[i] == 0) {
      criteria = 1 << incompleteBit;
    } else {
      int y = yearIndex(t.year[i] - firstYear, years.length);
      if (y < years.length) {
        Year year = years[y];
        int bits = t.conditions[i];
        int conditionsUnmet = year.conditionMask & ~(bits & bits >>> 16);
        for (int c = 0; c < 16; c++) {
          criteria |= (conditionsUnmet & (1 << c)) != 0 ? year.conditionBit[c] : 0;
        }
        criteria |= year.incomeFails(t.net[i], t.size[i]) ? 1 << year.incomeBit : 0;
        criteria |= observationBit >= 0 ? 1 << observationBit : 0;
      }
    }
    return idsOf(criteria);
  }

  /** Returns the criteria of a mask in the set's order (bit k: the k-th id). */
  ImmutableList<CriterionId> idsOf(int criteria) {
    ImmutableList.Builder<CriterionId> b = ImmutableList.builder();
    while (criteria != 0) {
      b.add(ids.get(Integer.numberOfTrailingZeros(criteria)));
      criteria &= criteria - 1;
    }
    return b.build();
  }

  /** Assesses the households of a range when the set has criteria of its own, run on views. */
  private void assessWithViews(HouseholdTable t, int from, int to, byte[] verdicts, int[] unmet) {
    int incomplete = 1 << incompleteBit;
    int observation = observationBit < 0 ? 0 : 1 << observationBit;
    for (int i = from; i < to; i++) {
      if (t.complete[i] == 0) {
        verdicts[i] = TableAssessment.INSUFFICIENT;
        unmet[i] = incomplete;
        continue;
      }
      int y = t.year[i] - firstYear;
      if (y < 0 || y >= years.length) {
        verdicts[i] = TableAssessment.NOT_COVERED;
        unmet[i] = 0;
        continue;
      }
      Year year = years[y];
      int notMet = 0;
      int unknown = 0;
      if (year.incomeFails(t.net[i], t.size[i])) {
        notMet = 1 << year.incomeBit;
      }
      int bits = t.conditions[i];
      int req = year.conditionMask;
      int unknownConditions = req & ~bits;
      int notMetConditions = req & bits & ~(bits >>> 16);
      while (unknownConditions != 0) {
        int c = Integer.numberOfTrailingZeros(unknownConditions);
        unknown |= year.conditionBit[c];
        unknownConditions &= unknownConditions - 1;
      }
      while (notMetConditions != 0) {
        int c = Integer.numberOfTrailingZeros(notMetConditions);
        notMet |= year.conditionBit[c];
        notMetConditions &= notMetConditions - 1;
      }
      if (!year.custom.isEmpty()) {
        Household view = t.household(i).orElseThrow();
        for (int k = 0; k < year.custom.size(); k++) {
          Tristate s = year.custom.get(k).test(view).status();
          if (s == Tristate.NOT_MET) {
            notMet |= year.customBit[k];
          } else if (s == Tristate.UNKNOWN) {
            unknown |= year.customBit[k];
          }
        }
      }
      byte verdict = notMet != 0 ? TableAssessment.NOT_ELIGIBLE
          : unknown != 0 ? TableAssessment.INSUFFICIENT : TableAssessment.ELIGIBLE;
      int mask = notMet | unknown;
      if (observation != 0) {
        mask |= observation;
        if (verdict == TableAssessment.ELIGIBLE) {
          verdict = TableAssessment.NOT_ELIGIBLE;
        }
      }
      verdicts[i] = verdict;
      unmet[i] = mask;
    }
  }

  @Override
  public String toString() {
    return "CompiledStandard{" + standard.id() + ", " + ids + (custom ? ", with criteria of its own" : "") + "}";
  }

  /** The compiled criteria of one income year. */
  private static final class Year {
    int incomeBit = -1;
    long lineFen;
    Comparison comparison = Comparison.AT_LEAST;
    int conditionMask;
    final int[] conditionBit = new int[16];
    final List<Criterion<Household>> custom = new ArrayList<>();
    final int[] customBit;

    Year(int year, List<Criterion<Household>> criteria, List<CriterionId> ids) {
      List<Integer> bits = new ArrayList<>();
      for (Criterion<Household> c : criteria) {
        int bit = ids.indexOf(c.id());
        Optional<HouseholdCriteria.IncomeTest> income = HouseholdCriteria.incomeTestOf(c);
        Optional<Condition> condition = HouseholdCriteria.conditionOf(c);
        int index = condition.map(Columns.CONDITIONS::indexOf).orElse(-1);
        if (income.isPresent() && incomeBit < 0) {
          incomeBit = bit;
          comparison = income.get().comparison();
          lineFen = income.get().line().amount(year).fen();
        } else if (index >= 0 && (conditionMask & (1 << index)) == 0) {
          conditionMask |= 1 << index;
          conditionBit[index] = 1 << bit;
        } else {
          custom.add(c);
          bits.add(1 << bit);
        }
      }
      customBit = bits.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Whether the year's income criterion, if it has one, fails for a net income and size. */
    boolean incomeFails(long net, int size) {
      return incomeBit >= 0 && !comparison.test(Long.compare(net, lineFen * size));
    }
  }
}
