package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.registry.Registry;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * A plan (规划, 实施方案) for a scope and a period: its targets, milestones, projects,
 * category breakdowns, and the child plans of the scopes below it, to any depth (county →
 * township → village → group → household, 四位一体).
 *
 * <p>A township's targets are decomposed (层层分解) into its villages' plans; a part of a
 * target may also be allocated inside the plan itself, to a scope below it such as a
 * cluster of villages (片区). {@link #check()} reviews the whole tree: whether the parts add
 * up, dates fall inside periods, milestones rise in order, money adds up, categories
 * overlap, and every household has a plan where the plan claims 一户一策. Those are
 * findings; the only invariants, checked when the plan is built, are that children,
 * targets, milestones and projects lie inside the plan's scope and that no two children
 * share a scope.
 *
 * <p>{@link #progress(Collection, LocalDate)} tracks the targets against observations.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Plan implements WithPlan {

  Plan() {
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
   * Returns the name, such as “1+6”连片扶贫开发工作实施方案.
   *
   * @return the name, not null
   */
  @JsonProperty("name")
  public abstract Text name();

  /**
   * Returns the scope the plan is for.
   *
   * @return the scope, not null
   */
  @JsonProperty("scope")
  public abstract Scope scope();

  /**
   * Returns the period the plan runs over, both ends included.
   *
   * @return the period, not null
   */
  @JsonProperty("period")
  public abstract DateRange period();

  /**
   * Returns the targets, at the plan's scope or at scopes inside it.
   *
   * @return the targets, possibly empty, not null
   */
  @JsonProperty("targets")
  public abstract ImmutableList<Target> targets();

  /**
   * Returns the milestones: dated interim values of the targets.
   *
   * @return the milestones, possibly empty, not null
   */
  @JsonProperty("milestones")
  public abstract ImmutableList<Milestone> milestones();

  /**
   * Returns the projects.
   *
   * @return the projects, possibly empty, not null
   */
  @JsonProperty("projects")
  public abstract ImmutableList<Project> projects();

  /**
   * Returns the breakdowns of the plan's population by category (五个一批).
   *
   * @return the breakdowns, possibly empty, not null
   */
  @JsonProperty("breakdowns")
  public abstract ImmutableList<Breakdown> breakdowns();

  /**
   * Returns the plans of the scopes below this one.
   *
   * @return the child plans, possibly empty, not null
   */
  @JsonProperty("children")
  public abstract ImmutableList<Plan> children();

  /**
   * Returns the plan's overall budget (规划投资).
   *
   * @return the budget, money, if stated
   */
  public abstract Optional<Quantity> budget();

  /**
   * Returns the registered poor households (建档立卡贫困户) of the scope when the plan was made.
   *
   * @return the number of households, if stated
   */
  public abstract OptionalLong registeredHouseholds();

  /**
   * Returns the registered poor people (建档立卡贫困人口) of the scope when the plan was made.
   *
   * @return the number of people, if stated
   */
  public abstract OptionalLong registeredPeople();

  /**
   * Returns whether the plan claims a household plan for every registered poor household
   * (一户一策), which {@link #check()} then verifies.
   *
   * @return true if the plan claims 一户一策
   */
  @Value.Default
  @JsonProperty("oneHouseholdOnePlan")
  public boolean oneHouseholdOnePlan() {
    return false;
  }

  /**
   * Returns whether the child plans listed are only some of the children's plans (a partial
   * breakdown), as when a province's plan holds one city's plan among several. A partial
   * breakdown is checked for the listed parts fitting within the parent; what is not yet
   * broken down is reported as information, never as a shortfall.
   *
   * @return true if the children listed are some of them, not all
   */
  @Value.Default
  @JsonProperty("partialBreakdown")
  public boolean partialBreakdown() {
    return false;
  }

  /**
   * Returns the level of the plan's scope.
   *
   * @return the level, not null
   */
  public PlanLevel level() {
    return scope().level();
  }

  /**
   * Returns this plan and all plans below it, parents before their children.
   *
   * @return the plans of the tree, this one first, not null
   */
  public Stream<Plan> tree() {
    return Stream.concat(Stream.of(this), children().stream().flatMap(Plan::tree));
  }

  /**
   * Finds the plan of a scope in this tree.
   *
   * @param planScope  the scope, not null
   * @return the plan of that scope, or empty if the tree has none
   */
  public Optional<Plan> find(Scope planScope) {
    requireNonNull(planScope, "planScope");
    if (scope().equals(planScope)) {
      return Optional.of(this);
    }
    return children().stream().filter(c -> c.scope().contains(planScope)).findFirst()
        .flatMap(c -> c.find(planScope));
  }

  /**
   * Reviews the plan tree: one finding per check, with the numbers.
   *
   * @return the review, not null
   */
  public PlanReview check() {
    return PlanReview.of(new PlanChecker(null).check(this));
  }

  /**
   * Reviews the plan tree and, for each plan that claims 一户一策, checks that every household
   * of the registry in its scope has a household plan and every household plan a household.
   *
   * @param registry  the registry snapshot, not null
   * @return the review, not null
   */
  public PlanReview check(Registry registry) {
    requireNonNull(registry, "registry");
    return PlanReview.of(new PlanChecker(registry).check(this));
  }

  /**
   * Tracks this plan's own targets at a date.
   *
   * @param observations  the observations, in any order, not null
   * @param date  the date of the report, not null
   * @return the progress report, not null
   */
  public ProgressReport progress(Collection<Observation> observations, LocalDate date) {
    return progress(observations, date, 0);
  }

  /**
   * Tracks the targets of this plan and of the plans below it, down to a depth, at a date.
   *
   * @param observations  the observations, in any order, not null
   * @param date  the date of the report, not null
   * @param depth  how many levels of child plans to include: 0 for this plan only
   * @return the progress report, not null
   * @throws IllegalArgumentException if the depth is negative
   */
  public ProgressReport progress(Collection<Observation> observations, LocalDate date, int depth) {
    requireNonNull(observations, "observations");
    requireNonNull(date, "date");
    if (depth < 0) {
      throw new IllegalArgumentException("depth must not be negative: " + depth);
    }
    return new Tracker(observations).report(this, date, depth);
  }

  /**
   * Refuses a malformed tree when the plan is built: a child plan not below the plan's scope,
   * two children for one scope, a target, milestone or project outside the scope, a bad budget
   * or negative registered counts. Everything else is a finding of {@link #check()}.
   */
  @Value.Check
  void refuseMalformedTree() {
    Set<Scope> seen = new HashSet<>();
    for (Plan child : children()) {
      if (child.scope().equals(scope()) || !scope().contains(child.scope())) {
        throw new IllegalArgumentException("child plan " + child.name().zh() + " must be for a scope below "
            + scope() + ": '" + child.scope() + "'");
      }
      if (!seen.add(child.scope())) {
        throw new IllegalArgumentException("plan " + name().zh() + " has two child plans for one scope: '"
            + child.scope() + "'");
      }
    }
    for (Target t : targets()) {
      checkInside("target of " + t.indicator(), t.scope());
    }
    for (Milestone m : milestones()) {
      checkInside("milestone of " + m.indicator(), m.scope());
    }
    for (Project p : projects()) {
      p.scope().ifPresent(s -> checkInside("project " + p.name().zh(), s));
    }
    budget().ifPresent(b -> Validation.checkMoney("budget of plan " + name().zh(), b));
    if (registeredHouseholds().orElse(0) < 0 || registeredPeople().orElse(0) < 0) {
      throw new IllegalArgumentException("registered households and people must not be negative: "
          + registeredHouseholds() + ", " + registeredPeople());
    }
  }

  private void checkInside(String what, Scope inner) {
    if (!scope().contains(inner)) {
      throw new IllegalArgumentException(what + " must lie inside the plan's scope " + scope() + ": '" + inner + "'");
    }
  }

  /**
   * Returns a short description: name, scope, period and the sizes of its lists.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Plan{" + name().zh() + ", " + scope() + ", " + period() + ", " + targets().size() + " targets, "
        + milestones().size() + " milestones, " + projects().size() + " projects, " + children().size()
        + " children}";
  }

  /**
   * A builder of plans.
   */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {
    }

    /**
     * Sets the name, the same in both languages.
     *
     * @param name  the name, not null
     * @return this builder, not null
     */
    public Builder name(String name) {
      name(Text.of(name));
      return this;
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("budget")
  private @Nullable Quantity budgetJson() {
    return budget().orElse(null);
  }

  @JsonProperty("registeredHouseholds")
  private @Nullable Long registeredHouseholdsJson() {
    return registeredHouseholds().isPresent() ? registeredHouseholds().getAsLong() : null;
  }

  @JsonProperty("registeredPeople")
  private @Nullable Long registeredPeopleJson() {
    return registeredPeople().isPresent() ? registeredPeople().getAsLong() : null;
  }

  @JsonCreator
  private static Plan ofJson(
      @JsonProperty("name") Text name,
      @JsonProperty("scope") Scope scope,
      @JsonProperty("period") DateRange period,
      @JsonProperty("targets") @Nullable List<Target> targets,
      @JsonProperty("milestones") @Nullable List<Milestone> milestones,
      @JsonProperty("projects") @Nullable List<Project> projects,
      @JsonProperty("breakdowns") @Nullable List<Breakdown> breakdowns,
      @JsonProperty("children") @Nullable List<Plan> children,
      @JsonProperty("budget") @Nullable Quantity budget,
      @JsonProperty("registeredHouseholds") @Nullable Long registeredHouseholds,
      @JsonProperty("registeredPeople") @Nullable Long registeredPeople,
      @JsonProperty("oneHouseholdOnePlan") @Nullable Boolean oneHouseholdOnePlan,
      @JsonProperty("partialBreakdown") @Nullable Boolean partialBreakdown) {
    ImmutablePlan.Builder b = ImmutablePlan.builder();
    b.name(name);
    b.scope(scope);
    b.period(period);
    if (targets != null) {
      b.targets(targets);
    }
    if (milestones != null) {
      b.milestones(milestones);
    }
    if (projects != null) {
      b.projects(projects);
    }
    if (breakdowns != null) {
      b.breakdowns(breakdowns);
    }
    if (children != null) {
      b.children(children);
    }
    if (budget != null) {
      b.budget(budget);
    }
    if (registeredHouseholds != null) {
      b.registeredHouseholds(registeredHouseholds);
    }
    if (registeredPeople != null) {
      b.registeredPeople(registeredPeople);
    }
    if (oneHouseholdOnePlan != null) {
      b.oneHouseholdOnePlan(oneHouseholdOnePlan);
    }
    if (partialBreakdown != null) {
      b.partialBreakdown(partialBreakdown);
    }
    return b.build();
  }
}
