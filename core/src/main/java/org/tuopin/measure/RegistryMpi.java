package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.StandardSet;
import org.tuopin.table.HouseholdTable;

/**
 * The Alkire–Foster preset over the registration record's own facts (建档立卡多维贫困):
 * income against the standard's line, 两不愁 (food, clothing), 三保障 (compulsory
 * education, basic medical care, safe housing) and safe drinking water.
 *
 * <p>Four dimensions of equal weight, each split equally among its indicators:
 * <table>
 *   <caption>Preset indicators and weights</caption>
 *   <tr><th>dimension</th><th>indicator</th><th>deprived when</th><th>weight</th></tr>
 *   <tr><td>income</td><td>{@code income}</td><td>per-capita net income strictly below the
 *       line of its income year</td><td>1/4</td></tr>
 *   <tr><td>两不愁</td><td>{@code food}, {@code clothing}</td><td>not met</td><td>1/8 each</td></tr>
 *   <tr><td>三保障</td><td>{@code education}, {@code medical}, {@code housing}</td><td>not met</td>
 *       <td>1/12 each</td></tr>
 *   <tr><td>饮水安全</td><td>{@code water}</td><td>not met</td><td>1/4</td></tr>
 * </table>
 * and k = 1/3, the cut-off of the global MPI: a person is poor when deprived in a third of
 * the weighted indicators — income and one 三保障 indicator (1/4 + 1/12 = 1/3 exactly), or
 * income and one 两不愁 indicator, or any two whole dimensions. The income indicator's value
 * is per-capita net income ÷ line with cut-off 1, so its normalised gap is the household's
 * poverty gap. Each person takes their household's values; a household with a condition
 * unknown is left out (counted as excluded), never guessed.
 */
public final class RegistryMpi {

  /** The preset's indicator names, in order. */
  public static final ImmutableList<String> INDICATORS =
      ImmutableList.of("income", "food", "clothing", "education", "medical", "housing", "water");

  private static final List<Condition> CONDITIONS = List.of(Conditions.FOOD, Conditions.CLOTHING,
      Conditions.EDUCATION, Conditions.MEDICAL, Conditions.HOUSING, Conditions.WATER);

  /** The preset measure: the indicators above with their weights, and k = 1/3. */
  public static final AlkireFoster PRESET = AlkireFoster.of(List.of(
      MpiIndicator.of("income", 1, Ratio.of(1, 4)),
      MpiIndicator.ofFlag("food", Ratio.of(1, 8)),
      MpiIndicator.ofFlag("clothing", Ratio.of(1, 8)),
      MpiIndicator.ofFlag("education", Ratio.of(1, 12)),
      MpiIndicator.ofFlag("medical", Ratio.of(1, 12)),
      MpiIndicator.ofFlag("housing", Ratio.of(1, 12)),
      MpiIndicator.ofFlag("water", Ratio.of(1, 4))), Ratio.of(1, 3));

  private RegistryMpi() {
  }

  /**
   * Builds the preset's data from households: one record per person, in the order of the
   * indicators of {@link #PRESET}.
   *
   * @param households  the households, not null
   * @param standard  the standard set whose income line applies, not null
   * @param grouping  the group of each household, such as {@link Welfare#byRegion}, not null
   * @return the data, grouped unless the grouping is {@link Welfare#ungrouped()}, not null
   * @throws IllegalArgumentException if the standard has no line for a household's income year
   */
  public static MpiData data(Collection<Household> households, StandardSet standard,
      Function<? super Household, String> grouping) {
    requireNonNull(households, "households");
    requireNonNull(grouping, "grouping");
    IncomeLine line = Welfare.incomeLineOf(standard);
    int people = households.stream().mapToInt(Household::size).sum();
    double[] shareOfLine = new double[people];
    byte[][] conditions = new byte[CONDITIONS.size()][people];
    List<String> labels = new ArrayList<>(people);
    int i = 0;
    for (Household h : households) {
      double share = shareOfLine(h.income().net().fen(), h.size(),
          Welfare.lineOf(line, standard, h.income().year(), h.id()));
      String group = grouping.apply(h);
      for (int m = 0; m < h.size(); m++, i++) {
        shareOfLine[i] = share;
        for (int c = 0; c < CONDITIONS.size(); c++) {
          conditions[c][i] = code(h.condition(CONDITIONS.get(c)));
        }
        labels.add(group);
      }
    }
    MpiData data = MpiData.ofColumns(columns(shareOfLine, conditions));
    return Welfare.isUngrouped(grouping) ? data : data.withGroups(labels);
  }

  /**
   * Builds the preset's data from a columnar table ({@link HouseholdTable}) without building a
   * household: one record per complete household whose income year the standard covers, with
   * its size as frequency weight ({@link MpiData#withFrequencies}), so that every figure,
   * {@code n} and the people excluded are those of {@link #data} on the same households.
   * Incomplete households and households of income years the standard does not cover are
   * left out. The conditions are held as a byte a household ({@link MpiColumn#ofCodes}), the
   * income ratio as a number.
   *
   * @param table  the table, not null
   * @param standard  the standard set whose income line applies, not null
   * @param grouping  the group of a household's village, such as
   *     {@link Welfare#villagesByRegion}, or null for none
   * @return the data, grouped by the grouping when one is given, not null
   * @throws IllegalArgumentException if the standard has no income line, or no line for an
   *     income year it covers (naming it)
   */
  public static MpiData ofTable(HouseholdTable table, StandardSet standard,
      @Nullable Function<? super RegionCode, String> grouping) {
    requireNonNull(table, "table");
    IncomeLine line = Welfare.incomeLineOf(standard);
    YearRange years = standard.effectiveYears();
    int n = 0;
    for (int i = 0; i < table.size(); i++) {
      if (Welfare.isCovered(table, i, years)) {
        n++;
      }
    }
    double[] shareOfLine = new double[n];
    byte[][] conditions = new byte[CONDITIONS.size()][n];
    int[] sizes = new int[n];
    for (int i = 0, k = 0; i < table.size(); i++) {
      if (!Welfare.isCovered(table, i, years)) {
        continue;
      }
      sizes[k] = table.householdSize(i);
      shareOfLine[k] = shareOfLine(table.netIncomeFen(i), sizes[k], Welfare.lineOf(line, standard, table, i));
      for (int c = 0; c < CONDITIONS.size(); c++) {
        conditions[c][k] = code(table.condition(i, CONDITIONS.get(c)));
      }
      k++;
    }
    MpiData data = MpiData.ofColumns(columns(shareOfLine, conditions)).withFrequencies(sizes);
    return grouping == null ? data
        : data.withGroups(Groups.ofVillages(table, i -> Welfare.isCovered(table, i, years), n, grouping));
  }

  /**
   * Per-capita net income as a share of the line, the income indicator's achievement (a
   * ratio, not money): net ÷ (size × line), in fen, one division, so exactly 1 at the line.
   */
  private static double shareOfLine(long netFen, int size, Yuan line) {
    return netFen / ((double) size * line.fen());
  }

  /** A condition's code: 1 met, 0 not met, missing when unknown. */
  private static byte code(Tristate condition) {
    return condition == Tristate.MET ? 1 : condition == Tristate.NOT_MET ? 0 : MpiColumn.MISSING;
  }

  /** The preset's columns: the income ratio as numbers (its gap enters M1 and M2), the conditions as codes. */
  private static List<MpiColumn> columns(double[] shareOfLine, byte[][] conditions) {
    List<MpiColumn> columns = new ArrayList<>(INDICATORS.size());
    columns.add(MpiColumn.of(shareOfLine));
    for (byte[] c : conditions) {
      columns.add(MpiColumn.ofCodes(c));
    }
    return columns;
  }
}
