package org.tuopin.measure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.tuopin.basics.Yuan;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetId;
import org.tuopin.standard.StandardsComparison;
import org.tuopin.standard.Verdict;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * A growth scenario (增收情景): every household's income grown by a percentage, all of it or
 * one component, and the households re-assessed under several standards side by side, to
 * show which would become eligible to exit.
 *
 * <p>Growth is exact: each grown amount is fen × (100 + g) ÷ 100, rounded half-up to the fen.
 * Growing {@link Component#ALL} grows the four incomes and the business expense alike, so
 * net income grows by g % (up to that rounding); growing one component leaves the others.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class GrowthScenario {

  /** The part of income that grows. */
  public enum Component {
    /** Net income: every component, business expense included. */
    ALL,
    /** Wage income (工资性收入). */
    WAGE,
    /** Business income (生产经营性收入). */
    BUSINESS,
    /** Property income (财产性收入). */
    PROPERTY,
    /** Transfer income (转移性收入). */
    TRANSFER
  }

  private final BigDecimal percent;
  private final Component component;

  private GrowthScenario(BigDecimal percent, Component component) {
    this.percent = percent;
    this.component = component;
  }

  /**
   * Obtains a scenario.
   *
   * @param percent  the growth in percent, such as {@code 10} or {@code 2.5}; above −100, not null
   * @param component  what grows, not null
   * @return the scenario, not null
   * @throws IllegalArgumentException if the growth is −100 % or less
   */
  public static GrowthScenario of(BigDecimal percent, Component component) {
    requireNonNull(percent, "percent");
    requireNonNull(component, "component");
    if (percent.compareTo(BigDecimal.valueOf(-100)) <= 0) {
      throw new IllegalArgumentException("growth must be above -100%: " + percent);
    }
    return new GrowthScenario(percent, component);
  }

  /**
   * Obtains a scenario of net income grown by a whole percentage.
   *
   * @param percent  the growth in percent, above −100
   * @return the scenario, not null
   */
  public static GrowthScenario ofPercent(int percent) {
    return of(BigDecimal.valueOf(percent), Component.ALL);
  }

  /**
   * Returns a household with its income grown.
   *
   * @param household  the household, not null
   * @return the household with the grown income, not null
   */
  public Household apply(Household household) {
    IncomeStatement i = household.income();
    IncomeStatement grown = switch (component) {
      case ALL -> i.withWage(grow(i.wage())).withBusiness(grow(i.business())).withProperty(grow(i.property()))
          .withTransfer(grow(i.transfer())).withBusinessExpense(grow(i.businessExpense()));
      case WAGE -> i.withWage(grow(i.wage()));
      case BUSINESS -> i.withBusiness(grow(i.business()));
      case PROPERTY -> i.withProperty(grow(i.property()));
      case TRANSFER -> i.withTransfer(grow(i.transfer()));
    };
    return household.withIncome(grown);
  }

  private Yuan grow(Yuan amount) {
    BigDecimal fen = BigDecimal.valueOf(amount.fen()).multiply(BigDecimal.valueOf(100).add(percent))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
    return Yuan.ofFen(fen.longValueExact());
  }

  /**
   * Assesses households as they are and grown, under several standards side by side.
   *
   * @param households  the households, not null
   * @param standards  the standard sets, at least one, distinct, not null
   * @return the outcome, not null
   */
  public Outcome run(Collection<Household> households, List<StandardSet> standards) {
    List<Household> before = ImmutableList.copyOf(households);
    List<Household> after = new ArrayList<>(before.size());
    before.forEach(h -> after.add(apply(h)));
    return new Outcome(this, StandardsComparison.of(standards, before), StandardsComparison.of(standards, after));
  }

  /**
   * Returns the growth and the component, such as {@code +10% ALL}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return (percent.signum() >= 0 ? "+" : "") + percent.toPlainString() + "% " + component;
  }

  /**
   * The households assessed before and after growth under each standard.
   *
   * <p>This class is immutable and thread-safe.
   */
  @JsonBinding
  public static final class Outcome {

    private final GrowthScenario scenario;
    private final StandardsComparison before;
    private final StandardsComparison after;

    Outcome(GrowthScenario scenario, StandardsComparison before, StandardsComparison after) {
      this.scenario = scenario;
      this.before = before;
      this.after = after;
    }

    /**
     * Returns the assessments before growth.
     *
     * @return the comparison, not null
     */
    public StandardsComparison before() {
      return before;
    }

    /**
     * Returns the assessments after growth.
     *
     * @return the comparison, not null
     */
    public StandardsComparison after() {
      return after;
    }

    /**
     * Returns the households not eligible to exit before growth and eligible after it,
     * under one standard.
     *
     * @param standard  one of the standards, not null
     * @return the households, in order, not null
     */
    public ImmutableList<HouseholdId> exits(StandardSetId standard) {
      requireNonNull(standard, "standard");
      return before.households().stream()
          .filter(h -> verdict(before, h, standard).filter(v -> v != Verdict.EXIT_ELIGIBLE).isPresent()
              && verdict(after, h, standard).filter(v -> v == Verdict.EXIT_ELIGIBLE).isPresent())
          .collect(ImmutableList.toImmutableList());
    }

    /** A household's verdict under a standard, empty where the standard does not cover its year. */
    private static Optional<Verdict> verdict(StandardsComparison c, HouseholdId h, StandardSetId s) {
      return Optional.ofNullable(c.verdicts(h).get(s)).filter(v -> v != Verdict.NOT_COVERED);
    }

    /**
     * Returns, per standard, the households eligible before and after and those that exit.
     *
     * @return the text, one line per standard, not null
     */
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("growth " + scenario + "\n");
      for (StandardSetId s : before.standards()) {
        b.append(s).append(": eligible ").append(before.counts(s).getOrDefault(Verdict.EXIT_ELIGIBLE, 0L))
            .append(" → ").append(after.counts(s).getOrDefault(Verdict.EXIT_ELIGIBLE, 0L))
            .append(", exits ").append(exits(s).size()).append('\n');
      }
      return b.toString();
    }

    /**
     * Compares the scenario and both comparisons.
     *
     * @param obj  the other object
     * @return true if equal
     */
    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Outcome o && scenario.equals(o.scenario) && before.equals(o.before) && after.equals(o.after);
    }

    @Override
    public int hashCode() {
      return (scenario.hashCode() * 31 + before.hashCode()) * 31 + after.hashCode();
    }

    // JSON binding (see JsonBinding): {"scenario", "before", "after"}.

    @JsonCreator
    private static Outcome ofJson(@JsonProperty("scenario") GrowthScenario scenario,
        @JsonProperty("before") StandardsComparison before, @JsonProperty("after") StandardsComparison after) {
      return new Outcome(requireNonNull(scenario, "scenario"), requireNonNull(before, "before"),
          requireNonNull(after, "after"));
    }

    @JsonProperty("scenario")
    private GrowthScenario scenarioJson() {
      return scenario;
    }

    @JsonProperty("before")
    private StandardsComparison beforeJson() {
      return before;
    }

    @JsonProperty("after")
    private StandardsComparison afterJson() {
      return after;
    }
  }

  /**
   * Compares the growth (by value and scale) and the component.
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof GrowthScenario o && percent.equals(o.percent) && component == o.component;
  }

  @Override
  public int hashCode() {
    return percent.hashCode() * 31 + component.hashCode();
  }

  // JSON binding (see JsonBinding): {"percent": "10.5", "component": "ALL"}, the growth a
  // decimal string like money, read back through of(), so its checks run on JSON input too.

  @JsonCreator
  private static GrowthScenario ofJson(@JsonProperty("percent") String percent,
      @JsonProperty("component") Component component) {
    return of(new BigDecimal(percent), component);
  }

  @JsonProperty("percent")
  private String percentJson() {
    return percent.toString();
  }

  @JsonProperty("component")
  private Component componentJson() {
    return component;
  }
}
