package org.tuopin.registry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * A registered poor household (建档立卡贫困户): its village, members, income for a named
 * year, attribute, causes of poverty and the conditions a standard looks at.
 *
 * <p>Invariants, checked when it is built: at least one member, exactly one householder
 * (户主), unique person ids, and a village-level region code. Whether the household meets
 * a standard is not an invariant: a {@code StandardSet} assesses it and explains each
 * criterion.
 *
 * <p>Conditions are held as met, not met or unknown; a condition never recorded is unknown
 * ({@link #condition(Condition)}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Household implements WithHousehold {

  Household() {
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
   * Returns the household id (户编号).
   *
   * @return the id, not null
   */
  @JsonProperty("id")
  public abstract HouseholdId id();

  /**
   * Returns the 12-digit code of the administrative village.
   *
   * @return the village code, not null
   */
  @JsonProperty("village")
  public abstract RegionCode village();

  /**
   * Returns the villager group (村民小组).
   *
   * @return the group name or number, if recorded
   */
  public abstract Optional<String> group();

  /**
   * Returns the members, the householder among them.
   *
   * @return the members, at least one, not null
   */
  @JsonProperty("members")
  public abstract ImmutableList<Member> members();

  /**
   * Returns the income statement, which names the year the income was earned.
   *
   * @return the income, not null
   */
  @JsonProperty("income")
  public abstract IncomeStatement income();

  /**
   * Returns the household attribute (贫困户属性).
   *
   * @return the attribute, if recorded
   */
  public abstract Optional<HouseholdAttribute> attribute();

  /**
   * Returns the main cause of poverty (主要致贫原因).
   *
   * @return the cause, if recorded
   */
  public abstract Optional<PovertyCause> primaryCause();

  /**
   * Returns the other causes of poverty (其他致贫原因).
   *
   * @return the causes, possibly empty, not null
   */
  @JsonProperty("otherCauses")
  public abstract ImmutableSet<PovertyCause> otherCauses();

  /**
   * Returns the year the household was identified as poor (识别年度).
   *
   * @return the year, if recorded
   */
  public abstract OptionalInt identifiedYear();

  /**
   * Returns the year the household exited poverty (脱贫年度).
   *
   * @return the year, if recorded
   */
  public abstract OptionalInt exitYear();

  /**
   * Returns the exit status (脱贫状态) as recorded in the registry.
   *
   * @return the status, if recorded
   */
  public abstract Optional<ExitStatus> exitStatus();

  /**
   * Returns the recorded conditions that are known, met or not met.
   *
   * @return the known conditions, not null
   */
  @JsonProperty("conditions")
  public abstract ImmutableMap<Condition, Tristate> conditions();

  /**
   * Returns the household size: the number of members.
   *
   * @return the size, at least 1
   */
  public int size() {
    return members().size();
  }

  /**
   * Returns the householder (户主).
   *
   * @return the one member whose relation is householder, not null
   */
  public Member householder() {
    return members().stream().filter(Member::isHouseholder).findFirst().orElseThrow();
  }

  /**
   * Returns per-capita net income (人均纯收入): net income over size, rounded half-up to
   * the fen.
   *
   * @return the per-capita income, not null
   */
  public Yuan perCapitaNetIncome() {
    return income().perCapitaNet(size());
  }

  /**
   * Checks whether the registry counts the household as poor: its exit status is 未脱贫 or
   * 返贫, or no status is recorded (a household on the poverty register is poor until it is
   * recorded as exited).
   *
   * @return true if poor by its recorded status
   */
  public boolean isPoor() {
    return exitStatus().map(ExitStatus::isPoor).orElse(true);
  }

  /**
   * Returns the state of a condition: met, not met, or unknown when not recorded.
   *
   * @param condition  the condition, not null
   * @return the state, not null
   */
  public Tristate condition(Condition condition) {
    return conditions().getOrDefault(condition, Tristate.UNKNOWN);
  }

  @Value.Check
  Household normalize() {
    if (members().isEmpty()) {
      throw new IllegalArgumentException("household " + id() + " must have at least one member");
    }
    long householders = members().stream().filter(Member::isHouseholder).count();
    if (householders != 1) {
      throw new IllegalArgumentException(
          "household " + id() + " must have exactly one householder (户主), not " + householders);
    }
    Set<PersonId> seen = new HashSet<>();
    for (Member m : members()) {
      if (!seen.add(m.id())) {
        throw new IllegalArgumentException("household " + id() + " lists person id twice: '" + m.id() + "'");
      }
    }
    if (village().level() != RegionLevel.VILLAGE) {
      throw new IllegalArgumentException(
          "household " + id() + " needs a village-level code, not a " + village().level().key() + " code: '"
              + village() + "'");
    }
    if (conditions().containsValue(Tristate.UNKNOWN)) {
      ImmutableMap.Builder<Condition, Tristate> known = ImmutableMap.builder();
      for (Map.Entry<Condition, Tristate> e : conditions().entrySet()) {
        if (e.getValue() != Tristate.UNKNOWN) {
          known.put(e);
        }
      }
      return builder().from(this).conditions(known.build()).build();
    }
    return this;
  }

  /**
   * A builder of households.
   */
  public static final class Builder extends ImmutableHousehold.Builder {
    Builder() {
    }

    /**
     * Records conditions as met.
     *
     * @param met  the conditions met, not null
     * @return this builder, not null
     */
    public Builder met(Condition... met) {
      for (Condition c : met) {
        putConditions(c, Tristate.MET);
      }
      return this;
    }

    /**
     * Records conditions as not met.
     *
     * @param notMet  the conditions not met, not null
     * @return this builder, not null
     */
    public Builder notMet(Condition... notMet) {
      for (Condition c : notMet) {
        putConditions(c, Tristate.NOT_MET);
      }
      return this;
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("group")
  private @Nullable String groupJson() {
    return group().orElse(null);
  }

  @JsonProperty("attribute")
  private @Nullable HouseholdAttribute attributeJson() {
    return attribute().orElse(null);
  }

  @JsonProperty("primaryCause")
  private @Nullable PovertyCause primaryCauseJson() {
    return primaryCause().orElse(null);
  }

  @JsonProperty("identifiedYear")
  private @Nullable Integer identifiedYearJson() {
    return identifiedYear().isPresent() ? identifiedYear().getAsInt() : null;
  }

  @JsonProperty("exitYear")
  private @Nullable Integer exitYearJson() {
    return exitYear().isPresent() ? exitYear().getAsInt() : null;
  }

  @JsonProperty("exitStatus")
  private @Nullable ExitStatus exitStatusJson() {
    return exitStatus().orElse(null);
  }

  @JsonCreator
  private static Household ofJson(
      @JsonProperty("id") HouseholdId id,
      @JsonProperty("village") RegionCode village,
      @JsonProperty("group") @Nullable String group,
      @JsonProperty("members") @Nullable List<Member> members,
      @JsonProperty("income") IncomeStatement income,
      @JsonProperty("attribute") @Nullable HouseholdAttribute attribute,
      @JsonProperty("primaryCause") @Nullable PovertyCause primaryCause,
      @JsonProperty("otherCauses") @Nullable Set<PovertyCause> otherCauses,
      @JsonProperty("identifiedYear") @Nullable Integer identifiedYear,
      @JsonProperty("exitYear") @Nullable Integer exitYear,
      @JsonProperty("exitStatus") @Nullable ExitStatus exitStatus,
      @JsonProperty("conditions") @Nullable Map<Condition, Tristate> conditions) {
    ImmutableHousehold.Builder b = ImmutableHousehold.builder();
    b.id(id);
    b.village(village);
    if (group != null) {
      b.group(group);
    }
    if (members != null) {
      b.members(members);
    }
    b.income(income);
    if (attribute != null) {
      b.attribute(attribute);
    }
    if (primaryCause != null) {
      b.primaryCause(primaryCause);
    }
    if (otherCauses != null) {
      b.otherCauses(otherCauses);
    }
    if (identifiedYear != null) {
      b.identifiedYear(identifiedYear);
    }
    if (exitYear != null) {
      b.exitYear(exitYear);
    }
    if (exitStatus != null) {
      b.exitStatus(exitStatus);
    }
    if (conditions != null) {
      b.conditions(conditions);
    }
    return b.build();
  }
}
