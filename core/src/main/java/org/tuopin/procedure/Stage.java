package org.tuopin.procedure;

import java.util.OptionalInt;
import org.immutables.value.Value;
import org.tuopin.basics.Text;
import org.tuopin.internal.Keys;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * A stage of a {@link Procedure}: its key, its name, what kind of step it is, the body
 * expected to act and, for a posting (公示), the least number of days it must stay up.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Stage implements WithStage {

  Stage() {
  }

  /**
   * Obtains a stage.
   *
   * @param key  the key, such as {@code first_posting}, not null
   * @param label  the name, such as 第一次公示, not null
   * @param kind  the kind, not null
   * @param body  the body expected to act, such as 村委会, not null
   * @return the stage, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public static Stage of(String key, Text label, StageKind kind, Text body) {
    return ImmutableStage.builder().key(key).label(label).kind(kind).body(body).build();
  }

  /**
   * Obtains a posting that must stay up for at least a number of days, both ends counted.
   *
   * @param key  the key, not null
   * @param label  the name, not null
   * @param body  the body that posts, not null
   * @param minimumDays  the least number of days, at least 1
   * @return the stage, not null
   * @throws IllegalArgumentException if the key is malformed or the days are fewer than 1
   */
  public static Stage ofPosting(String key, Text label, Text body, int minimumDays) {
    return ImmutableStage.builder().key(key).label(label).kind(StageKind.POSTING).body(body)
        .minimumDays(minimumDays).build();
  }

  /**
   * Returns the key.
   *
   * @return the key, not null
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the name.
   *
   * @return the name in Chinese and English, not null
   */
  @JsonProperty("label")
  public abstract Text label();

  /**
   * Returns the kind of step.
   *
   * @return the kind, not null
   */
  @JsonProperty("kind")
  public abstract StageKind kind();

  /**
   * Returns the body expected to act.
   *
   * @return the body, not null
   */
  @JsonProperty("body")
  public abstract Text body();

  /**
   * Returns the least number of days a posting stays up, both ends counted.
   *
   * @return the days, if the source states them
   */
  public abstract OptionalInt minimumDays();

  @Value.Check
  void check() {
    Keys.check("stage key", key());
    if (minimumDays().isPresent() && (kind() != StageKind.POSTING || minimumDays().getAsInt() < 1)) {
      throw new IllegalArgumentException("only a posting has a least length, of at least one day: stage " + key()
          + " (" + kind().key() + ", " + minimumDays().getAsInt() + " days)");
    }
  }

  /**
   * Returns the key and the name: {@code first_posting(第一次公示)}.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return key() + "(" + label().zh() + ")";
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("minimumDays")
  private @Nullable Integer minimumDaysJson() {
    return minimumDays().isPresent() ? minimumDays().getAsInt() : null;
  }

  @JsonCreator
  private static Stage ofJson(
      @JsonProperty("key") String key,
      @JsonProperty("label") Text label,
      @JsonProperty("kind") StageKind kind,
      @JsonProperty("body") Text body,
      @JsonProperty("minimumDays") @Nullable Integer minimumDays) {
    ImmutableStage.Builder b = ImmutableStage.builder();
    b.key(key);
    b.label(label);
    b.kind(kind);
    b.body(body);
    if (minimumDays != null) {
      b.minimumDays(minimumDays);
    }
    return b.build();
  }
}
