package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tuopin.internal.Ids;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.HouseholdId;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.JsonCreator;
import org.tuopin.internal.Redaction;

/**
 * What a plan, a target or an observation covers (范围): a region, a cluster of sibling
 * regions (片区, such as "the three non-poor villages" of seed 000), a villager group
 * (村民小组) of a village, one household, or an organisation under a region (单位: a state
 * forest farm, a department, an enterprise, a cooperative, a development zone's committee),
 * so that allocation and pairing tables whose rows are not regions can be typed.
 *
 * <p>Scopes nest like the region code and below it: province, prefecture, county,
 * township, village, group, household ({@link PlanLevel}). A cluster sits at the level of
 * its members; its parent is theirs.
 *
 * <p>The text form, which {@link #parse(String)} reads back, is the 12-digit region code
 * ({@code 511921105201}), member codes joined by {@code +} for a cluster
 * ({@code 511921105203+511921105204}), {@code /g:} and {@code /h:} parts for a group and a
 * household ({@code 532328205201/g:3/h:H0001}), and an {@code /o:} part for an organisation
 * ({@code 511900000000/o:巴中经济开发区}). An organisation lies inside its region, contains
 * only itself and overlaps no other organisation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scope implements Comparable<Scope>, Serializable {

  private static final long serialVersionUID = 1L;
  private static final RegionLevel[] REGION_LEVELS = RegionLevel.values();

  /** The region: itself, the village of a group or household, the common parent of a cluster. */
  private final RegionCode region;
  /** The members of a cluster, empty for any other scope. */
  private final ImmutableSortedSet<RegionCode> members;
  /** The villager group, or null. */
  private final @Nullable String group;
  /** The household, or null. */
  private final @Nullable HouseholdId household;
  /** The organisation, or null. */
  private final @Nullable String organisation;

  private Scope(RegionCode region, ImmutableSortedSet<RegionCode> members, @Nullable String group,
      @Nullable HouseholdId household) {
    this(region, members, group, household, null);
  }

  private Scope(RegionCode region, ImmutableSortedSet<RegionCode> members, @Nullable String group,
      @Nullable HouseholdId household, @Nullable String organisation) {
    this.region = region;
    this.members = members;
    this.group = group;
    this.household = household;
    this.organisation = organisation;
  }

  /**
   * Obtains the scope of an organisation under a region (单位): a state forest farm (国有林场),
   * a department (县农业局), an enterprise, a cooperative or a development zone.
   *
   * @param region  the region the organisation belongs to, at any level, not null
   * @param name  the organisation's name, letters, digits and {@code - _ . :}, not null
   * @return the scope, not null
   * @throws IllegalArgumentException if the name is empty, too long or holds other characters
   */
  public static Scope ofOrganisation(RegionCode region, String name) {
    requireNonNull(region, "region");
    return new Scope(region, ImmutableSortedSet.of(), null, null, Ids.check("organisation", name));
  }

  /**
   * Obtains the scope of a region.
   *
   * @param region  the region, at any level, not null
   * @return the scope, not null
   */
  public static Scope of(RegionCode region) {
    requireNonNull(region, "region");
    return new Scope(region, ImmutableSortedSet.of(), null, null);
  }

  /**
   * Obtains the scope of a cluster (片区) of sibling regions: two or more regions of the
   * same level under the same parent.
   *
   * @param members  the regions, not null
   * @return the scope, not null
   * @throws IllegalArgumentException if there are fewer than two distinct regions or they are
   *     not siblings, naming them
   */
  public static Scope ofCluster(Collection<RegionCode> members) {
    requireNonNull(members, "members");
    ImmutableSortedSet<RegionCode> set = ImmutableSortedSet.copyOf(members);
    if (set.size() < 2) {
      throw new IllegalArgumentException("a cluster needs at least two distinct regions: " + members);
    }
    RegionCode first = set.first();
    Optional<RegionCode> parent = first.parent();
    for (RegionCode m : set) {
      if (m.level() != first.level() || parent.isEmpty() || !m.parent().equals(parent)) {
        throw new IllegalArgumentException(
            "a cluster's regions must be siblings: same level, same parent: " + set);
      }
    }
    return new Scope(parent.orElseThrow(), set, null, null);
  }

  /**
   * Obtains the scope of a cluster (片区) of sibling regions.
   *
   * @param members  the regions, two or more siblings, not null
   * @return the scope, not null
   * @throws IllegalArgumentException if there are fewer than two distinct regions or they are
   *     not siblings
   */
  public static Scope ofCluster(RegionCode... members) {
    return ofCluster(Arrays.asList(members));
  }

  /**
   * Obtains the scope of a villager group (村民小组).
   *
   * @param village  the village, not null
   * @param group  the group's name or number, such as {@code 3} or {@code 第三组}, not null
   * @return the scope, not null
   * @throws IllegalArgumentException if the code is not a village's or the group name is
   *     malformed
   */
  public static Scope ofGroup(RegionCode village, String group) {
    return new Scope(checkVillage(village), ImmutableSortedSet.of(), Ids.check("group", group), null);
  }

  /**
   * Obtains the scope of a household.
   *
   * @param village  the household's village, not null
   * @param household  the household's id, not null
   * @return the scope, not null
   * @throws IllegalArgumentException if the code is not a village's
   */
  public static Scope ofHousehold(RegionCode village, HouseholdId household) {
    requireNonNull(household, "household");
    return new Scope(checkVillage(village), ImmutableSortedSet.of(), null, household);
  }

  /**
   * Obtains the scope of a household in a villager group.
   *
   * @param village  the household's village, not null
   * @param group  the group's name or number, not null
   * @param household  the household's id, not null
   * @return the scope, not null
   * @throws IllegalArgumentException if the code is not a village's or the group name is
   *     malformed
   */
  public static Scope ofHousehold(RegionCode village, String group, HouseholdId household) {
    requireNonNull(household, "household");
    return new Scope(checkVillage(village), ImmutableSortedSet.of(), Ids.check("group", group), household);
  }

  private static RegionCode checkVillage(RegionCode village) {
    requireNonNull(village, "village");
    if (village.level() != RegionLevel.VILLAGE) {
      throw new IllegalArgumentException(
          "a group or household needs a village code, not a " + village.level().key() + " code: '" + village + "'");
    }
    return village;
  }

  /**
   * Obtains a scope by reading its text form: {@code 511921105201},
   * {@code 511921105203+511921105204}, {@code 532328205201/g:3},
   * {@code 532328205201/g:3/h:H0001}, {@code 532328205201/h:H0001} or
   * {@code 511900000000/o:巴中经济开发区}.
   *
   * @param text  the text, not null
   * @return the scope, not null
   * @throws IllegalArgumentException if the text is not of one of these forms
   */
  @JsonCreator
  public static Scope parse(String text) {
    requireNonNull(text, "text");
    String t = text.strip();
    try {
      if (t.contains("+")) {
        return ofCluster(Arrays.stream(t.split("\\+", -1)).map(RegionCode::parse).toList());
      }
      String[] parts = t.split("/", -1);
      RegionCode region = RegionCode.parse(parts[0]);
      if (parts.length == 1) {
        return of(region);
      }
      if (parts.length == 2 && parts[1].startsWith("g:")) {
        return ofGroup(region, parts[1].substring(2));
      }
      if (parts.length == 2 && parts[1].startsWith("o:")) {
        return ofOrganisation(region, parts[1].substring(2));
      }
      if (parts.length == 2 && parts[1].startsWith("h:")) {
        return ofHousehold(region, HouseholdId.of(parts[1].substring(2)));
      }
      if (parts.length == 3 && parts[1].startsWith("g:") && parts[2].startsWith("h:")) {
        return ofHousehold(region, parts[1].substring(2), HouseholdId.of(parts[2].substring(2)));
      }
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException("scope is a region code, codes joined by +, or a village code with"
          + " /g:group and /h:household parts, or a region code with an /o:organisation part: " + Redaction.quote(text) + " ("
          + Redaction.escaped(String.valueOf(ex.getMessage())) + ")", ex);
    }
    throw new IllegalArgumentException("scope is a region code, codes joined by +, or a village code with"
        + " /g:group and /h:household parts, or a region code with an /o:organisation part: " + Redaction.quote(text));
  }

  /**
   * Returns the region code: the region itself, the village of a group or household, or the
   * common parent of a cluster's members.
   *
   * @return the region, not null
   */
  public RegionCode region() {
    return region;
  }

  /**
   * Returns the regions the scope spans: a cluster's members, or the one region (the village
   * of a group or household).
   *
   * @return the regions, in code order, not null
   */
  public ImmutableSortedSet<RegionCode> regions() {
    return members.isEmpty() ? ImmutableSortedSet.of(region) : members;
  }

  /**
   * Returns the villager group of a group's or a household's scope.
   *
   * @return the group, if the scope names one
   */
  public Optional<String> group() {
    return Optional.ofNullable(group);
  }

  /**
   * Returns the household of a household's scope.
   *
   * @return the household id, if this is a household's scope
   */
  public Optional<HouseholdId> household() {
    return Optional.ofNullable(household);
  }

  /**
   * Returns the organisation of an organisation's scope.
   *
   * @return the organisation's name, if this is an organisation's scope
   */
  public Optional<String> organisation() {
    return Optional.ofNullable(organisation);
  }

  /**
   * Checks whether this is a cluster of sibling regions.
   *
   * @return true for a cluster
   */
  public boolean isCluster() {
    return !members.isEmpty();
  }

  /**
   * Returns the level: the region's, the members' for a cluster, group or household.
   *
   * @return the level, not null
   */
  public PlanLevel level() {
    if (organisation != null) {
      return PlanLevel.ORGANISATION;
    }
    if (household != null) {
      return PlanLevel.HOUSEHOLD;
    }
    if (group != null) {
      return PlanLevel.GROUP;
    }
    return PlanLevel.of(isCluster() ? members.first().level() : region.level());
  }

  /**
   * Returns the scope directly above: the group of a household in one (else its village),
   * the village of a group, the parent region of a region or a cluster.
   *
   * @return the parent scope, or empty for a province
   */
  public Optional<Scope> parent() {
    if (organisation != null) {
      return Optional.of(of(region));
    }
    if (household != null) {
      return Optional.of(group != null ? ofGroup(region, group) : of(region));
    }
    if (group != null || isCluster()) {
      return Optional.of(of(region));
    }
    return region.parent().map(Scope::of);
  }

  /**
   * Checks whether this scope contains another, or is it: a township contains its villages,
   * their groups and households; a cluster contains what its members contain; a group
   * contains its households.
   *
   * @param other  the other scope, not null
   * @return true if everything the other covers lies inside this scope
   */
  public boolean contains(Scope other) {
    requireNonNull(other, "other");
    if (household != null || organisation != null) {
      return equals(other);
    }
    if (group != null) {
      return region.equals(other.region) && group.equals(other.group);
    }
    for (RegionCode r : other.regions()) {
      if (regions().stream().noneMatch(m -> m.contains(r))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks whether this scope and another share any ground: one contains the other, or a
   * cluster shares a region with another scope. A household recorded without its group is
   * not taken to overlap a group.
   *
   * @param other  the other scope, not null
   * @return true if the scopes overlap
   */
  public boolean overlaps(Scope other) {
    requireNonNull(other, "other");
    if (contains(other) || other.contains(this)) {
      return true;
    }
    if (isBelowVillage() || other.isBelowVillage()) {
      return false;
    }
    for (RegionCode a : regions()) {
      for (RegionCode b : other.regions()) {
        if (a.contains(b) || b.contains(a)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isBelowVillage() {
    return group != null || household != null || organisation != null;
  }

  /**
   * Returns the scope one level below this one on the way down to a descendant, for rolling
   * figures up: for a township and a household of one of its villages, that village.
   *
   * @param descendant  a scope strictly inside this one, neither being a cluster
   * @return the scope one level down, not null
   */
  Scope childToward(Scope descendant) {
    if (descendant.organisation != null && descendant.region.equals(region)) {
      return descendant;
    }
    if (level() == PlanLevel.GROUP) {
      return descendant;
    }
    if (level() == PlanLevel.VILLAGE) {
      return descendant.group != null ? ofGroup(descendant.region, descendant.group) : descendant;
    }
    return of(descendant.region.at(REGION_LEVELS[region.level().ordinal() + 1]));
  }

  /**
   * Returns the chain of scopes from the province down to this one.
   *
   * @return the chain, this scope last, not null
   */
  public ImmutableList<Scope> chain() {
    ImmutableList.Builder<Scope> chain = ImmutableList.builder();
    region.chain().forEach(r -> chain.add(of(r)));
    if (isCluster() || group != null) {
      chain.add(isCluster() ? this : ofGroup(region, group));
    }
    if (household != null || organisation != null) {
      chain.add(this);
    }
    return chain.build();
  }

  @Override
  public int compareTo(Scope other) {
    return toString().compareTo(other.toString());
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Scope)) {
      return false;
    }
    Scope o = (Scope) obj;
    return region.equals(o.region) && members.equals(o.members) && Objects.equals(group, o.group)
        && Objects.equals(household, o.household) && Objects.equals(organisation, o.organisation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(region, members, group, household, organisation);
  }

  /**
   * Returns the text form: {@code 511921105201}, {@code 511921105203+511921105204},
   * {@code 532328205201/g:3/h:H0001}, {@code 511900000000/o:巴中经济开发区}.
   *
   * @return the text that {@link #parse(String)} reads back, not null
   */
  @Override
  @JsonValue
  public String toString() {
    if (isCluster()) {
      return String.join("+", members.stream().map(RegionCode::toString).toList());
    }
    return region + (group == null ? "" : "/g:" + group) + (household == null ? "" : "/h:" + household)
        + (organisation == null ? "" : "/o:" + organisation);
  }
}
