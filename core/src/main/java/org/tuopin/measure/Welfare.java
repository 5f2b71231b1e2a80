package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.StandardSet;
import org.tuopin.table.HouseholdTable;

/**
 * A welfare column (福利变量) and what the measures need beside it: a weight per record, the
 * poverty line and the groups.
 *
 * <p>Each record is a person (or any unit) with a welfare value — income or consumption per
 * person, in yuan — and a non-negative weight (1 unless a survey weight is given). The line
 * is one figure for every record, or one per record (a standard's line for each household's
 * income year). A record is poor when its welfare is <b>strictly below</b> its line
 * ({@link Comparison#BELOW}, the default and the data contract's rule), or, as an option,
 * at or below it ({@link Comparison#AT_MOST}).
 *
 * <p>A record may also stand for several identical records: with <b>frequency weights</b>
 * ({@link #ofFrequencies}), its weight is the number of records it stands for, such as a
 * household standing for its members, and the measures' {@code n} counts the records stood
 * for, so that every figure is that of the records written out one by one.
 *
 * <p>Records may belong to named groups (a county, a zone, any attribute); the measures are
 * then also given by group. From a registry or roster, each person's welfare is their
 * household's per-capita net income, computed from exact fen as {@code net ÷ (100 × size)}
 * in one division, so that an income exactly at the line compares equal to it.
 *
 * <p>The factories {@code of} copy their arrays; {@link #wrap(double[], double[])} does not,
 * so that a columnar table can hand its columns over without copying; its caller must not
 * change them afterwards. This class is otherwise immutable and thread-safe.
 */
public final class Welfare {

  private final double[] values;
  private final double @Nullable [] weights;
  private final boolean frequencies;
  private final double line;
  private final double @Nullable [] lines;
  private final Comparison poorWhen;
  private final int @Nullable [] groups;
  private final ImmutableList<String> groupNames;

  private Welfare(double[] values, double @Nullable [] weights, boolean frequencies, double line,
      double @Nullable [] lines, Comparison poorWhen, int @Nullable [] groups, ImmutableList<String> groupNames) {
    this.values = values;
    this.weights = weights;
    this.frequencies = frequencies;
    this.line = line;
    this.lines = lines;
    this.poorWhen = poorWhen;
    this.groups = groups;
    this.groupNames = groupNames;
  }

  /**
   * Obtains a column of welfare values, each of weight 1, with no line yet.
   *
   * @param values  the welfare values, finite, not null; copied
   * @return the column, not null
   * @throws IllegalArgumentException if a value is not finite
   */
  public static Welfare of(double... values) {
    return wrap(values.clone(), null);
  }

  /**
   * Obtains a column of welfare values with their weights, with no line yet.
   *
   * @param values  the welfare values, finite, not null; copied
   * @param weights  the weights, finite and not negative, as many as values, not null; copied
   * @return the column, not null
   * @throws IllegalArgumentException if a value is not finite, a weight is negative or not
   *     finite, or the lengths differ
   */
  public static Welfare of(double[] values, double[] weights) {
    return wrap(values.clone(), weights.clone());
  }

  /**
   * Obtains a column of welfare values with frequency weights, with no line yet: each value
   * stands for as many identical records of weight 1 as its frequency (a household's
   * per-capita income for its members), and {@code n} counts the records stood for.
   *
   * @param values  the welfare values, finite, not null; copied
   * @param frequencies  the number of records each value stands for, not negative, as many as
   *     values, not null
   * @return the column, not null
   * @throws IllegalArgumentException if a value is not finite, a frequency is negative, or the
   *     lengths differ
   */
  public static Welfare ofFrequencies(double[] values, int[] frequencies) {
    requireNonNull(frequencies, "frequencies");
    double[] weights = new double[frequencies.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = frequencies[i];
    }
    return wrapFrequencies(values.clone(), weights);
  }

  /** A column whose weights, whole numbers, are frequencies; the arrays are not copied. */
  private static Welfare wrapFrequencies(double[] values, double[] weights) {
    Welfare w = wrap(values, weights);
    return new Welfare(w.values, w.weights, true, w.line, w.lines, w.poorWhen, w.groups, w.groupNames);
  }

  /**
   * Obtains a column over the given arrays <b>without copying them</b>, for columnar tables.
   * The caller must not change the arrays while the column is in use.
   *
   * @param values  the welfare values, finite, not null
   * @param weights  the weights, finite and not negative, as many as values, or null for weight 1
   * @return the column, not null
   * @throws IllegalArgumentException if a value is not finite, a weight is negative or not
   *     finite, or the lengths differ
   */
  public static Welfare wrap(double[] values, double @Nullable [] weights) {
    requireNonNull(values, "values");
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException("welfare value " + i + " is not a finite number: " + values[i]);
      }
    }
    if (weights != null) {
      if (weights.length != values.length) {
        throw new IllegalArgumentException(
            "weights must be as many as welfare values: " + weights.length + " weights, " + values.length + " values");
      }
      for (int i = 0; i < weights.length; i++) {
        if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
          throw new IllegalArgumentException("weight " + i + " must be a finite number of at least 0: " + weights[i]);
        }
      }
    }
    return new Welfare(values, weights, false, Double.NaN, null, Comparison.BELOW, null, ImmutableList.of());
  }

  /**
   * Obtains the people of some households: each person's welfare is their household's
   * per-capita net income, weight 1, and the line is the standard's line for the household's
   * income year. Each household gives as many records as it has members.
   *
   * @param households  the households, not null
   * @param standard  the standard set whose income line applies, not null
   * @param grouping  the group of each household, such as {@link #byRegion(RegionLevel)}, not null
   * @return the column, grouped unless the grouping is {@link #ungrouped()}, not null
   * @throws IllegalArgumentException if the standard has no income line or does not cover a
   *     household's income year (naming it)
   */
  public static Welfare ofHouseholds(Collection<Household> households, StandardSet standard,
      Function<? super Household, String> grouping) {
    requireNonNull(households, "households");
    requireNonNull(grouping, "grouping");
    IncomeLine incomeLine = incomeLineOf(standard);
    int people = households.stream().mapToInt(Household::size).sum();
    double[] values = new double[people];
    double[] lines = new double[people];
    List<String> labels = new ArrayList<>(people);
    int i = 0;
    for (Household h : households) {
      double y = perCapita(h.income().net().fen(), h.size());
      double z = toDouble(lineOf(incomeLine, standard, h.income().year(), h.id()));
      String group = grouping.apply(h);
      for (int m = 0; m < h.size(); m++, i++) {
        values[i] = y;
        lines[i] = z;
        labels.add(group);
      }
    }
    Welfare w = wrap(values, null).withLines(lines);
    return isUngrouped(grouping) ? w : w.withGroups(labels);
  }

  /**
   * Obtains the people of a columnar table ({@link HouseholdTable}) without building a
   * household: one record per complete household whose income year the standard covers, its
   * per-capita net income as welfare, with its size as frequency weight (so that every
   * person counts once, as in {@link #ofHouseholds}, and every measure and {@code n} give the
   * same figure), and the standard's line for its income year. Incomplete households and
   * households of income years the standard does not cover ({@code NOT_COVERED}) are left
   * out.
   *
   * @param table  the table, not null
   * @param standard  the standard set whose income line applies, not null
   * @param level  the region level to group by, such as {@code COUNTY}, or null for none
   * @return the column, grouped by the 12-digit code of each household's region at the level
   *     when one is given, not null
   * @throws IllegalArgumentException if the standard has no income line, or no line for an
   *     income year it covers (naming it)
   */
  public static Welfare ofTable(HouseholdTable table, StandardSet standard, @Nullable RegionLevel level) {
    return ofTable(table, standard, level == null ? null : villagesByRegion(level));
  }

  /**
   * Obtains the people of a columnar table, as {@link #ofTable(HouseholdTable, StandardSet,
   * RegionLevel)} does, grouped by a function of each household's village, such as
   * {@link #villagesByZone()}.
   *
   * @param table  the table, not null
   * @param standard  the standard set whose income line applies, not null
   * @param grouping  the group of a village, such as {@link #villagesByRegion(RegionLevel)}, not null
   * @return the column, grouped, groups numbered in the sorted order of their names, not null
   * @throws IllegalArgumentException if the standard has no income line, or no line for an
   *     income year it covers (naming it)
   */
  public static Welfare ofTableGrouped(HouseholdTable table, StandardSet standard,
      Function<? super RegionCode, String> grouping) {
    return ofTable(table, standard, requireNonNull(grouping, "grouping"));
  }

  private static Welfare ofTable(HouseholdTable table, StandardSet standard,
      @Nullable Function<? super RegionCode, String> grouping) {
    requireNonNull(table, "table");
    IncomeLine incomeLine = incomeLineOf(standard);
    YearRange years = standard.effectiveYears();
    // the covered households and their lines, the line looked up once for each run of a year
    int n = 0;
    int lastYear = Integer.MIN_VALUE;
    double z = Double.NaN;
    double firstLine = Double.NaN;
    boolean oneLine = true;
    for (int i = 0; i < table.size(); i++) {
      if (!isCovered(table, i, years)) {
        continue;
      }
      if (table.incomeYear(i) != lastYear) {
        lastYear = table.incomeYear(i);
        z = toDouble(lineOf(incomeLine, standard, table, i));
      }
      if (n == 0) {
        firstLine = z;
      } else if (z != firstLine) {
        oneLine = false;
      }
      n++;
    }
    double[] values = new double[n];
    double[] weights = new double[n];
    double[] lines = oneLine && n > 0 ? null : new double[n];
    lastYear = Integer.MIN_VALUE;
    for (int i = 0, k = 0; i < table.size(); i++) {
      if (!isCovered(table, i, years)) {
        continue;
      }
      if (table.incomeYear(i) != lastYear) {
        lastYear = table.incomeYear(i);
        z = toDouble(incomeLine.amount(lastYear));
      }
      int size = table.householdSize(i);
      values[k] = perCapita(table.netIncomeFen(i), size);
      weights[k] = size;
      if (lines != null) {
        lines[k] = z;
      }
      k++;
    }
    Welfare w = wrapFrequencies(values, weights);
    w = lines == null ? w.withLine(firstLine) : w.withLines(lines);
    if (grouping == null) {
      return w;
    }
    Groups g = Groups.ofVillages(table, i -> isCovered(table, i, years), n, grouping);
    return new Welfare(w.values, w.weights, true, w.line, w.lines, w.poorWhen, g.codes, g.names);
  }

  /**
   * Whether a row of a table is a complete household of an income year that the years cover:
   * the households the measures take from a table.
   */
  static boolean isCovered(HouseholdTable table, int i, YearRange years) {
    return table.isComplete(i) && years.contains(table.incomeYear(i));
  }

  /**
   * The standard's line for the income year of a table's household that it covers.
   *
   * @throws IllegalArgumentException if the standard has no line for the year, naming it
   */
  static Yuan lineOf(IncomeLine incomeLine, StandardSet standard, HouseholdTable table, int i) {
    return lineOf(incomeLine, standard, table.incomeYear(i), table.id(i));
  }

  /**
   * The standard's line for a household's income year.
   *
   * @throws IllegalArgumentException if the standard has no line for the year, naming it and
   *     the household
   */
  static Yuan lineOf(IncomeLine incomeLine, StandardSet standard, int year, HouseholdId household) {
    if (incomeLine.find(year).isEmpty()) {
      throw new IllegalArgumentException("standard set " + standard.id() + " has no line for income year " + year
          + " of household " + household + " (its years: " + incomeLine.years() + ")");
    }
    return incomeLine.amount(year);
  }

  /**
   * The standard's income line.
   *
   * @throws IllegalArgumentException if the standard has none
   */
  static IncomeLine incomeLineOf(StandardSet standard) {
    return requireNonNull(standard, "standard").incomeLine().orElseThrow(
        () -> new IllegalArgumentException("standard set " + standard.id() + " has no income line"));
  }

  /**
   * Groups households by the region containing their village at a level (county, township…).
   *
   * @param level  the level, not null
   * @return the grouping, giving the 12-digit code of the region, not null
   */
  public static Function<Household, String> byRegion(RegionLevel level) {
    return villagesByRegion(level).compose(Household::village);
  }

  /**
   * Groups households by the economic zone of their province (east, central, west).
   *
   * @return the grouping, giving the zone's name in lower case, not null
   */
  public static Function<Household, String> byZone() {
    return villagesByZone().compose(Household::village);
  }

  /**
   * Groups villages by the region containing them at a level (county, township…), for
   * {@link #ofTableGrouped}.
   *
   * @param level  the level, not null
   * @return the grouping, giving the 12-digit code of the region, not null
   */
  public static Function<RegionCode, String> villagesByRegion(RegionLevel level) {
    requireNonNull(level, "level");
    return v -> v.at(level).toString();
  }

  /**
   * Groups villages by the economic zone of their province (east, central, west), for
   * {@link #ofTableGrouped}.
   *
   * @return the grouping, giving the zone's name in lower case, not null
   */
  public static Function<RegionCode, String> villagesByZone() {
    return v -> v.zone().name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Leaves the records ungrouped: only the row {@code all} is computed.
   *
   * @return the grouping, not null
   */
  public static Function<Household, String> ungrouped() {
    return UNGROUPED;
  }

  private static final Function<Household, String> UNGROUPED = h -> MeasureTable.ALL;

  /** Whether a grouping is {@link #ungrouped()}, which leaves the records without groups. */
  static boolean isUngrouped(Function<? super Household, String> grouping) {
    return grouping == UNGROUPED;
  }

  /**
   * Returns a copy with one line for every record.
   *
   * @param z  the line, positive and finite
   * @return the column with the line, not null
   * @throws IllegalArgumentException if the line is not positive and finite
   */
  public Welfare withLine(double z) {
    checkLine(z, -1);
    return new Welfare(values, weights, frequencies, z, null, poorWhen, groups, groupNames);
  }

  /**
   * Returns a copy with one line for every record, given in yuan.
   *
   * @param z  the line, positive, not null
   * @return the column with the line, not null
   */
  public Welfare withLine(Yuan z) {
    return withLine(toDouble(z));
  }

  /**
   * Returns a copy with a line per record, such as the line of each household's income year.
   *
   * @param perRecord  the lines, positive and finite, as many as the records, not null; not copied
   * @return the column with the lines, not null
   * @throws IllegalArgumentException if a line is not positive or the lengths differ
   */
  public Welfare withLines(double[] perRecord) {
    requireNonNull(perRecord, "perRecord");
    if (perRecord.length != values.length) {
      throw new IllegalArgumentException("lines must be as many as records: " + perRecord.length + ", " + values.length);
    }
    for (int i = 0; i < perRecord.length; i++) {
      checkLine(perRecord[i], i);
    }
    return new Welfare(values, weights, frequencies, Double.NaN, perRecord, poorWhen, groups, groupNames);
  }

  /**
   * Returns a copy in which poor means welfare at or below the line rather than strictly
   * below it.
   *
   * @param comparison  {@link Comparison#BELOW} (strictly below, the default) or
   *     {@link Comparison#AT_MOST} (at or below), not null
   * @return the column, not null
   * @throws IllegalArgumentException for any other comparison
   */
  public Welfare withPoorWhen(Comparison comparison) {
    requireNonNull(comparison, "comparison");
    if (comparison != Comparison.BELOW && comparison != Comparison.AT_MOST) {
      throw new IllegalArgumentException("poor is welfare BELOW or AT_MOST the line, not " + comparison);
    }
    return new Welfare(values, weights, frequencies, line, lines, comparison, groups, groupNames);
  }

  /**
   * Returns a copy with each record's group given by its label; groups are numbered in the
   * sorted order of their labels.
   *
   * @param labels  the group of each record, as many as the records, not null
   * @return the grouped column, not null
   * @throws IllegalArgumentException if the lengths differ
   */
  public Welfare withGroups(List<String> labels) {
    Groups g = Groups.encode(labels, values.length);
    return new Welfare(values, weights, frequencies, line, lines, poorWhen, g.codes, g.names);
  }

  /**
   * Returns a copy with each record's group given by a code into a list of names, without
   * copying the codes (for columnar tables with dictionary-encoded columns).
   *
   * @param codes  the group code of each record, from 0 to the number of names − 1, not null; not copied
   * @param names  the names of the groups, distinct, not null
   * @return the grouped column, not null
   * @throws IllegalArgumentException if a code is out of range or the lengths differ
   */
  public Welfare withGroups(int[] codes, List<String> names) {
    requireNonNull(codes, "codes");
    ImmutableList<String> n = ImmutableList.copyOf(names);
    if (codes.length != values.length) {
      throw new IllegalArgumentException("group codes must be as many as records: " + codes.length + ", "
          + values.length);
    }
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] < 0 || codes[i] >= n.size()) {
        throw new IllegalArgumentException("group code of record " + i + " must be from 0 to " + (n.size() - 1)
            + ": " + codes[i]);
      }
    }
    return new Welfare(values, weights, frequencies, line, lines, poorWhen, codes, n);
  }

  /**
   * Returns the number of records (each standing for as many as its weight under frequency
   * weights).
   *
   * @return the number, not negative
   */
  public int size() {
    return values.length;
  }

  /**
   * Returns a record's welfare.
   *
   * @param i  the record, from 0
   * @return the welfare value
   */
  public double value(int i) {
    return values[i];
  }

  /**
   * Returns a record's weight.
   *
   * @param i  the record, from 0
   * @return the weight, 1 unless weights were given
   */
  public double weight(int i) {
    return weights == null ? 1 : weights[i];
  }

  /**
   * Returns whether the weights are frequencies: each record stands for as many records of
   * weight 1 as its weight, and {@code n} counts them ({@link #ofFrequencies}).
   *
   * @return true for frequency weights
   */
  public boolean isFrequencyWeighted() {
    return frequencies;
  }

  /**
   * Returns whether a line is set.
   *
   * @return true if a line is set for every record
   */
  public boolean hasLine() {
    return lines != null || !Double.isNaN(line);
  }

  /**
   * Returns whether one line is set for every record, rather than one per record.
   *
   * @return true for one line
   */
  public boolean hasConstantLine() {
    return lines == null && !Double.isNaN(line);
  }

  /**
   * Returns a record's line.
   *
   * @param i  the record, from 0
   * @return the line
   * @throws IllegalStateException if no line is set
   */
  public double line(int i) {
    if (lines != null) {
      return lines[i];
    }
    if (Double.isNaN(line)) {
      throw new IllegalStateException("no poverty line is set: use withLine or withLines");
    }
    return line;
  }

  /**
   * Returns the rule for poor: {@link Comparison#BELOW} (strictly below the line, the default)
   * or {@link Comparison#AT_MOST}.
   *
   * @return the comparison, not null
   */
  public Comparison poorWhen() {
    return poorWhen;
  }

  /**
   * Returns whether a record is poor: its welfare below its line by {@link #poorWhen()}.
   *
   * @param i  the record, from 0
   * @return true if poor
   */
  public boolean isPoor(int i) {
    return poorWhen == Comparison.BELOW ? values[i] < line(i) : values[i] <= line(i);
  }

  /**
   * Returns the names of the groups, in order of their codes (sorted when given as labels).
   *
   * @return the names, empty if the records are not grouped, not null
   */
  public ImmutableList<String> groupNames() {
    return groupNames;
  }

  /**
   * Returns a record's group code.
   *
   * @param i  the record, from 0
   * @return the code into {@link #groupNames()}, or 0 when the records are not grouped
   */
  public int group(int i) {
    return groups == null ? 0 : groups[i];
  }

  /**
   * Returns whether records are grouped.
   *
   * @return true if groups were given
   */
  public boolean isGrouped() {
    return groups != null;
  }

  /**
   * Returns the records of one group as a column of their own, with their weights and lines.
   *
   * @param code  the group's code
   * @return the group's column, ungrouped, not null
   */
  public Welfare group(String code) {
    int g = groupNames.indexOf(code);
    if (g < 0) {
      throw new IllegalArgumentException("no group '" + code + "'; groups: " + groupNames);
    }
    return select(i -> group(i) == g);
  }

  /** Returns the records whose indices pass a test, copied, with their weights and lines. */
  Welfare select(java.util.function.IntPredicate keep) {
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (keep.test(i)) {
        n++;
      }
    }
    return resample(keep, n);
  }

  private Welfare resample(java.util.function.IntPredicate keep, int n) {
    double[] v = new double[n];
    double[] w = weights == null ? null : new double[n];
    double[] z = lines == null ? null : new double[n];
    int[] g = groups == null ? null : new int[n];
    for (int i = 0, j = 0; i < values.length; i++) {
      if (keep.test(i)) {
        v[j] = values[i];
        if (w != null) {
          w[j] = weights[i];
        }
        if (z != null) {
          z[j] = lines[i];
        }
        if (g != null) {
          g[j] = groups[i];
        }
        j++;
      }
    }
    return new Welfare(v, w, frequencies, line, z, poorWhen, null, ImmutableList.of());
  }

  /** Returns the records at the given indices (with repeats), for resampling. */
  Welfare pick(int[] indices) {
    double[] v = new double[indices.length];
    double[] w = weights == null ? null : new double[indices.length];
    double[] z = lines == null ? null : new double[indices.length];
    for (int j = 0; j < indices.length; j++) {
      int i = indices[j];
      v[j] = values[i];
      if (w != null) {
        w[j] = weights[i];
      }
      if (z != null) {
        z[j] = lines[i];
      }
    }
    return new Welfare(v, w, frequencies, line, z, poorWhen, null, ImmutableList.of());
  }

  /** Returns the welfare values, not copied: for the measures of this package only. */
  double[] values() {
    return values;
  }

  /** Returns the weights, not copied, or null for weight 1. */
  double @Nullable [] weights() {
    return weights;
  }

  /** Returns the lines per record, not copied, or null when one line (or none) is set. */
  double @Nullable [] lines() {
    return lines;
  }

  /** Returns the group codes, not copied, or null when the records are not grouped. */
  int @Nullable [] groupCodes() {
    return groups;
  }

  private static void checkLine(double z, int record) {
    if (!(z > 0) || !Double.isFinite(z)) {
      throw new IllegalArgumentException("a poverty line must be a positive number"
          + (record < 0 ? "" : " (record " + record + ")") + ": " + z);
    }
  }

  /**
   * A household member's welfare: per-capita net income in yuan, the statistic the measures
   * take, not money (money stays in {@link Yuan}). One correctly rounded division of exact fen,
   * so that a household exactly at the line (net = size × line) compares equal to it.
   */
  private static double perCapita(long netFen, int size) {
    return netFen / (100.0 * size);
  }

  private static double toDouble(Yuan amount) {
    return amount.fen() / 100.0;
  }

  /**
   * Returns a short description: the number of records and groups and the line.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Welfare{records=" + values.length + (frequencies ? ", frequency weights" : "") + (groups == null ? "" : ", groups=" + groupNames.size())
        + (lines != null ? ", line=per record" : Double.isNaN(line) ? "" : ", line=" + line)
        + (poorWhen == Comparison.BELOW ? "" : ", poor at or below the line") + "}";
  }
}
