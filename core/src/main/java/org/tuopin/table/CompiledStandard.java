package org.tuopin.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
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
   * By year index (the last entry for years not covered), packed in one long: the line in fen
   * (bits 0-39), the signs of (income − line × size) that pass (bits 40-42: −, 0, +) and the
   * conditions required (bits 44-59).
   */
  private final long[] yearData;
  private static final long LINE = (1L << 40) - 1;
  private static final int PASS_SHIFT = 40;
  private static final int REQUIRED_SHIFT = 44;
  /** Bits of a compiled unmet mask beyond the 16 conditions. */
  private static final int RAW_INCOME_SHIFT = 16;
  private static final int RAW_OBSERVATION = 1 << 17;
  private static final int RAW_INCOMPLETE = 1 << 18;

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
    yearData = new long[count + 1];
    for (int y = 0; y <= count; y++) {
      long pass = 0b111;
      long line = 0;
      long required = 0;
      if (y < count && years[y].incomeBit >= 0) {
        pass = 0;
        for (int sign = -1; sign <= 1; sign++) {
          pass |= years[y].comparison.test(sign) ? 1 << (sign + 1) : 0;
        }
        line = years[y].lineFen;
        if (line < 0 || line > LINE) {
          throw new IllegalArgumentException("standard set " + standard.id() + " has a line the table cannot compile: "
              + line + " fen");
        }
      }
      if (y < count) {
        required = years[y].conditionMask;
      }
      yearData[y] = line | pass << PASS_SHIFT | required << REQUIRED_SHIFT;
    }
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
    int[] unmet = new int[table.n];
    int chunks = (table.n + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks).parallel()
        .forEach(k -> assess(table, k * CHUNK, Math.min(table.n, (k + 1) * CHUNK), verdicts, unmet));
    return new TableAssessment(this, table, verdicts, unmet);
  }

  /**
   * Assesses the households of a range: the loop the table's speed rests on, branch-free and
   * without allocation, the year's line, comparison and condition masks looked up in small
   * arrays (criteria of the set's own take {@link #assessWithViews}).
   */
  void assess(HouseholdTable t, int from, int to, byte[] verdicts, int[] unmet) {
    if (custom) {
      assessWithViews(t, from, to, verdicts, unmet);
      return;
    }
    final int count = years.length;
    final int first = firstYear;
    final long[] data = yearData;
    final int observation = observationBit < 0 ? 0 : RAW_OBSERVATION;
    final int observed = observationBit < 0 ? 0 : 1;
    final byte[] complete = t.complete;
    final short[] year = t.year;
    final long[] net = t.net;
    final int[] size = t.size;
    final int[] conditions = t.conditions;
    for (int i = from; i < to; i++) {
      int y = year[i] - first;
      int yi = Integer.compareUnsigned(y, count) < 0 ? y : count;
      long d = data[yi];
      long diff = net[i] - (d & LINE) * size[i];
      int sign = (int) (diff >> 63) | (int) (-diff >>> 63);
      int fails = (((int) (d >>> PASS_SHIFT) >>> (sign + 1)) & 1) ^ 1;
      int bits = conditions[i];
      int req = (int) (d >>> REQUIRED_SHIFT);
      int unknown = req & ~bits;
      int notMet = req & bits & ~(bits >>> 16);
      // verdict codes: ELIGIBLE 0, NOT_ELIGIBLE 1, INSUFFICIENT 2, NOT_COVERED 3, computed without branches
      int anyNotMet = ((notMet | -notMet) >>> 31) | fails;
      int anyUnknown = (unknown | -unknown) >>> 31;
      int verdict = anyNotMet | ((anyUnknown & ~anyNotMet) << 1);
      verdict |= observed & (((verdict | -verdict) >>> 31) ^ 1);
      int covered = (yi - count) >>> 31;
      verdict |= (covered ^ 1) * TableAssessment.NOT_COVERED;
      int mask = (notMet | unknown | (fails << RAW_INCOME_SHIFT) | observation) & -covered;
      int whole = complete[i];
      verdicts[i] = (byte) ((verdict & -whole) | (TableAssessment.INSUFFICIENT & (whole - 1)));
      unmet[i] = (mask & -whole) | (RAW_INCOMPLETE & (whole - 1));
    }
  }

  /**
   * Returns the criteria of a household's unmet mask, in the set's order. The compiled loop
   * keeps the mask in the conditions' bit order (conditions, then income, observation and
   * incomplete flags), translated here by the household's year; the loop on views keeps it in
   * the criteria's order.
   */
  ImmutableList<CriterionId> unmetIds(int mask, int incomeYear) {
    int criteria = mask;
    if (!custom) {
      criteria = 0;
      if ((mask & RAW_INCOMPLETE) != 0) {
        criteria = 1 << incompleteBit;
      } else {
        Year y = years[incomeYear - firstYear];
        for (int c = 0; c < 16; c++) {
          criteria |= (mask & (1 << c)) != 0 ? y.conditionBit[c] : 0;
        }
        criteria |= (mask & (1 << RAW_INCOME_SHIFT)) != 0 ? 1 << y.incomeBit : 0;
        criteria |= (mask & RAW_OBSERVATION) != 0 ? 1 << observationBit : 0;
      }
    }
    ImmutableList.Builder<CriterionId> b = ImmutableList.builder();
    while (criteria != 0) {
      b.add(ids.get(Integer.numberOfTrailingZeros(criteria)));
      criteria &= criteria - 1;
    }
    return b.build();
  }

  /** Assesses the households of a range when the set has criteria of its own, run on views. */
  void assessWithViews(HouseholdTable t, int from, int to, byte[] verdicts, int[] unmet) {
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
      if (year.incomeBit >= 0
          && !year.comparison.test(Long.compare(t.net[i], year.lineFen * t.size[i]))) {
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
  }
}
