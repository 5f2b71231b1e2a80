package org.tuopin.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.Health;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdAttribute;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.LabourSkill;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.PovertyCause;
import org.tuopin.registry.Relation;
import org.tuopin.registry.ResidentId;
import org.tuopin.registry.Sex;
import org.tuopin.standard.StandardSetId;

/**
 * QuickTheories generators for Tuopin's domain: amounts, region codes, resident IDs,
 * identifiers, income statements and whole households.
 *
 * <p>The generators build their values from the domain rules (DOMAIN.md), not from the
 * code under test: region codes from the GB/T 2260 province list and the 2-2-2-3-3 digit
 * layout, resident ID check characters from ISO 7064 MOD 11-2 computed here. Only the final
 * step goes through the public {@code parse} or builder, so a generator that fails to
 * build a value is itself a finding.
 *
 * <p>Use them with {@link Theories#qt()}, which fixes the seed.
 */
public final class Generators {

  /** The GB/T 2260 province codes, in order. */
  public static final List<Integer> PROVINCES = List.of(
      11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
      41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82);

  /** The largest amount, in fen, of {@link #yuan()}: ¥10,000,000,000.00. */
  public static final long MAX_FEN = 1_000_000_000_000L;

  private static final int[] PART_DIGITS = {2, 2, 2, 3, 3};
  private static final int[] PART_MAX = {99, 99, 99, 399, 999};
  private static final String ID_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.:户村组一二三";
  private static final String KEY_START = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final String KEY_REST = KEY_START + "_-";
  private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴");
  private static final List<String> GIVEN = List.of("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军");
  private static final LocalDate FIRST_BIRTH = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST_BIRTH = LocalDate.of(2020, 12, 31);

  private Generators() {
  }

  // -------------------------------------------------------------------------------------
  // money

  /**
   * Amounts in fen from −{@link #MAX_FEN} to +{@link #MAX_FEN}, mixed with small amounts
   * around zero so that signs, zero and single fen come up often.
   *
   * @return the generator, not null
   */
  public static Gen<Long> fen() {
    return longs().between(-MAX_FEN, MAX_FEN).mix(longs().between(-10_000, 10_000));
  }

  /**
   * Amounts of money, positive, negative or zero, up to ten billion yuan either way.
   *
   * @return the generator, not null
   */
  public static Gen<Yuan> yuan() {
    return fen().map(Yuan::ofFen).describedAs(Yuan::toString);
  }

  /**
   * Amounts from zero to a maximum.
   *
   * @param maxYuan  the largest whole number of yuan
   * @return the generator, not null
   */
  public static Gen<Yuan> nonNegativeYuan(long maxYuan) {
    return longs().between(0, maxYuan * 100).map(Yuan::ofFen).describedAs(Yuan::toString);
  }

  /**
   * Amounts over the whole range of a long number of fen, to test overflow.
   *
   * @return the generator, not null
   */
  public static Gen<Yuan> anyYuan() {
    return longs().all().map(Yuan::ofFen).describedAs(Yuan::toString);
  }

  // -------------------------------------------------------------------------------------
  // regions

  /**
   * The two-digit GB/T 2260 province codes.
   *
   * @return the generator, not null
   */
  public static Gen<Integer> provinceCodes() {
    return Generate.pick(PROVINCES);
  }

  /**
   * Valid 12-digit statistical division codes of a level, as text: a GB/T 2260 province,
   * then non-zero parts down to the level (prefecture and county 01-99, township 001-399,
   * village 001-999), then zeros.
   *
   * @param level  the level, not null
   * @return the generator, not null
   */
  public static Gen<String> regionCodeTexts(RegionLevel level) {
    return in -> {
      StringBuilder code = new StringBuilder(String.format("%02d", provinceCodes().generate(in)));
      for (int i = 1; i < PART_DIGITS.length; i++) {
        int part = i <= level.ordinal() ? integers().between(1, PART_MAX[i]).generate(in) : 0;
        code.append(String.format("%0" + PART_DIGITS[i] + "d", part));
      }
      return code.toString();
    };
  }

  /**
   * Valid region codes of a level.
   *
   * @param level  the level, not null
   * @return the generator, not null
   */
  public static Gen<RegionCode> regionCodes(RegionLevel level) {
    return regionCodeTexts(level).map(RegionCode::parse).describedAs(RegionCode::toString);
  }

  /**
   * Valid region codes of every level.
   *
   * @return the generator, not null
   */
  public static Gen<RegionCode> regionCodes() {
    return Generate.enumValues(RegionLevel.class).flatMap(Generators::regionCodes)
        .describedAs(RegionCode::toString);
  }

  /**
   * Valid village codes.
   *
   * @return the generator, not null
   */
  public static Gen<RegionCode> villageCodes() {
    return regionCodes(RegionLevel.VILLAGE);
  }

  // -------------------------------------------------------------------------------------
  // resident IDs

  /**
   * The parts of an 18-character resident ID: county, birth date and sequence. The check
   * character is computed here, independently of the code under test.
   *
   * @param county  the six-digit county code
   * @param birthDate  the birth date
   * @param sequence  the sequence number, 0 to 999 (odd for men)
   */
  public record ResidentIdSpec(String county, LocalDate birthDate, int sequence) {

    /**
     * Returns the first 17 digits: county, birth date {@code yyyyMMdd} and sequence.
     *
     * @return the digits, not null
     */
    public String first17() {
      return county + birthDigits() + String.format("%03d", sequence);
    }

    /**
     * Returns the eight birth-date digits {@code yyyyMMdd}.
     *
     * @return the digits, not null
     */
    public String birthDigits() {
      return String.format("%04d%02d%02d", birthDate.getYear(), birthDate.getMonthValue(), birthDate.getDayOfMonth());
    }

    /**
     * Returns the whole 18-character number with its check character.
     *
     * @return the number, not null
     */
    public String text() {
      return first17() + checkCharacter(first17());
    }

    /**
     * Returns the sex the sequence encodes: odd for men.
     *
     * @return the sex, not null
     */
    public Sex sex() {
      return sequence % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }
  }

  /**
   * Computes the ISO 7064 MOD 11-2 check character of 17 digits, written from the
   * standard's definition rather than the table of GB 11643: the weight of position
   * {@code i} (0-based, left to right) is 2<sup>17−i</sup> mod 11, and the check value
   * {@code c} makes the weighted sum plus {@code c} congruent to 1 mod 11; 10 is written X.
   *
   * @param first17  the first 17 digits, not null
   * @return the check character
   */
  public static char checkCharacter(String first17) {
    if (first17.length() != 17 || !first17.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("17 digits expected");
    }
    int sum = 0;
    int weight = 1;
    for (int i = 16; i >= 0; i--) {
      weight = weight * 2 % 11;
      sum += (first17.charAt(i) - '0') * weight;
    }
    int check = Math.floorMod(1 - sum, 11);
    return check == 10 ? 'X' : (char) ('0' + check);
  }

  /**
   * Birth dates from 1900 to 2020.
   *
   * @return the generator, not null
   */
  public static Gen<LocalDate> birthDates() {
    return longs().between(FIRST_BIRTH.toEpochDay(), LAST_BIRTH.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  /**
   * The parts of valid 18-character resident IDs: a valid county code, a birth date from
   * 1900 to 2020 and any sequence.
   *
   * @return the generator, not null
   */
  public static Gen<ResidentIdSpec> residentIdSpecs() {
    return regionCodeTexts(RegionLevel.COUNTY).zip(birthDates(), integers().between(0, 999),
        (county, birth, seq) -> new ResidentIdSpec(county.substring(0, 6), birth, seq))
        .describedAs(ResidentIdSpec::text);
  }

  /**
   * Valid 18-character resident ID numbers, as text.
   *
   * @return the generator, not null
   */
  public static Gen<String> residentIdTexts() {
    return residentIdSpecs().map(ResidentIdSpec::text);
  }

  /**
   * Valid 18-character resident IDs.
   *
   * @return the generator, not null
   */
  public static Gen<ResidentId> residentIds() {
    return residentIdTexts().map(ResidentId::parse).describedAs(ResidentId::toUnredactedString);
  }

  /**
   * Valid legacy 15-digit resident ID numbers: county, {@code yyMMdd} of a date in the
   * 1900s, sequence; no check character.
   *
   * @return the generator, not null
   */
  public static Gen<String> legacyResidentIdTexts() {
    Gen<LocalDate> dates = longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(1999, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
    return regionCodeTexts(RegionLevel.COUNTY).zip(dates, integers().between(0, 999),
        (county, d, seq) -> county.substring(0, 6)
            + String.format("%02d%02d%02d%03d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth(), seq));
  }

  // -------------------------------------------------------------------------------------
  // identifiers and ranges

  private static Gen<String> textOf(String alphabet, int minLength, int maxLength) {
    List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).collect(Collectors.toList());
    Gen<Character> c = Generate.pick(chars);
    return in -> {
      int n = integers().between(minLength, maxLength).generate(in);
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        b.append(c.generate(in));
      }
      return b.toString();
    };
  }

  /**
   * Household ids: 1 to 64 letters (Latin and Chinese), digits and {@code - _ . :}.
   *
   * @return the generator, not null
   */
  public static Gen<HouseholdId> householdIds() {
    return textOf(ID_CHARS, 1, 64).map(HouseholdId::of).describedAs(HouseholdId::toString);
  }

  /**
   * Person ids: 1 to 64 letters (Latin and Chinese), digits and {@code - _ . :}.
   *
   * @return the generator, not null
   */
  public static Gen<PersonId> personIds() {
    return textOf(ID_CHARS, 1, 64).map(PersonId::of).describedAs(PersonId::toString);
  }

  /**
   * Standard set ids: one to four dotted words of lower-case letters, digits, {@code _}
   * and {@code -}, each starting with a letter or digit.
   *
   * @return the generator, not null
   */
  public static Gen<StandardSetId> standardSetIds() {
    Gen<String> word = textOf(KEY_START, 1, 1).zip(textOf(KEY_REST, 0, 10), String::concat);
    return in -> {
      int n = integers().between(1, 4).generate(in);
      List<String> words = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        words.add(word.generate(in));
      }
      return StandardSetId.of(String.join(".", words));
    };
  }

  /**
   * Year ranges of four-digit years, single years among them, at most 60 years long.
   *
   * @return the generator, not null
   */
  public static Gen<YearRange> yearRanges() {
    return integers().between(1000, 9999).zip(integers().between(0, 60),
        (first, length) -> YearRange.of(first, Math.min(9999, first + length)))
        .describedAs(YearRange::toString);
  }

  /**
   * The three states.
   *
   * @return the generator, not null
   */
  public static Gen<Tristate> tristates() {
    return Generate.enumValues(Tristate.class);
  }

  // -------------------------------------------------------------------------------------
  // registry

  /**
   * Income statements of the given years: each income component from 0 to 50,000 yuan,
   * business expense from 0 to 20,000 yuan (so net income is sometimes negative).
   *
   * @param years  the income years, within 1978-2100, not null
   * @return the generator, not null
   */
  public static Gen<IncomeStatement> incomeStatements(YearRange years) {
    Gen<Yuan> part = nonNegativeYuan(50_000).mix(nonNegativeYuan(100));
    return in -> IncomeStatement.builder()
        .year(integers().between(years.first(), years.last()).generate(in))
        .wage(part.generate(in))
        .business(part.generate(in))
        .property(part.generate(in))
        .transfer(part.generate(in))
        .businessExpense(nonNegativeYuan(20_000).generate(in))
        .build();
  }

  private static <T> Optional<T> maybe(Gen<T> gen, RandomnessSource in) {
    return booleans().all().generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  /**
   * Members with a given id and relation and random facts: a resident ID (with the sex
   * and birth date it encodes) or none, a name or none, health and labour or none.
   *
   * @param id  the person id, not null
   * @param relation  the relation, not null
   * @return the generator, not null
   */
  public static Gen<Member> members(PersonId id, Relation relation) {
    Gen<String> names = Generate.pick(SURNAMES).zip(Generate.pick(GIVEN), String::concat);
    return in -> {
      Member.Builder b = Member.builder().id(id).relation(relation);
      Optional<ResidentIdSpec> spec = maybe(residentIdSpecs(), in);
      if (spec.isPresent()) {
        b.residentId(ResidentId.parse(spec.get().text())).sex(spec.get().sex()).birthDate(spec.get().birthDate());
      } else {
        maybe(Generate.enumValues(Sex.class), in).ifPresent(b::sex);
        maybe(birthDates(), in).ifPresent(b::birthDate);
      }
      maybe(names, in).ifPresent(b::name);
      maybe(Generate.enumValues(Health.class), in).ifPresent(b::health);
      maybe(Generate.enumValues(LabourSkill.class), in).ifPresent(b::labour);
      return b.build();
    };
  }

  /**
   * Households of 1 to 8 members, exactly one householder among them at a random
   * position, unique person ids, a valid village code, income of one of the given years,
   * and every national condition recorded as met, not met, unknown or not at all.
   *
   * @param incomeYears  the income years, not null
   * @return the generator, not null
   */
  public static Gen<Household> households(YearRange incomeYears) {
    List<Relation> others = Arrays.stream(Relation.values()).filter(r -> r != Relation.HOUSEHOLDER)
        .collect(Collectors.toList());
    Gen<Relation> relations = Generate.pick(others);
    return in -> {
      int size = integers().between(1, 8).generate(in);
      List<Member> members = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        Relation relation = i == 0 ? Relation.HOUSEHOLDER : relations.generate(in);
        members.add(members(PersonId.of("m" + (i + 1)), relation).generate(in));
      }
      Collections.shuffle(members, new Random(longs().all().generate(in)));
      Household.Builder b = Household.builder()
          .id(householdIds().generate(in))
          .village(villageCodes().generate(in))
          .members(members)
          .income(incomeStatements(incomeYears).generate(in));
      maybe(integers().between(1, 12).map((Integer g) -> String.valueOf(g)), in).ifPresent(b::group);
      maybe(Generate.enumValues(HouseholdAttribute.class), in).ifPresent(b::attribute);
      maybe(Generate.enumValues(PovertyCause.class), in).ifPresent(b::primaryCause);
      EnumSet<PovertyCause> causes = EnumSet.noneOf(PovertyCause.class);
      for (PovertyCause c : PovertyCause.values()) {
        if (integers().between(0, 9).generate(in) == 0) {
          causes.add(c);
        }
      }
      b.otherCauses(causes);
      maybe(integers().between(2014, 2016), in).ifPresent(b::identifiedYear);
      maybe(Generate.enumValues(ExitStatus.class), in).ifPresent(b::exitStatus);
      Map<Condition, Tristate> conditions = new LinkedHashMap<>();
      for (Condition c : Conditions.all()) {
        maybe(tristates(), in).ifPresent(t -> conditions.put(c, t));
      }
      b.conditions(conditions);
      return b.build();
    };
  }

  /**
   * Returns the household with its members in another order.
   *
   * @param household  the household, not null
   * @param seed  the seed of the shuffle
   * @return the same household with the members shuffled, not null
   */
  public static Household withMembersShuffled(Household household, long seed) {
    List<Member> members = new ArrayList<>(household.members());
    Collections.shuffle(members, new Random(seed));
    return Household.builder().from(household).members(members).build();
  }

  /**
   * Pairs of the same household with its members in two orders.
   *
   * @param households  the households, not null
   * @return the generator of (household, household reordered), not null
   */
  public static Gen<Pair<Household, Household>> reorderedPairs(Gen<Household> households) {
    return households.zip(longs().all(), (h, seed) -> Pair.of(h, withMembersShuffled(h, seed)));
  }
}
