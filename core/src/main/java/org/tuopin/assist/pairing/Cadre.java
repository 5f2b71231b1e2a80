package org.tuopin.assist.pairing;

import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.internal.Redaction;
import org.tuopin.region.RegionCode;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * A cadre who helps poor households (帮扶责任人, 挂包干部): an id, a name, the work unit that
 * sends them (帮扶单位), a {@link Rank} that fixes their quota, and their home region — the
 * village or township where they work or live, which the planner prefers to pair them in.
 *
 * <p>The name is personal data: {@link #toString()} shows it redacted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Cadre implements WithCadre {

  Cadre() {
  }

  /**
   * Obtains a cadre with an id, a rank and a home region, no name or unit recorded.
   *
   * @param id  the id, not null
   * @param rank  the rank, not null
   * @param home  the home region: a village, township or county code, not null
   * @return the cadre, not null
   */
  public static Cadre of(CadreId id, Rank rank, RegionCode home) {
    return builder().id(id).rank(rank).home(home).build();
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
   * Returns the id.
   *
   * @return the id, not null
   */
  @JsonProperty("id")
  public abstract CadreId id();

  /**
   * Returns the name (姓名). Personal data.
   *
   * @return the name, if recorded
   */
  public abstract Optional<String> name();

  /**
   * Returns the work unit that sends the cadre (帮扶单位), such as 县财政局.
   *
   * @return the unit, if recorded
   */
  public abstract Optional<String> unit();

  /**
   * Returns the rank.
   *
   * @return the rank, not null
   */
  @JsonProperty("rank")
  public abstract Rank rank();

  /**
   * Returns the home region: the village or township where the cadre works or lives, or the
   * county for a county leader.
   *
   * @return the region code, at any level, not null
   */
  @JsonProperty("home")
  public abstract RegionCode home();

  @Value.Check
  void check() {
    if (name().map(String::isBlank).orElse(false)) {
      throw new IllegalArgumentException("cadre " + id() + " has a blank name");
    }
    if (unit().map(String::isBlank).orElse(false)) {
      throw new IllegalArgumentException("cadre " + id() + " has a blank unit");
    }
  }

  /**
   * Returns the cadre with the name redacted.
   *
   * @return a description safe for logs, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Cadre{id=").append(id()).append(", rank=").append(rank().key());
    name().ifPresent(n -> b.append(", name=").append(Redaction.name(n)));
    unit().ifPresent(u -> b.append(", unit=").append(u));
    return b.append(", home=").append(home()).append('}').toString();
  }

  /**
   * A builder of cadres.
   */
  public static final class Builder extends ImmutableCadre.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("name")
  private @Nullable String nameJson() {
    return name().orElse(null);
  }

  /** The name as dashboards show it (see Redacting): its first character. */
  private @Nullable String redactedNameJson() {
    return name().map(Redaction::name).orElse(null);
  }

  @JsonProperty("unit")
  private @Nullable String unitJson() {
    return unit().orElse(null);
  }

  @JsonCreator
  private static Cadre ofJson(
      @JsonProperty("id") CadreId id,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("unit") @Nullable String unit,
      @JsonProperty("rank") Rank rank,
      @JsonProperty("home") RegionCode home) {
    ImmutableCadre.Builder b = ImmutableCadre.builder();
    b.id(id);
    if (name != null) {
      b.name(name);
    }
    if (unit != null) {
      b.unit(unit);
    }
    b.rank(rank);
    b.home(home);
    return b.build();
  }
}
