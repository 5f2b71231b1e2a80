package org.tuopin.assist.contact;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.standard.Finding;
import org.tuopin.standard.FindingValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;

/**
 * A share covered measured against its {@link CoverageTarget}, such as 1,436 of 1,436
 * households visited (100%) against a target of 100%.
 *
 * <p>The share is exact: 999 of 1,000 does not reach 100%. With nothing to cover the share
 * is undefined and the status unknown. {@link #finding()} reports it as a criterion of a
 * standard does, with the target and the share as typed values.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Coverage implements WithCoverage {

  Coverage() {
  }

  /**
   * Returns the target measured.
   *
   * @return the target, not null
   */
  @JsonProperty("target")
  public abstract CoverageTarget target();

  /**
   * Returns the number covered.
   *
   * @return the count, not negative
   */
  @JsonProperty("covered")
  public abstract long covered();

  /**
   * Returns the number that should be covered.
   *
   * @return the count, not below {@link #covered()}
   */
  @JsonProperty("total")
  public abstract long total();

  /**
   * Returns the share covered.
   *
   * @return covered over total, or empty when the total is zero
   */
  public Optional<Ratio> ratio() {
    return total() == 0 ? Optional.empty() : Optional.of(Ratio.of(covered(), total()));
  }

  /**
   * Returns whether the share reaches the target.
   *
   * @return met or not met, or unknown when there is nothing to cover, not null
   */
  public Tristate status() {
    return ratio().map(r -> Tristate.of(Comparison.AT_LEAST.test(r, target().target()))).orElse(Tristate.UNKNOWN);
  }

  /**
   * Returns how many more must be covered to reach the target.
   *
   * @return the number missing, zero when the target is reached, not negative
   */
  public long missing() {
    Ratio t = target().target();
    BigInteger needed = BigInteger.valueOf(t.numerator()).multiply(BigInteger.valueOf(total()))
        .add(BigInteger.valueOf(t.denominator() - 1)).divide(BigInteger.valueOf(t.denominator()));
    return Math.max(0, needed.longValueExact() - covered());
  }

  /**
   * Reports the coverage as a finding, like a criterion of a standard: the share observed
   * compared {@link Comparison#AT_LEAST at least} with the target, both as
   * {@link FindingValue.Rate rates}, the parts noted after the share (达到 100.00%; 99.90%（999 /
   * 1,000））. With nothing to cover the observed value is described as 无对象 / nothing to cover.
   *
   * @return the finding, not null
   */
  public Finding finding() {
    String parts = String.format(Locale.ROOT, "%,d / %,d", covered(), total());
    FindingValue observed = ratio().<FindingValue>map(FindingValue.Rate::new)
        .orElseGet(() -> new FindingValue.Described(Text.message("contact.coverage.nothing")));
    return Finding.of(target().criterion(), target().label(), Comparison.AT_LEAST,
        new FindingValue.Rate(target().target()), Optional.of(observed), status())
        .withNotes(Text.of(""), Text.message("finding.note", parts));
  }

  @Value.Check
  void check() {
    if (covered() < 0 || total() < covered()) {
      throw new IllegalArgumentException(target().criterion() + ": covered must be from 0 to the total: "
          + covered() + " of " + total());
    }
  }

  /**
   * Returns the id, the parts and the status.
   *
   * @return a short description, not null
   */
  @Override
  public String toString() {
    return target().criterion() + " " + covered() + "/" + total() + " " + status();
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonCreator
  private static Coverage ofJson(
      @JsonProperty("target") CoverageTarget target,
      @JsonProperty("covered") long covered,
      @JsonProperty("total") long total) {
    ImmutableCoverage.Builder b = ImmutableCoverage.builder();
    b.target(target);
    b.covered(covered);
    b.total(total);
    return b.build();
  }
}
