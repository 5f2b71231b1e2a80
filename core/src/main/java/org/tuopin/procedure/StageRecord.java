package org.tuopin.procedure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * What happened at one stage of a case: the stage's key, the date, for a posting the last
 * day it stayed up, the body that acted and the outcome.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class StageRecord implements WithStageRecord {

  StageRecord() {
  }

  /**
   * Obtains the record of an act or announcement.
   *
   * @param stage  the stage's key, not null
   * @param date  the day it happened, not null
   * @param body  the body that acted, such as 村民代表大会, not null
   * @param outcome  the outcome, not null
   * @return the record, not null
   */
  public static StageRecord of(String stage, LocalDate date, String body, Outcome outcome) {
    return ImmutableStageRecord.builder().stage(stage).date(date).body(body).outcome(outcome).build();
  }

  /**
   * Obtains the record of a posting (公示) from its first to its last day.
   *
   * @param stage  the stage's key, not null
   * @param first  the first day it was up, not null
   * @param last  the last day it was up, not before the first, not null
   * @param body  the body that posted, not null
   * @param outcome  the outcome, not null
   * @return the record, not null
   * @throws IllegalArgumentException if the last day is before the first
   */
  public static StageRecord ofPosting(String stage, LocalDate first, LocalDate last, String body, Outcome outcome) {
    return ImmutableStageRecord.builder().stage(stage).date(first).end(last).body(body).outcome(outcome).build();
  }

  /**
   * Returns the key of the stage.
   *
   * @return the key, not null
   */
  @JsonProperty("stage")
  public abstract String stage();

  /**
   * Returns the day the stage happened, or a posting's first day.
   *
   * @return the date, not null
   */
  public abstract LocalDate date();

  /**
   * Returns a posting's last day.
   *
   * @return the last day, if recorded
   */
  public abstract Optional<LocalDate> end();

  /**
   * Returns the body that acted.
   *
   * @return the body, not null
   */
  @JsonProperty("body")
  public abstract String body();

  /**
   * Returns the outcome.
   *
   * @return the outcome, not null
   */
  @JsonProperty("outcome")
  public abstract Outcome outcome();

  /**
   * Returns the last day of the stage: a posting's end, else its date.
   *
   * @return the last day, not null
   */
  public LocalDate lastDay() {
    return end().orElse(date());
  }

  /**
   * Returns how many days a posting stayed up, both ends counted.
   *
   * @return the days, if the end is recorded
   */
  public OptionalLong days() {
    return end().map(e -> OptionalLong.of(ChronoUnit.DAYS.between(date(), e) + 1)).orElse(OptionalLong.empty());
  }

  @Value.Check
  void check() {
    end().ifPresent(e -> {
      if (e.isBefore(date())) {
        throw new IllegalArgumentException("stage " + stage() + " ends before it starts: " + date() + " to " + e);
      }
    });
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("date")
  private String dateJson() {
    return date().toString();
  }

  @JsonProperty("end")
  private @Nullable String endJson() {
    return end().map(Object::toString).orElse(null);
  }

  @JsonCreator
  private static StageRecord ofJson(
      @JsonProperty("stage") String stage,
      @JsonProperty("date") String date,
      @JsonProperty("end") @Nullable String end,
      @JsonProperty("body") String body,
      @JsonProperty("outcome") Outcome outcome) {
    ImmutableStageRecord.Builder b = ImmutableStageRecord.builder();
    b.stage(stage);
    b.date(LocalDate.parse(date));
    if (end != null) {
      b.end(LocalDate.parse(end));
    }
    b.body(body);
    b.outcome(outcome);
    return b.build();
  }
}
