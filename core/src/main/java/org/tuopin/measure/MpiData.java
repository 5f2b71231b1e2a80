package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The achievements of records in the indicators of an Alkire–Foster measure: one column per
 * indicator (in the measure's order), optional weights and groups.
 *
 * <p>A value is a number; NaN marks a value missing, and a record missing any value is left
 * out of the measure (counted in {@link MpiResult#excluded()}). A column holds numbers or, for
 * flags and small codes, a byte a record ({@link MpiColumn}). Records may carry survey
 * weights, or frequency weights standing for several records each. The columns are not copied,
 * so that a columnar table can hand them over; the caller must not change them afterwards.
 * This class is otherwise immutable and thread-safe.
 */
public final class MpiData {

  private final MpiColumn[] columns;
  private final double @Nullable [] weights;
  private final int @Nullable [] frequencies;
  private final @Nullable Groups groups;
  private final int size;

  private MpiData(MpiColumn[] columns, int size, double @Nullable [] weights, int @Nullable [] frequencies,
      @Nullable Groups groups) {
    this.columns = columns;
    this.size = size;
    this.weights = weights;
    this.frequencies = frequencies;
    this.groups = groups;
  }

  /**
   * Obtains data from one column of numbers per indicator, each record of weight 1, ungrouped.
   *
   * @param columns  the columns, indicator by indicator, all of one length, not null; not copied
   * @return the data, not null
   * @throws IllegalArgumentException if the columns differ in length
   */
  public static MpiData of(double[]... columns) {
    requireNonNull(columns, "columns");
    List<MpiColumn> list = new ArrayList<>(columns.length);
    for (double[] c : columns) {
      list.add(MpiColumn.of(c));
    }
    return ofColumns(list);
  }

  /**
   * Obtains data from one column per indicator, of numbers or of codes, each record of
   * weight 1, ungrouped.
   *
   * @param columns  the columns, indicator by indicator, all of one length, not null; their
   *     arrays are not copied
   * @return the data, not null
   * @throws IllegalArgumentException if the columns differ in length
   */
  public static MpiData ofColumns(List<MpiColumn> columns) {
    requireNonNull(columns, "columns");
    MpiColumn[] array = columns.toArray(new MpiColumn[0]);
    int size = array.length == 0 ? 0 : array[0].size();
    for (MpiColumn c : array) {
      if (requireNonNull(c, "column").size() != size) {
        throw new IllegalArgumentException("indicator columns must be of one length: " + c.size() + ", " + size);
      }
    }
    return new MpiData(array, size, null, null, null);
  }

  /**
   * Returns a copy with survey weights.
   *
   * @param perRecord  the weights, finite and not negative, one per record, not null; not copied
   * @return the data, not null
   * @throws IllegalArgumentException if a weight is negative or the lengths differ
   */
  public MpiData withWeights(double[] perRecord) {
    requireNonNull(perRecord, "perRecord");
    if (perRecord.length != size) {
      throw new IllegalArgumentException("weights must be as many as records: " + perRecord.length + ", " + size);
    }
    for (int i = 0; i < perRecord.length; i++) {
      if (!(perRecord[i] >= 0) || !Double.isFinite(perRecord[i])) {
        throw new IllegalArgumentException("weight " + i + " must be a finite number of at least 0: " + perRecord[i]);
      }
    }
    return new MpiData(columns, size, perRecord, null, groups);
  }

  /**
   * Returns a copy with frequency weights: each record stands for as many identical records
   * of weight 1 as its frequency (a household for its members), so that {@code n} and the
   * records excluded count the records stood for, as {@link Welfare#ofFrequencies} does.
   *
   * @param perRecord  the frequencies, not negative, one per record, not null; not copied
   * @return the data, not null
   * @throws IllegalArgumentException if a frequency is negative or the lengths differ
   */
  public MpiData withFrequencies(int[] perRecord) {
    requireNonNull(perRecord, "perRecord");
    if (perRecord.length != size) {
      throw new IllegalArgumentException("frequencies must be as many as records: " + perRecord.length + ", " + size);
    }
    for (int i = 0; i < perRecord.length; i++) {
      if (perRecord[i] < 0) {
        throw new IllegalArgumentException("frequency " + i + " must be at least 0: " + perRecord[i]);
      }
    }
    return new MpiData(columns, size, null, perRecord, groups);
  }

  /**
   * Returns a copy with each record's group; groups are numbered in sorted order.
   *
   * @param labels  the group of each record, not null
   * @return the data, not null
   */
  public MpiData withGroups(List<String> labels) {
    return withGroups(Groups.encode(labels, size));
  }

  /** Returns a copy with groups already encoded. */
  MpiData withGroups(Groups encoded) {
    return new MpiData(columns, size, weights, frequencies, encoded);
  }

  /**
   * Returns the number of records.
   *
   * @return the number
   */
  public int size() {
    return size;
  }

  /**
   * Returns the number of indicator columns.
   *
   * @return the number
   */
  public int indicators() {
    return columns.length;
  }

  /**
   * Returns the group names, sorted.
   *
   * @return the names, empty if ungrouped, not null
   */
  public ImmutableList<String> groupNames() {
    return groups == null ? ImmutableList.of() : groups.names;
  }

  double value(int indicator, int record) {
    return columns[indicator].value(record);
  }

  /**
   * Returns whether the weights are frequencies ({@link #withFrequencies}).
   *
   * @return true for frequency weights
   */
  public boolean isFrequencyWeighted() {
    return frequencies != null;
  }

  double weight(int record) {
    // a frequency as a double is the weight an array of doubles would hold, exactly
    return frequencies != null ? frequencies[record] : weights == null ? 1 : weights[record];
  }

  int group(int record) {
    return groups == null ? 0 : groups.codes[record];
  }
}
