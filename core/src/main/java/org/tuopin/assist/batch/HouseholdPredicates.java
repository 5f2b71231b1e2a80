package org.tuopin.assist.batch;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.internal.Catalogue;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdAttribute;
import org.tuopin.registry.LabourSkill;
import org.tuopin.registry.Member;
import org.tuopin.registry.PovertyCause;

/**
 * The built-in {@link HouseholdPredicate household predicates} that the default strategy rules use,
 * and the facts they are made of.
 *
 * <p>An able-bodied member (有劳动能力) is one recorded as ordinary or skilled labour
 * (普通劳动力, 技能劳动力) and, when the birth date is recorded, aged 16 to 65 at the facts'
 * date — the working ages of the national data check on 特困 households with able-bodied
 * members. A member recorded as having lost capacity or having none (丧失劳动力, 无劳动力),
 * or outside those ages, is not able-bodied; one whose labour is not recorded is unknown.
 */
public final class HouseholdPredicates {

  /** The youngest working age, in whole years. */
  public static final int MIN_WORKING_AGE = 16;
  /** The oldest working age, in whole years. */
  public static final int MAX_WORKING_AGE = 65;

  private static final Set<HouseholdAttribute> ASSISTED = EnumSet.of(HouseholdAttribute.SUBSISTENCE_EXITED,
      HouseholdAttribute.DESTITUTE_EXITED, HouseholdAttribute.SUBSISTENCE_POOR, HouseholdAttribute.DESTITUTE_POOR,
      HouseholdAttribute.SUBSISTENCE_DESTITUTE_POOR);

  /**
   * {@code assisted_without_labour}: on 低保 or 特困供养 (household attribute 02, 03, 04, 06 or
   * 07) and no able-bodied member. The default rule of 社会保障兜底一批.
   */
  public static final HouseholdPredicate ASSISTED_WITHOUT_LABOUR = HouseholdPredicate.of("assisted_without_labour",
      Text.of("低保或特困供养且无劳动能力成员", "on subsistence allowance or destitute support, no able-bodied member"),
      (h, facts) -> onSocialAssistance(h).and(noAbleBodiedMember(h, facts.asOf())));

  /**
   * {@code cause_schooling}: schooling costs (因学, 03) among the causes of poverty. The default
   * rule of 发展教育脱贫一批.
   */
  public static final HouseholdPredicate SCHOOLING = HouseholdPredicate.of("cause_schooling",
      Text.of("因学致贫", "poor through schooling costs"), (h, facts) -> hasCause(h, PovertyCause.SCHOOLING));

  /**
   * {@code cause_illness}: illness (因病, 01) among the causes of poverty. The default rule of
   * 医疗救助扶持一批 (四个一批).
   */
  public static final HouseholdPredicate ILLNESS = HouseholdPredicate.of("cause_illness",
      Text.of("因病致贫", "poor through illness"), (h, facts) -> hasCause(h, PovertyCause.ILLNESS));

  private static final Catalogue<HouseholdPredicate> CATALOGUE = Catalogue.of("household predicate",
      HouseholdPredicate::key, ImmutableList.<HouseholdPredicate>builder()
          .add(ASSISTED_WITHOUT_LABOUR, SCHOOLING, ILLNESS)
          .addAll(HouseholdFlags.all().stream().map(HouseholdPredicates::flagged).iterator())
          .build());

  private HouseholdPredicates() {
  }

  /**
   * Obtains the predicate that a household carries a flag, with key {@code flag_} and the flag's
   * key ({@code flag_relocation}). It is never unknown: a flag is a list, and a household
   * not on it does not carry it.
   *
   * @param flag  the flag, not null
   * @return the predicate, not null
   * @throws IllegalArgumentException if the flag's key is longer than 59 characters
   */
  public static HouseholdPredicate flagged(HouseholdFlag flag) {
    requireNonNull(flag, "flag");
    return HouseholdPredicate.of("flag_" + flag.key(), flag.label(),
        (h, facts) -> Tristate.of(facts.has(h.id(), flag)));
  }

  /**
   * Returns the built-in predicates: those above and one {@link #flagged(HouseholdFlag)} predicate for
   * each built-in flag.
   *
   * @return the predicates, not null
   */
  public static ImmutableList<HouseholdPredicate> all() {
    return CATALOGUE.all();
  }

  /**
   * Obtains a built-in predicate by key.
   *
   * @param key  the key, such as {@code cause_schooling} or {@code flag_relocation}, not null
   * @return the predicate, not null
   * @throws NotFoundException naming the key and the known keys if none has it
   */
  public static HouseholdPredicate of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a built-in predicate by key.
   *
   * @param key  the key, such as {@code cause_schooling} or {@code flag_relocation}, not null
   * @return the predicate, or empty if no built-in predicate has the key
   */
  public static Optional<HouseholdPredicate> find(String key) {
    return CATALOGUE.find(key);
  }

  /**
   * Tells whether a household lives on social assistance: its attribute is one of the
   * 低保 or 特困供养 codes (02, 03, 04, 06, 07).
   *
   * @param household  the household, not null
   * @return met or not met, or unknown when no attribute is recorded, not null
   */
  public static Tristate onSocialAssistance(Household household) {
    return household.attribute().map(a -> Tristate.of(ASSISTED.contains(a))).orElse(Tristate.UNKNOWN);
  }

  /**
   * Tells whether a member is able-bodied at a date (see the class description).
   *
   * @param member  the member, not null
   * @param asOf  the date at which the age is taken, not null
   * @return met or not met, or unknown when the labour capacity is not recorded and the age
   *     does not decide, not null
   */
  public static Tristate isAbleBodied(Member member, LocalDate asOf) {
    requireNonNull(asOf, "asOf");
    Optional<LocalDate> birth = member.birthDate();
    if (birth.isPresent()) {
      int age = Period.between(birth.get(), asOf).getYears();
      if (age < MIN_WORKING_AGE || age > MAX_WORKING_AGE) {
        return Tristate.NOT_MET;
      }
    }
    return member.labour()
        .map(l -> Tristate.of(l == LabourSkill.ORDINARY || l == LabourSkill.SKILLED))
        .orElse(Tristate.UNKNOWN);
  }

  /**
   * Tells whether no member of a household is able-bodied at a date.
   *
   * @param household  the household, not null
   * @param asOf  the date at which ages are taken, not null
   * @return not met when one member is able-bodied, met when every member is known not to be,
   *     else unknown, not null
   */
  public static Tristate noAbleBodiedMember(Household household, LocalDate asOf) {
    Tristate none = Tristate.MET;
    for (Member m : household.members()) {
      Tristate able = isAbleBodied(m, asOf);
      if (able == Tristate.MET) {
        return Tristate.NOT_MET;
      }
      if (able == Tristate.UNKNOWN) {
        none = Tristate.UNKNOWN;
      }
    }
    return none;
  }

  /**
   * Tells whether a cause is among a household's causes of poverty, main or other.
   *
   * @param household  the household, not null
   * @param cause  the cause, not null
   * @return met when recorded as a cause; not met when a main cause is recorded and this
   *     cause is not among the causes; unknown when no main cause is recorded, not null
   */
  public static Tristate hasCause(Household household, PovertyCause cause) {
    requireNonNull(cause, "cause");
    if (household.primaryCause().map(cause::equals).orElse(false) || household.otherCauses().contains(cause)) {
      return Tristate.MET;
    }
    return household.primaryCause().isPresent() ? Tristate.NOT_MET : Tristate.UNKNOWN;
  }
}
