package org.tuopin.registry;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.internal.Redaction;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;

/**
 * A member of a registered household (家庭成员), with the facts of the registration record
 * that standards and measures look at.
 *
 * <p>The name, the resident ID and the birth date are personal data: {@link #toString()}
 * shows the name and ID redacted and leaves the birth date out (it is the part of the ID
 * that redaction hides). Facts that were not recorded are empty, never a default.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Member implements WithMember {

  Member() {
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
   * Obtains a member with an id and a relation, no other facts recorded.
   *
   * @param id  the person id, not null
   * @param relation  the relation to the householder, not null
   * @return the member, not null
   */
  public static Member of(PersonId id, Relation relation) {
    return builder().id(id).relation(relation).build();
  }

  /**
   * Returns the person id (人编号).
   *
   * @return the id, not null
   */
  @JsonProperty("id")
  public abstract PersonId id();

  /**
   * Returns the name (姓名). Personal data.
   *
   * @return the name, if recorded
   */
  public abstract Optional<String> name();

  /**
   * Returns the resident ID (证件号码). Personal data.
   *
   * @return the ID, if recorded
   */
  public abstract Optional<ResidentId> residentId();

  /**
   * Returns the relation to the householder (与户主关系).
   *
   * @return the relation, not null
   */
  @JsonProperty("relation")
  public abstract Relation relation();

  /**
   * Returns the sex (性别).
   *
   * @return the sex, if recorded
   */
  public abstract Optional<Sex> sex();

  /**
   * Returns the birth date (出生日期).
   *
   * @return the date, if recorded
   */
  public abstract Optional<LocalDate> birthDate();

  /**
   * Returns the health status (健康状况).
   *
   * @return the status, if recorded
   */
  public abstract Optional<Health> health();

  /**
   * Returns the labour capacity (劳动技能).
   *
   * @return the capacity, if recorded
   */
  public abstract Optional<LabourSkill> labour();

  /**
   * Checks whether this member is the householder.
   *
   * @return true for the householder (户主)
   */
  public boolean isHouseholder() {
    return relation() == Relation.HOUSEHOLDER;
  }

  /**
   * Returns the member with the name and resident ID redacted.
   *
   * @return a description safe for logs, not null
   */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder("Member{id=").append(id()).append(", relation=")
        .append(relation().label().zh());
    name().ifPresent(n -> b.append(", name=").append(Redaction.name(n)));
    residentId().ifPresent(r -> b.append(", residentId=").append(r));
    sex().ifPresent(s -> b.append(", sex=").append(s.label().zh()));
    health().ifPresent(h -> b.append(", health=").append(h.label().zh()));
    labour().ifPresent(l -> b.append(", labour=").append(l.label().zh()));
    return b.append('}').toString();
  }

  /**
   * A builder of members.
   */
  public static final class Builder extends ImmutableMember.Builder {
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

  @JsonProperty("residentId")
  private @Nullable ResidentId residentIdJson() {
    return residentId().orElse(null);
  }

  @JsonProperty("sex")
  private @Nullable Sex sexJson() {
    return sex().orElse(null);
  }

  @JsonProperty("birthDate")
  private @Nullable String birthDateJson() {
    return birthDate().map(Object::toString).orElse(null);
  }

  @JsonProperty("health")
  private @Nullable Health healthJson() {
    return health().orElse(null);
  }

  @JsonProperty("labour")
  private @Nullable LabourSkill labourJson() {
    return labour().orElse(null);
  }

  @JsonCreator
  private static Member ofJson(
      @JsonProperty("id") PersonId id,
      @JsonProperty("name") @Nullable String name,
      @JsonProperty("residentId") @Nullable ResidentId residentId,
      @JsonProperty("relation") Relation relation,
      @JsonProperty("sex") @Nullable Sex sex,
      @JsonProperty("birthDate") @Nullable String birthDate,
      @JsonProperty("health") @Nullable Health health,
      @JsonProperty("labour") @Nullable LabourSkill labour) {
    ImmutableMember.Builder b = ImmutableMember.builder();
    b.id(id);
    if (name != null) {
      b.name(name);
    }
    if (residentId != null) {
      b.residentId(residentId);
    }
    b.relation(relation);
    if (sex != null) {
      b.sex(sex);
    }
    if (birthDate != null) {
      b.birthDate(LocalDate.parse(birthDate));
    }
    if (health != null) {
      b.health(health);
    }
    if (labour != null) {
      b.labour(labour);
    }
    return b.build();
  }
}
