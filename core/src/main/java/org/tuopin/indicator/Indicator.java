package org.tuopin.indicator;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Text;
import org.tuopin.basics.Unit;
import org.tuopin.basics.Units;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.Redaction;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a figure measures (指标): people exited, kilometres of road hardened, 亩 of a crop
 * planted, money invested, poverty incidence. A region's roll-up figure, a plan's target and
 * an observation all name one. It carries the unit its figures are stated in (any unit of the
 * same dimension may be used) and how the figures of the regions below add up to the region
 * above ({@link Aggregation}).
 *
 * <p>An indicator may be narrowed by a qualifier: the crop of a planted area (种植面积
 * 青花椒), the kind of livestock (黄牛), the programme of an investment (组组通). Two
 * indicators are equal when their keys and qualifiers are. The catalogue of common
 * indicators is {@link Indicators}; users define their own with
 * {@link #of(String, String, String, Unit, Aggregation)} and
 * {@link #ofRate(String, String, String, Indicator, Indicator)}.
 *
 * <p>JSON: a catalogue indicator as its text, {@code "crop_area[青花椒]"}; one the catalogue
 * does not know, or a catalogue one in another unit ({@code livestock[林下土鸡]} in 只), as an
 * object with its key, qualifier, label, unit (a built-in unit) and
 * aggregation, and a rate's numerator and denominator, so that it reads back whole.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Indicator implements Comparable<Indicator>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
  private static final Pattern TEXT = Pattern.compile("([a-z][a-z0-9_]{0,63})(?:\\[([^\\[\\]]+)\\])?");
  private static final Comparator<Indicator> ORDER = Comparator.comparing((Indicator i) -> i.key)
      .thenComparing(i -> i.qualifier == null ? "" : i.qualifier);

  /** The key ({@code crop_area}). */
  private final String key;
  /** The qualifier (青花椒), or null. */
  private final @Nullable String qualifier;
  /** The label, without the qualifier. */
  private final Text label;
  /** The unit figures are stated in by default. */
  private final Unit unit;
  /** How figures aggregate. */
  private final Aggregation aggregation;
  /** The numerator of a rate, or null. */
  private final @Nullable Indicator numerator;
  /** The denominator of a rate, or null. */
  private final @Nullable Indicator denominator;

  private Indicator(String key, @Nullable String qualifier, Text label, Unit unit, Aggregation aggregation,
      @Nullable Indicator numerator, @Nullable Indicator denominator) {
    this.key = key;
    this.qualifier = qualifier;
    // a third language may name it in Tuopin's bundle, such as indicator.people_exited
    this.label = label.keyed("indicator." + key);
    this.unit = unit;
    this.aggregation = aggregation;
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains an indicator that is summed, maximised, minimised or not aggregated.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese label, such as 脱贫人口, not null
   * @param en  the English label, such as {@code people exited}, not null
   * @param unit  the unit its figures are stated in, not null
   * @param aggregation  how figures aggregate, not {@link Aggregation#RATE}, not null
   * @return the indicator, not null
   * @throws IllegalArgumentException if the key is malformed or the aggregation is RATE
   */
  public static Indicator of(String key, String zh, String en, Unit unit, Aggregation aggregation) {
    requireNonNull(unit, "unit");
    requireNonNull(aggregation, "aggregation");
    if (aggregation == Aggregation.RATE) {
      throw new IllegalArgumentException(
          "a rate needs its numerator and denominator; use Indicator.ofRate: '" + key + "'");
    }
    return new Indicator(checkKey(key), null, Text.of(zh, en), unit, aggregation, null, null);
  }

  /**
   * Obtains a rate (比率) in per cent: a summed numerator over a summed denominator, such as
   * poverty incidence (贫困发生率) = remaining poor ÷ rural population.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese label, not null
   * @param en  the English label, not null
   * @param numerator  the indicator counted in the numerator, summed, not null
   * @param denominator  the indicator counted in the denominator, summed, not null
   * @return the indicator, in %, not null
   * @throws IllegalArgumentException if the key is malformed, a part is not summed or the
   *     parts measure different dimensions
   */
  public static Indicator ofRate(String key, String zh, String en, Indicator numerator, Indicator denominator) {
    requireNonNull(numerator, "numerator");
    requireNonNull(denominator, "denominator");
    if (numerator.aggregation != Aggregation.SUM || denominator.aggregation != Aggregation.SUM) {
      throw new IllegalArgumentException("a rate's numerator and denominator must be summed indicators: '"
          + numerator + "' over '" + denominator + "'");
    }
    if (!numerator.unit.isCompatibleWith(denominator.unit)) {
      throw new IllegalArgumentException("a rate's numerator and denominator must be counted alike, not "
          + numerator.unit + " over " + denominator.unit + ": '" + key + "'");
    }
    return new Indicator(checkKey(key), null, Text.of(zh, en), Units.PERCENT, Aggregation.RATE, numerator,
        denominator);
  }

  /**
   * Obtains a catalogue indicator by reading its key and optional qualifier:
   * {@code people_exited}, {@code crop_area[青花椒]}.
   *
   * @param text  the text, not null
   * @return the indicator of {@link Indicators} with that key, narrowed by the qualifier, not null
   * @throws IllegalArgumentException if the text is malformed or the catalogue has no such key
   */
  public static Indicator parse(String text) {
    requireNonNull(text, "text");
    Matcher m = TEXT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException("an indicator is a key with an optional [qualifier],"
          + " such as crop_area[青花椒]: " + Redaction.quote(text));
    }
    Indicator base = Indicators.find(m.group(1)).orElseThrow(() -> new IllegalArgumentException(
        "no catalogue indicator has the key '" + m.group(1) + "'; known keys: " + Indicators.keys()));
    return m.group(2) == null ? base : base.withQualifier(m.group(2));
  }

  private static String checkKey(String key) {
    requireNonNull(key, "key");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException(
          "indicator key must be lower-case letters, digits and _, starting with a letter: '" + key + "'");
    }
    return key;
  }

  /**
   * Returns a copy narrowed by a qualifier, such as the crop of {@link Indicators#CROP_AREA}.
   *
   * @param qualifier  the qualifier, such as 青花椒, not blank, without brackets
   * @return the qualified indicator, not null
   * @throws IllegalArgumentException if the qualifier is blank, longer than 64 characters or
   *     holds a bracket
   */
  public Indicator withQualifier(String qualifier) {
    requireNonNull(qualifier, "qualifier");
    String q = qualifier.strip();
    if (q.isEmpty() || q.length() > 64 || q.contains("[") || q.contains("]")) {
      throw new IllegalArgumentException(
          "an indicator's qualifier must have 1 to 64 characters and no brackets: '" + qualifier + "'");
    }
    return new Indicator(key, q, label, unit, aggregation, numerator, denominator);
  }

  /**
   * Returns a copy whose figures are stated in another unit, such as a livestock count in
   * 羽 (birds) rather than 头 (head).
   *
   * @param newUnit  the unit, not null
   * @return the indicator with that unit, equal to this one, not null
   * @throws IllegalArgumentException if this is a rate
   */
  public Indicator withUnit(Unit newUnit) {
    requireNonNull(newUnit, "newUnit");
    if (aggregation == Aggregation.RATE) {
      throw new IllegalArgumentException("a rate is stated in %, not " + newUnit + ": '" + this + "'");
    }
    return new Indicator(key, qualifier, label, newUnit, aggregation, null, null);
  }

  /**
   * Returns the key ({@code crop_area}).
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the qualifier (青花椒).
   *
   * @return the qualifier, if the indicator is narrowed by one
   */
  public Optional<String> qualifier() {
    return Optional.ofNullable(qualifier);
  }

  /**
   * Returns the label with the qualifier: 种植面积（青花椒） / crop area (青花椒).
   *
   * @return the label, not null
   */
  public Text label() {
    return qualifier == null ? label : Text.message("indicator.qualified", label, qualifier);
  }

  /**
   * Returns the unit the indicator's figures are stated in by default.
   *
   * @return the unit, not null
   */
  public Unit unit() {
    return unit;
  }

  /**
   * Returns how the indicator's figures aggregate up the regions.
   *
   * @return the aggregation, not null
   */
  public Aggregation aggregation() {
    return aggregation;
  }

  /**
   * Checks whether the figures of the parts add up to the whole ({@link Aggregation#SUM}), so
   * that a parent's target decomposes into its children's.
   *
   * @return true for a summed indicator
   */
  public boolean isAdditive() {
    return aggregation == Aggregation.SUM;
  }

  /**
   * Returns the numerator of a rate.
   *
   * @return the numerator, or empty if this is not a rate
   */
  public Optional<Indicator> numerator() {
    return Optional.ofNullable(numerator);
  }

  /**
   * Returns the denominator of a rate.
   *
   * @return the denominator, or empty if this is not a rate
   */
  public Optional<Indicator> denominator() {
    return Optional.ofNullable(denominator);
  }

  @Override
  public int compareTo(Indicator other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Indicator && ((Indicator) obj).key.equals(key)
        && Objects.equals(((Indicator) obj).qualifier, qualifier);
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + Objects.hashCode(qualifier);
  }

  /**
   * Returns the key, with the qualifier in brackets: {@code crop_area[青花椒]}.
   *
   * @return the text that {@link #parse(String)} reads back for a catalogue indicator, not null
   */
  @Override
  public String toString() {
    return qualifier == null ? key : key + "[" + qualifier + "]";
  }

  // JSON: a catalogue indicator as its text ("crop_area[青花椒]"); one of one's own, whose key
  // the catalogue does not know, or a catalogue one in another unit, as an object with its key, qualifier, label, unit and
  // aggregation (and a rate's numerator and denominator), so that it reads back whole.

  @JsonValue
  private Object json() {
    if (Indicators.find(key).filter(b -> b.label.equals(label) && b.unit.equals(unit) && b.aggregation == aggregation)
        .isPresent()) {
      return toString();
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", key);
    if (qualifier != null) {
      m.put("qualifier", qualifier);
    }
    m.put("label", label);
    m.put("unit", unit);
    m.put("aggregation", aggregation);
    if (numerator != null && denominator != null) {
      m.put("numerator", numerator);
      m.put("denominator", denominator);
    }
    return m;
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Indicator ofJsonText(String text) {
    return parse(text);
  }

  @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
  private static Indicator ofJsonObject(@JsonProperty("key") String key,
      @JsonProperty("qualifier") @Nullable String qualifier, @JsonProperty("label") Text label,
      @JsonProperty("unit") Unit unit, @JsonProperty("aggregation") Aggregation aggregation,
      @JsonProperty("numerator") @Nullable Indicator numerator,
      @JsonProperty("denominator") @Nullable Indicator denominator) {
    requireNonNull(label, "label");
    Indicator base = numerator != null || denominator != null
        ? ofRate(key, label.zh(), label.en(), requireNonNull(numerator, "numerator"),
            requireNonNull(denominator, "denominator"))
        : of(key, label.zh(), label.en(), unit, aggregation);
    return qualifier == null ? base : base.withQualifier(qualifier);
  }
}
