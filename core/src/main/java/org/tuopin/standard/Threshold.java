package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Yuan;

/**
 * A threshold of a standard: a figure, the comparison it is applied with, its unit, and its
 * provenance, such as "incidence below 3% (west)" or "collective income above 10,000 yuan".
 *
 * <p>Standards keep their thresholds in resources, read with {@link #readCsv(Reader)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Threshold {

  /** The unit of a threshold's figure. */
  public enum Unit {
    /** A percentage: the figure 2 means 2%. */
    PERCENT,
    /** Yuan. */
    YUAN,
    /** A number of years. */
    YEARS
  }

  private final String key;
  private final Comparison comparison;
  private final BigDecimal value;
  private final Unit unit;
  private final Provenance provenance;

  private Threshold(String key, Comparison comparison, BigDecimal value, Unit unit, Provenance provenance) {
    this.key = key;
    this.comparison = comparison;
    this.value = value;
    this.unit = unit;
    this.provenance = provenance;
  }

  /**
   * Obtains a threshold.
   *
   * @param key  the key, such as {@code village_incidence_west}, not null
   * @param comparison  the comparison it is applied with, not null
   * @param value  the figure in its unit, not negative, not null
   * @param unit  the unit, not null
   * @param provenance  where the figure came from, not null
   * @return the threshold, not null
   * @throws IllegalArgumentException if the figure is negative
   */
  public static Threshold of(String key, Comparison comparison, BigDecimal value, Unit unit, Provenance provenance) {
    requireNonNull(key, "key");
    requireNonNull(value, "value");
    if (value.signum() < 0) {
      throw new IllegalArgumentException("threshold " + key + " must not be negative: " + value.toPlainString());
    }
    return new Threshold(key, requireNonNull(comparison, "comparison"), value, requireNonNull(unit, "unit"),
        requireNonNull(provenance, "provenance"));
  }

  /**
   * Reads thresholds from CSV with the header {@code key,comparison,value,unit,confirmed,source}:
   * comparison as {@link Comparison#parse(String)} reads it, unit {@code percent},
   * {@code yuan} or {@code years}, confirmed true or false.
   *
   * @param csv  the CSV text, not null; it is closed once read
   * @return the thresholds by key, in file order, not null
   * @throws IllegalArgumentException naming the line if a row is malformed or a key repeats
   * @throws UncheckedIOException if the reader fails
   */
  public static ImmutableMap<String, Threshold> readCsv(Reader csv) {
    Map<String, Threshold> out = new LinkedHashMap<>();
    try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(csv)) {
      for (NamedCsvRecord r : reader) {
        try {
          String confirmed = r.getField("confirmed").trim().toLowerCase(Locale.ROOT);
          if (!confirmed.equals("true") && !confirmed.equals("false")) {
            throw new IllegalArgumentException("confirmed must be true or false: '" + confirmed + "'");
          }
          Threshold t = of(r.getField("key").trim(), Comparison.parse(r.getField("comparison")),
              new BigDecimal(r.getField("value").trim()), Unit.valueOf(r.getField("unit").trim().toUpperCase(Locale.ROOT)),
              Provenance.of(r.getField("source"), confirmed.equals("true")));
          if (out.put(t.key(), t) != null) {
            throw new IllegalArgumentException("threshold " + t.key() + " is listed twice");
          }
        } catch (RuntimeException ex) {
          throw new IllegalArgumentException("thresholds, line " + r.getStartingLineNumber() + ": " + ex.getMessage(), ex);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return ImmutableMap.copyOf(out);
  }

  /**
   * Returns the key.
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the comparison the threshold is applied with.
   *
   * @return the comparison, not null
   */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * Returns the figure, in its unit.
   *
   * @return the figure, not null
   */
  public BigDecimal value() {
    return value;
  }

  /**
   * Returns the unit.
   *
   * @return the unit, not null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns where the figure came from.
   *
   * @return the provenance, not null
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Returns a percentage threshold as an exact ratio (2 → 2/100).
   *
   * @return the ratio, not null
   * @throws IllegalStateException if the unit is not percent
   */
  public Ratio toRatio() {
    if (unit != Unit.PERCENT) {
      throw new IllegalStateException("threshold " + key + " is in " + unit + ", not percent");
    }
    return Ratio.ofPercent(value.toPlainString());
  }

  /**
   * Returns an amount threshold in yuan.
   *
   * @return the amount, not null
   * @throws IllegalStateException if the unit is not yuan
   */
  public Yuan toYuan() {
    if (unit != Unit.YUAN) {
      throw new IllegalStateException("threshold " + key + " is in " + unit + ", not yuan");
    }
    return Yuan.of(value);
  }

  /**
   * Returns a threshold in years as a whole number.
   *
   * @return the years
   * @throws IllegalStateException if the unit is not years or the figure is not whole
   */
  public int toYears() {
    if (unit != Unit.YEARS) {
      throw new IllegalStateException("threshold " + key + " is in " + unit + ", not years");
    }
    return value.intValueExact();
  }

  @Override
  public String toString() {
    String shown = unit == Unit.PERCENT ? "%" : unit == Unit.YUAN ? " yuan" : " years";
    return key + " " + comparison.symbol() + " " + value.toPlainString() + shown
        + " [" + provenance + "]";
  }
}
