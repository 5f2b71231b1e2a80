package org.tuopin.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.google.common.collect.ImmutableMap;
import org.tuopin.assist.pairing.Cadre;
import org.tuopin.registry.Member;
import org.tuopin.registry.ResidentId;

/**
 * The redacting JSON writer's configuration: Jackson mix-ins that write personal data as the
 * library's {@code toString()} shows it, for output meant for dashboards (看板).
 *
 * <p>The plain binding writes personal data in full, because that is data transfer: a
 * resident ID (身份证号) as its 18 characters, a name whole, a birth date. Output for a
 * dashboard goes through a mapper with these mix-ins instead, which writes
 * <ul>
 *   <li>a {@link ResidentId} redacted as its {@code toString()}: {@code 110105********002X};
 *   <li>a member's and a cadre's name as its first character: {@code 张**};
 *   <li>no birth date at all.
 * </ul>
 *
 * <p>Mix-ins are annotations only, so one map serves both databind lines:
 * <pre>{@code
 * // Jackson 2
 * ObjectMapper mapper = new ObjectMapper();
 * Redacting.mixIns().forEach(mapper::addMixIn);
 * // Jackson 3
 * ObjectMapper mapper = JsonMapper.builder().addMixIns(Redacting.mixIns()).build();
 * }</pre>
 * Such a mapper writes; it is not meant to read back, as the redacted values are not data.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Redacting {

  private static final ImmutableMap<Class<?>, Class<?>> MIX_INS = ImmutableMap.of(
      ResidentId.class, RedactedResidentId.class,
      Member.class, RedactedPerson.class,
      Cadre.class, RedactedPerson.class);

  private Redacting() {
  }

  /**
   * Returns the mix-ins of the redacting writer, target type to mix-in type, for
   * {@code ObjectMapper.addMixIn} (Jackson 2) or {@code MapperBuilder.addMixIns} (Jackson 3).
   *
   * @return the mix-ins, not null
   */
  public static ImmutableMap<Class<?>, Class<?>> mixIns() {
    return MIX_INS;
  }

  /** Writes a resident ID as its redacted {@code toString()}. */
  abstract static class RedactedResidentId {
    @JsonValue(false)
    abstract String toUnredactedString();

    @Override
    @JsonValue
    public abstract String toString();
  }

  /** Writes a person's name as its first character and leaves the birth date out. */
  abstract static class RedactedPerson {
    @JsonIgnore
    abstract String nameJson();

    @JsonProperty("name")
    abstract String redactedNameJson();

    @JsonIgnore
    abstract String birthDateJson();
  }
}
