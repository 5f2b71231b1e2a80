package org.tuopin.assist.contact;

import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Provenance;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * A target share to reach (达到), such as seed 003's help-card rate of 100% (到户率必须达到100%).
 * Measuring it on counts gives a {@link Coverage}.
 *
 * <p>The seeds' targets are constants of {@link Coverages}; a user makes their own with
 * {@link #of(CriterionId, Text, Ratio)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class CoverageTarget implements WithCoverageTarget {

  CoverageTarget() {
  }

  /**
   * Obtains a target.
   *
   * @param criterion  the id reported in findings, such as {@code help_card}, not null
   * @param label  the label, such as 帮扶联系卡到户率, not null
   * @param target  the share to reach, from 0 to 1, not null
   * @return the target, not null
   * @throws IllegalArgumentException if the share is above 1
   */
  public static CoverageTarget of(CriterionId criterion, Text label, Ratio target) {
    return ImmutableCoverageTarget.builder().criterion(criterion).label(label).target(target).build();
  }

  /**
   * Returns the id reported in findings.
   *
   * @return the id, not null
   */
  @JsonProperty("criterion")
  public abstract CriterionId criterion();

  /**
   * Returns the label.
   *
   * @return the label in Chinese and English, not null
   */
  @JsonProperty("label")
  public abstract Text label();

  /**
   * Returns the share to reach (达到: at least).
   *
   * @return the share, from 0 to 1, not null
   */
  @JsonProperty("target")
  public abstract Ratio target();

  /**
   * Returns where the target came from.
   *
   * @return the provenance, if recorded
   */
  public abstract Optional<Provenance> provenance();

  /**
   * Returns a copy with a provenance.
   *
   * @param provenance  where the target came from, not null
   * @return the target with that provenance, not null
   */
  public abstract CoverageTarget withProvenance(Provenance provenance);

  /**
   * Measures the target on counts.
   *
   * @param covered  the number covered, such as households holding a help card, not negative
   * @param total  the number that should be, such as the poor households, not below {@code covered}
   * @return the coverage, not null
   * @throws IllegalArgumentException if a count is negative or more are covered than there are
   */
  public Coverage measure(long covered, long total) {
    return ImmutableCoverage.builder().target(this).covered(covered).total(total).build();
  }

  @Value.Check
  void check() {
    if (target().compareTo(Ratio.of(1, 1)) > 0) {
      throw new IllegalArgumentException("a coverage target must not be above 100%: " + target());
    }
  }

  /**
   * Returns the id and the target share.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return criterion() + "≥" + target().toPercentString();
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("provenance")
  private @Nullable Provenance provenanceJson() {
    return provenance().orElse(null);
  }

  @JsonCreator
  private static CoverageTarget ofJson(
      @JsonProperty("criterion") CriterionId criterion,
      @JsonProperty("label") Text label,
      @JsonProperty("target") Ratio target,
      @JsonProperty("provenance") @Nullable Provenance provenance) {
    ImmutableCoverageTarget.Builder b = ImmutableCoverageTarget.builder();
    b.criterion(criterion);
    b.label(label);
    b.target(target);
    if (provenance != null) {
      b.provenance(provenance);
    }
    return b.build();
  }
}
