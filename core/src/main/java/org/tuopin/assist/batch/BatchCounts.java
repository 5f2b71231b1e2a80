package org.tuopin.assist.batch;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.region.RegionCode;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * Households and people per strategy batch in a region, beside the registered poor of the
 * region when known, such as 姜驿乡's 五个一批: 发展生产 841户2778人, 易地搬迁 460户1595人 …
 * of 1436户5000人 registered.
 *
 * <p>A household may be counted in more than one batch, so the batches can add up to more
 * than the registered poor. The {@link #excess() excess} of the sum over the registered
 * figure counts the extra batch memberships; from it follows a
 * {@link #minimumOverlappingHouseholds() least number of households} that must be counted
 * twice or more. A sum below the registered figure means households in no batch. Counts
 * built from a {@link BatchRoster} know their households, and the roster lists the
 * overlaps themselves ({@link BatchRoster#overlaps()}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class BatchCounts implements WithBatchCounts {

  BatchCounts() {
  }

  /**
   * Obtains counts from published figures.
   *
   * @param region  the region, not null
   * @param counts  the headcount of each batch, in the order to show them, not null
   * @param registered  the registered poor of the region, not null
   * @return the counts, not null
   */
  public static BatchCounts of(RegionCode region, Map<Strategy, Headcount> counts, Headcount registered) {
    return builder().region(region).counts(counts).registered(registered).build();
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
   * Returns the region counted.
   *
   * @return the region, or empty for counts over several regions
   */
  public abstract Optional<RegionCode> region();

  /**
   * Returns the headcount of each batch.
   *
   * @return the counts, in order, not null
   */
  @JsonProperty("counts")
  public abstract ImmutableMap<Strategy, Headcount> counts();

  /**
   * Returns the registered poor of the region: every household once, whatever its batches.
   *
   * @return the headcount, if known
   */
  public abstract Optional<Headcount> registered();

  /**
   * Returns the headcount of one batch.
   *
   * @param strategy  the batch, not null
   * @return the headcount, zero if the batch is not counted, not null
   */
  public Headcount count(Strategy strategy) {
    return counts().getOrDefault(requireNonNull(strategy, "strategy"), Headcount.ZERO);
  }

  /**
   * Returns the sum over the batches, counting a household once per batch it is in.
   *
   * @return the sum, not null
   */
  @Value.Derived
  @Value.Auxiliary
  public Headcount sum() {
    Headcount sum = Headcount.ZERO;
    for (Headcount c : counts().values()) {
      sum = sum.plus(c);
    }
    return sum;
  }

  /**
   * Returns by how much the batches exceed the registered poor: the extra batch memberships
   * of households and of people counted in more than one batch.
   *
   * @return the excess, zero in a part that does not exceed, or empty if the registered
   *     figure is not known
   */
  public Optional<Headcount> excess() {
    return registered().map(r -> Headcount.of(Math.max(0, sum().households() - r.households()),
        Math.max(0, sum().people() - r.people())));
  }

  /**
   * Returns by how much the batches fall short of the registered poor: at least this many
   * households and people are in no batch.
   *
   * @return the shortfall, zero in a part that does not fall short, or empty if the
   *     registered figure is not known
   */
  public Optional<Headcount> unbatched() {
    return registered().map(r -> Headcount.of(Math.max(0, r.households() - sum().households()),
        Math.max(0, r.people() - sum().people())));
  }

  /**
   * Returns the least number of households that must be counted in more than one batch:
   * the household excess spread as thinly as it can be, a household in every batch counted
   * adding one less than the number of batches with households.
   *
   * @return the least number, or empty if the registered figure is not known
   */
  public OptionalLong minimumOverlappingHouseholds() {
    Optional<Headcount> excess = excess();
    if (excess.isEmpty()) {
      return OptionalLong.empty();
    }
    long batches = counts().values().stream().filter(c -> c.households() > 0).count();
    long extra = excess.get().households();
    return OptionalLong.of(batches <= 1 ? 0 : (extra + batches - 2) / (batches - 1));
  }

  /**
   * Explains the counts: one line per batch, the sum, the registered poor, and the excess
   * or shortfall.
   *
   * @param language  the language, not null
   * @return the lines, not null
   */
  public String explain(Language language) {
    return explain(language.locale());
  }

  /**
   * Explains the counts in a locale, as {@link #explain(Language)} does, with the frames of
   * Tuopin's message bundle ({@code batch.counts.*}).
   *
   * @param locale  the locale, not null
   * @return the lines, not null
   */
  public String explain(Locale locale) {
    requireNonNull(locale, "locale");
    StringBuilder b = new StringBuilder();
    region().ifPresent(r -> b.append(r).append('\n'));
    counts().forEach((s, c) -> b.append("  ").append(s.label().in(locale)).append("  ").append(c.text().in(locale))
        .append('\n'));
    b.append(Text.message("batch.counts.sum", sum().text()).in(locale));
    registered().ifPresent(r -> {
      b.append(Text.message("batch.counts.registered", r.text()).in(locale));
      Headcount excess = excess().orElseThrow();
      Headcount unbatched = unbatched().orElseThrow();
      if (!excess.equals(Headcount.ZERO)) {
        b.append(Text.message("batch.counts.excess", excess.text(), minimumOverlappingHouseholds().getAsLong())
            .in(locale));
      }
      if (!unbatched.equals(Headcount.ZERO)) {
        b.append(Text.message("batch.counts.unbatched", unbatched.text()).in(locale));
      }
    });
    return b.toString();
  }

  /**
   * A builder of batch counts.
   */
  public static final class Builder extends ImmutableBatchCounts.Builder {
    Builder() {
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("region")
  private @Nullable RegionCode regionJson() {
    return region().orElse(null);
  }

  @JsonProperty("registered")
  private @Nullable Headcount registeredJson() {
    return registered().orElse(null);
  }

  @JsonCreator
  private static BatchCounts ofJson(
      @JsonProperty("region") @Nullable RegionCode region,
      @JsonProperty("counts") @Nullable Map<Strategy, Headcount> counts,
      @JsonProperty("registered") @Nullable Headcount registered) {
    ImmutableBatchCounts.Builder b = ImmutableBatchCounts.builder();
    if (region != null) {
      b.region(region);
    }
    if (counts != null) {
      b.counts(counts);
    }
    if (registered != null) {
      b.registered(registered);
    }
    return b.build();
  }
}
