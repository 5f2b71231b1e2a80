package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tuopin.region.Zone;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The key of a {@link Threshold}: what the figure measures, such as
 * {@code village_incidence}, and, for a figure that differs by zone, the zone
 * ({@code village_incidence_west}).
 *
 * <p>The keys a {@link StandardSetBuilder} turns into criteria are constants of this class;
 * any other key names a figure kept for its provenance, used by a criterion of one's own.
 * {@link #toString()} gives the text of the resource files, which {@link #parse(String)}
 * reads back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ThresholdKey {

  private static final Pattern SYNTAX = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  /** Household per-capita income compared with the income line: its comparison (人均纯收入). */
  public static final ThresholdKey HOUSEHOLD_INCOME = new ThresholdKey("household_income", Optional.empty());
  /** Village poverty incidence (贫困发生率), in percent, for every zone or one zone. */
  public static final ThresholdKey VILLAGE_INCIDENCE = new ThresholdKey("village_incidence", Optional.empty());
  /** Village collective income (村集体经济收入), in yuan. */
  public static final ThresholdKey VILLAGE_COLLECTIVE_INCOME =
      new ThresholdKey("village_collective_income", Optional.empty());
  /** Village per-capita disposable income (人均可支配收入), in yuan. */
  public static final ThresholdKey VILLAGE_DISPOSABLE_INCOME =
      new ThresholdKey("village_disposable_income", Optional.empty());
  /** County poverty incidence (贫困发生率), in percent, for every zone or one zone. */
  public static final ThresholdKey COUNTY_INCIDENCE = new ThresholdKey("county_incidence", Optional.empty());
  /** County wrong-exit rate (错退率), in percent. */
  public static final ThresholdKey COUNTY_WRONG_EXIT_RATE = new ThresholdKey("county_wrong_exit_rate", Optional.empty());
  /** County missed-poor rate (漏评率), in percent. */
  public static final ThresholdKey COUNTY_MISSED_RATE = new ThresholdKey("county_missed_rate", Optional.empty());
  /** County approval rate (群众认可度), in percent. */
  public static final ThresholdKey COUNTY_APPROVAL_RATE = new ThresholdKey("county_approval_rate", Optional.empty());
  /** The consecutive years of the observation rule (脱贫观察期), in years. */
  public static final ThresholdKey OBSERVATION_YEARS = new ThresholdKey("observation_years", Optional.empty());

  private final String measure;
  private final Optional<Zone> zone;

  private ThresholdKey(String measure, Optional<Zone> zone) {
    this.measure = measure;
    this.zone = zone;
  }

  /**
   * Obtains a key of a figure of one's own, for every zone.
   *
   * @param measure  what the figure measures, lower case words joined by {@code _}, not null
   * @return the key, not null
   * @throws IllegalArgumentException if the text is malformed
   */
  public static ThresholdKey of(String measure) {
    requireNonNull(measure, "measure");
    if (!SYNTAX.matcher(measure).matches()) {
      throw new IllegalArgumentException(
          "a threshold key is lower case words joined by '_', such as village_incidence: '" + measure + "'");
    }
    return new ThresholdKey(measure, Optional.empty());
  }

  /**
   * Obtains a key from its text: a measure, optionally followed by {@code _} and a zone's key
   * ({@code village_incidence_west}).
   *
   * @param text  the text, surrounding space ignored, not null
   * @return the key, not null
   * @throws IllegalArgumentException if the text is malformed
   */
  @JsonCreator
  public static ThresholdKey parse(String text) {
    requireNonNull(text, "text");
    String t = text.strip();
    for (Zone z : Zone.values()) {
      String suffix = "_" + z.key();
      if (t.endsWith(suffix) && t.length() > suffix.length()) {
        return of(t.substring(0, t.length() - suffix.length())).inZone(z);
      }
    }
    return of(t);
  }

  /**
   * Returns the key of this measure in one zone.
   *
   * @param zone  the zone, not null
   * @return the key, not null
   */
  public ThresholdKey inZone(Zone zone) {
    return new ThresholdKey(measure, Optional.of(requireNonNull(zone, "zone")));
  }

  /**
   * Returns the key of this measure for every zone.
   *
   * @return the key without a zone, not null
   */
  public ThresholdKey allZones() {
    return zone.isEmpty() ? this : new ThresholdKey(measure, Optional.empty());
  }

  /**
   * Returns what the figure measures, such as {@code village_incidence}.
   *
   * @return the measure, not null
   */
  public String measure() {
    return measure;
  }

  /**
   * Returns the zone the figure applies to.
   *
   * @return the zone, or empty if it applies to every zone
   */
  public Optional<Zone> zone() {
    return zone;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ThresholdKey && ((ThresholdKey) obj).measure.equals(measure)
        && ((ThresholdKey) obj).zone.equals(zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, zone);
  }

  /**
   * Returns the text of the key, such as {@code village_incidence_west}.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  @JsonValue
  public String toString() {
    return zone.map(z -> measure + "_" + z.key()).orElse(measure);
  }
}
