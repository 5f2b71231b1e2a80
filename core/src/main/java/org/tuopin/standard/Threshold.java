package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Unit;
import org.tuopin.basics.Units;
import org.tuopin.basics.Yuan;
import org.tuopin.internal.ResourceFields;
import org.tuopin.internal.Redaction;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * A threshold of a standard: the comparison it is applied with, the figure as a
 * {@link Quantity}, and its provenance, such as "village incidence below 3% (west)" or
 * "collective income above 10,000 元", under a typed {@link ThresholdKey}.
 *
 * <p>Standards keep their thresholds in resources, read with {@link #readCsv(Reader)}, and
 * give them to {@link StandardSetBuilder#threshold(Threshold)}, which makes the criterion
 * of each known key.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class Threshold {

  /**
   * 年: years, the unit of the observation period: {@link Units#YEAR}, one of the built-in
   * units so that a finding's quantity in years reads back from JSON.
   */
  public static final Unit YEAR = Units.YEAR;

  private final ThresholdKey key;
  private final Comparison comparison;
  private final Quantity quantity;
  private final Provenance provenance;

  private Threshold(ThresholdKey key, Comparison comparison, Quantity quantity, Provenance provenance) {
    this.key = key;
    this.comparison = comparison;
    this.quantity = quantity;
    this.provenance = provenance;
  }

  /**
   * Obtains a threshold.
   *
   * @param key  the key, such as {@code ThresholdKey.VILLAGE_INCIDENCE.inZone(Zone.WEST)}, not null
   * @param comparison  the comparison it is applied with, not null
   * @param quantity  the figure, in percent, in money or in {@link #YEAR years}, not negative, not null
   * @param provenance  where the figure came from, not null
   * @return the threshold, not null
   * @throws IllegalArgumentException if the figure is negative
   */
  public static Threshold of(ThresholdKey key, Comparison comparison, Quantity quantity, Provenance provenance) {
    requireNonNull(key, "key");
    requireNonNull(quantity, "quantity");
    if (quantity.isNegative()) {
      throw new IllegalArgumentException("threshold " + key + " must not be negative: " + quantity);
    }
    return new Threshold(key, requireNonNull(comparison, "comparison"), quantity,
        requireNonNull(provenance, "provenance"));
  }

  /**
   * Reads thresholds from CSV with the header {@code key,comparison,value,unit,confirmed,source}:
   * the key as {@link ThresholdKey#parse(String)} reads it, comparison as
   * {@link Comparison#parse(String)} reads it, unit {@code percent}, {@code yuan} or
   * {@code years}, confirmed true or false.
   *
   * @param csv  the CSV text, not null; it is closed once read
   * @return the thresholds by key, in file order, not null
   * @throws IllegalArgumentException naming the line if a row is malformed or a key repeats
   * @throws UncheckedIOException if the reader fails
   */
  public static ImmutableMap<ThresholdKey, Threshold> readCsv(Reader csv) {
    Map<ThresholdKey, Threshold> out = new LinkedHashMap<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder().allowMissingFields(true).allowExtraFields(true).ofNamedCsvRecord(csv)) {
      for (NamedCsvRecord r : reader) {
        try {
          Provenance provenance = ResourceFields.provenance(r);
          Threshold t = of(ThresholdKey.parse(r.getField("key")), Comparison.parse(r.getField("comparison")),
              Quantity.of(r.getField("value").trim(), unit(r.getField("unit"))), provenance);
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

  private static Unit unit(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "percent":
        return Units.PERCENT;
      case "yuan":
        return Units.YUAN;
      case "years":
        return YEAR;
      default:
        throw new IllegalArgumentException("unit must be percent, yuan or years: " + Redaction.quote(text.trim()));
    }
  }

  /**
   * Returns the key.
   *
   * @return the key, not null
   */
  public ThresholdKey key() {
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
   * Returns the figure with its unit.
   *
   * @return the quantity, not null
   */
  public Quantity quantity() {
    return quantity;
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
   * Returns a copy of this threshold under another key, such as the same figure for one zone.
   *
   * @param key  the key, not null
   * @return the threshold, not null
   */
  public Threshold withKey(ThresholdKey key) {
    return new Threshold(requireNonNull(key, "key"), comparison, quantity, provenance);
  }

  /**
   * Returns a percentage threshold as an exact ratio (2% → 2/100).
   *
   * @return the ratio, not null
   * @throws IllegalStateException if the unit is not percent
   */
  public Ratio toRatio() {
    checkUnit(Units.PERCENT);
    return Ratio.ofPercent(quantity.value().toPlainString());
  }

  /**
   * Returns an amount threshold in yuan.
   *
   * @return the amount, not null
   * @throws IllegalStateException if the figure is not money
   */
  public Yuan toYuan() {
    if (!quantity.isCompatibleWith(Units.YUAN)) {
      throw new IllegalStateException("threshold " + key + " is in " + quantity.unit() + ", not yuan");
    }
    return quantity.toYuan();
  }

  /**
   * Returns a threshold in years as a whole number.
   *
   * @return the years
   * @throws IllegalStateException if the unit is not years
   * @throws ArithmeticException if the figure is not whole
   */
  public int toYears() {
    checkUnit(YEAR);
    return quantity.value().intValueExact();
  }

  private void checkUnit(Unit unit) {
    if (!quantity.unit().equals(unit)) {
      throw new IllegalStateException("threshold " + key + " is in " + quantity.unit() + ", not " + unit);
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Threshold && ((Threshold) obj).key.equals(key)
        && ((Threshold) obj).comparison == comparison && ((Threshold) obj).quantity.equals(quantity)
        && ((Threshold) obj).provenance.equals(provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, comparison, quantity, provenance);
  }

  @Override
  public String toString() {
    return key + " " + comparison.symbol() + " " + quantity + " [" + provenance + "]";
  }

  // JSON binding (see JsonBinding): {"key", "comparison", "quantity", "provenance"}, read back
  // through of(), so its checks run on JSON input too.

  @JsonCreator
  private static Threshold ofJson(@JsonProperty("key") ThresholdKey key, @JsonProperty("comparison") Comparison comparison,
      @JsonProperty("quantity") Quantity quantity, @JsonProperty("provenance") Provenance provenance) {
    return of(key, comparison, quantity, provenance);
  }

  @JsonProperty("key")
  private ThresholdKey keyJson() {
    return key;
  }

  @JsonProperty("comparison")
  private Comparison comparisonJson() {
    return comparison;
  }

  @JsonProperty("quantity")
  private Quantity quantityJson() {
    return quantity;
  }

  @JsonProperty("provenance")
  private Provenance provenanceJson() {
    return provenance;
  }
}
