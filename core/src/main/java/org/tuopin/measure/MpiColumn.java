package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * One indicator's achievements, a column of {@link MpiData}: numbers ({@link #of}), or small
 * whole numbers held as a byte each ({@link #ofCodes}), such as a deprivation flag or a
 * condition met (1), not met (0) or unknown ({@link #MISSING}). A coded column gives the
 * measure the same achievements as the numbers it stands for, in an eighth of the memory.
 *
 * <p>The arrays are not copied, so that a columnar table can hand them over; the caller must
 * not change them afterwards. This class is otherwise immutable and thread-safe.
 */
public final class MpiColumn {

  /** The code of a value missing in a coded column ({@link Byte#MIN_VALUE}). */
  public static final byte MISSING = Byte.MIN_VALUE;

  private final double @Nullable [] values;
  private final byte @Nullable [] codes;

  private MpiColumn(double @Nullable [] values, byte @Nullable [] codes) {
    this.values = values;
    this.codes = codes;
  }

  /**
   * Obtains a column of numbers; NaN marks a value missing.
   *
   * @param values  the achievement of each record, not null; not copied
   * @return the column, not null
   */
  public static MpiColumn of(double[] values) {
    return new MpiColumn(requireNonNull(values, "values"), null);
  }

  /**
   * Obtains a column of small whole numbers, one byte a record; {@link #MISSING} marks a value
   * missing, any other code is the achievement itself (a flag: 1 met, 0 not met).
   *
   * @param codes  the achievement of each record, not null; not copied
   * @return the column, not null
   */
  public static MpiColumn ofCodes(byte[] codes) {
    return new MpiColumn(null, requireNonNull(codes, "codes"));
  }

  /**
   * Returns the number of records.
   *
   * @return the number
   */
  public int size() {
    return values != null ? values.length : codes.length;
  }

  /**
   * Returns whether the column holds codes ({@link #ofCodes}) rather than numbers.
   *
   * @return true for codes
   */
  public boolean isCoded() {
    return codes != null;
  }

  /**
   * Returns a record's achievement: the number, or the code as a number, NaN if missing.
   *
   * @param record  the record, from 0 to {@link #size()} exclusive
   * @return the achievement, NaN if missing
   * @throws IndexOutOfBoundsException if there is no such record
   */
  public double value(int record) {
    if (values != null) {
      return values[record];
    }
    byte code = codes[record];
    return code == MISSING ? Double.NaN : code;
  }
}
