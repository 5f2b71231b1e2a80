package org.tuopin.plan;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * A project of a plan (项目): a name, a category, a budget (总投资) with its funding sources
 * and per-unit subsidies, the responsible unit (责任单位) and a schedule (工期).
 *
 * <p>Whether the funding adds up to the budget and the subsidies fit inside it are findings
 * of {@link Plan#check()}, not conditions for building a project.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Project implements WithProject {

  Project() {
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
   * Returns the name.
   *
   * @return the name, not null
   */
  @JsonProperty("name")
  public abstract Text name();

  /**
   * Returns the category.
   *
   * @return the category, not null
   */
  @JsonProperty("category")
  public abstract ProjectCategory category();

  /**
   * Returns where the project is, if narrower than its plan's scope (石门头村).
   *
   * @return the scope, if stated
   */
  public abstract Optional<Scope> scope();

  /**
   * Returns the budget (总投资).
   *
   * @return the budget, money, if stated
   */
  public abstract Optional<Quantity> budget();

  /**
   * Returns the funding sources with their amounts.
   *
   * @return the funding, possibly empty, not null
   */
  @JsonProperty("funding")
  public abstract ImmutableList<Funding> funding();

  /**
   * Returns the per-unit subsidies the project pays.
   *
   * @return the subsidies, possibly empty, not null
   */
  @JsonProperty("subsidies")
  public abstract ImmutableList<Subsidy> subsidies();

  /**
   * Returns the responsible unit (责任单位), such as 县交通运输局.
   *
   * @return the responsible unit, if stated
   */
  public abstract Optional<String> responsible();

  /**
   * Returns the schedule (工期): first and last day of the works.
   *
   * @return the schedule, if stated
   */
  public abstract Optional<DateRange> schedule();

  /**
   * Returns a note, such as how many sub-projects it bundles.
   *
   * @return the note, if any
   */
  public abstract Optional<Text> note();

  @Value.Check
  void check() {
    budget().ifPresent(b -> Validation.checkMoney("budget of project " + name().zh(), b));
  }

  /**
   * Returns a short description: name, category and budget.
   *
   * @return the description, not null
   */
  @Override
  public String toString() {
    return "Project{" + name().zh() + ", " + category() + budget().map(b -> ", " + b).orElse("") + "}";
  }

  /**
   * A builder of projects.
   */
  public static final class Builder extends ImmutableProject.Builder {
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

  @JsonProperty("scope")
  private @Nullable Scope scopeJson() {
    return scope().orElse(null);
  }

  @JsonProperty("budget")
  private @Nullable Quantity budgetJson() {
    return budget().orElse(null);
  }

  @JsonProperty("responsible")
  private @Nullable String responsibleJson() {
    return responsible().orElse(null);
  }

  @JsonProperty("schedule")
  private @Nullable DateRange scheduleJson() {
    return schedule().orElse(null);
  }

  @JsonProperty("note")
  private @Nullable Text noteJson() {
    return note().orElse(null);
  }

  @JsonCreator
  private static Project ofJson(
      @JsonProperty("name") Text name,
      @JsonProperty("category") ProjectCategory category,
      @JsonProperty("scope") @Nullable Scope scope,
      @JsonProperty("budget") @Nullable Quantity budget,
      @JsonProperty("funding") @Nullable List<Funding> funding,
      @JsonProperty("subsidies") @Nullable List<Subsidy> subsidies,
      @JsonProperty("responsible") @Nullable String responsible,
      @JsonProperty("schedule") @Nullable DateRange schedule,
      @JsonProperty("note") @Nullable Text note) {
    ImmutableProject.Builder b = ImmutableProject.builder();
    b.name(name);
    b.category(category);
    if (scope != null) {
      b.scope(scope);
    }
    if (budget != null) {
      b.budget(budget);
    }
    if (funding != null) {
      b.funding(funding);
    }
    if (subsidies != null) {
      b.subsidies(subsidies);
    }
    if (responsible != null) {
      b.responsible(responsible);
    }
    if (schedule != null) {
      b.schedule(schedule);
    }
    if (note != null) {
      b.note(note);
    }
    return b.build();
  }
}
