package org.tuopin.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.indicator.Indicator;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * A reported value of an indicator for a scope on a date (进度报告): "截至2016年7月，姜驿乡
 * 累计完成投资8091.87万元".
 *
 * <p>For a summed indicator the value is cumulative: the total reached by the date, not the
 * increment since the last report. The latest observation on or before a date is the actual
 * value at that date.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Observation implements WithObservation {

  Observation() {
  }

  /**
   * Obtains an observation.
   *
   * @param indicator  the indicator, not null
   * @param scope  the scope observed, not null
   * @param date  the date the value was reached, not null
   * @param value  the value, cumulative for a summed indicator, not null
   * @return the observation, not null
   * @throws IllegalArgumentException if the value does not measure the indicator, naming both units
   */
  public static Observation of(Indicator indicator, Scope scope, LocalDate date, Quantity value) {
    return builder().indicator(indicator).scope(scope).date(date).value(value).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator.
   *
   * @return the indicator, not null
   */
  @JsonProperty("indicator")
  public abstract Indicator indicator();

  /**
   * Returns the scope observed.
   *
   * @return the scope, not null
   */
  @JsonProperty("scope")
  public abstract Scope scope();

  /**
   * Returns the date the value was reached.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns the value, cumulative for a summed indicator.
   *
   * @return the value, not null
   */
  @JsonProperty("value")
  public abstract Quantity value();

  /**
   * Returns where the value comes from, such as a report's title.
   *
   * @return the source, if stated
   */
  public abstract Optional<Text> source();

  @Value.Check
  void check() {
    Validation.checkUnit("observation", indicator(), value());
  }

  /**
   * Returns a short description: indicator, scope, date and value.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Observation{" + indicator() + " @ " + scope() + " on " + date() + " = " + value() + "}";
  }

  /**
   * A builder of observations.
   */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("date")
  private String dateJson() {
    return date().toString();
  }

  @JsonProperty("source")
  private @Nullable Text sourceJson() {
    return source().orElse(null);
  }

  @JsonCreator
  private static Observation ofJson(
      @JsonProperty("indicator") Indicator indicator,
      @JsonProperty("scope") Scope scope,
      @JsonProperty("date") String date,
      @JsonProperty("value") Quantity value,
      @JsonProperty("source") @Nullable Text source) {
    ImmutableObservation.Builder b = ImmutableObservation.builder();
    b.indicator(indicator);
    b.scope(scope);
    b.date(LocalDate.parse(date));
    b.value(value);
    if (source != null) {
      b.source(source);
    }
    return b.build();
  }
}
