package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Condition;
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

/**
 * Reads the roster file (建档立卡 roster, one row per person) of the data contract into
 * households, accounting for every row.
 *
 * <p>The file is UTF-8 CSV (RFC 4180, with or without a byte-order mark) whose header names
 * each column by its English key or Chinese alias ({@link RosterColumn}); column order is
 * free and unknown columns are kept aside. A row with a bad value is rejected with its line,
 * column and reason; household-level columns must agree across a household's rows; and a
 * household with any rejected row is not built from the rows left but reported as an
 * {@link IncompleteHousehold}. Resident IDs are checked for their check character and are
 * never quoted whole in an error.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RosterReader {

  private static final Logger LOG = LoggerFactory.getLogger(RosterReader.class);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

  private final Optional<YearRange> incomeYears;

  private RosterReader(Optional<YearRange> incomeYears) {
    this.incomeYears = incomeYears;
  }

  /**
   * Obtains a reader that accepts any plausible income year.
   *
   * @return the reader, not null
   */
  public static RosterReader create() {
    return new RosterReader(Optional.empty());
  }

  /**
   * Returns a reader that also rejects rows whose income year is outside a range, such as
   * the effective years of the standard the roster will be assessed under.
   *
   * @param years  the accepted income years, not null
   * @return a reader with the restriction, not null
   */
  public RosterReader withIncomeYears(YearRange years) {
    return new RosterReader(Optional.of(requireNonNull(years, "years")));
  }

  /**
   * Reads a roster file.
   *
   * @param file  the file, UTF-8, not null
   * @return the import, accounting for every row, not null
   * @throws RosterFormatException if the file cannot be read as a roster at all
   * @throws IOException if the file cannot be read
   */
  public RosterImport read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.getFileName().toString());
    }
  }

  /**
   * Reads a roster from text.
   *
   * @param csv  the CSV text, not null; read but not closed
   * @param source  a name for the source in messages, such as the file name, not null
   * @return the import, accounting for every row, not null
   * @throws RosterFormatException if the text cannot be read as a roster at all
   * @throws IOException if the reader fails
   */
  public RosterImport read(Reader csv, String source) throws IOException {
    requireNonNull(csv, "csv");
    requireNonNull(source, "source");
    Parse parse = new Parse(source);
    parse.read(csv);
    return parse.finish();
  }

  /** The state of one read: the shared table mechanism plus the roster's own checks. */
  private final class Parse extends TableParse<RosterColumn> {
    final Map<HouseholdId, List<Row<RosterColumn>>> byHousehold = new LinkedHashMap<>();
    final Map<PersonId, Long> personLines = new HashMap<>();

    Parse(String source) {
      super(RosterColumn.class, source, LOG);
    }

    @Override
    TableFormatException formatError(String message) {
      return new RosterFormatException(message);
    }

    @Override
    void accept(Row<RosterColumn> row) {
      Optional<PersonId> person = row.get(RosterColumn.PERSON_ID);
      if (person.isPresent()) {
        Long first = personLines.putIfAbsent(person.get(), row.line);
        if (first != null) {
          reject(row, RosterColumn.PERSON_ID,
              "person id '" + person.get() + "' is already used on line " + first + " (must be unique in the file)");
        }
      }
      Optional<HouseholdId> household = row.get(RosterColumn.HOUSEHOLD_ID);
      if (household.isPresent()) {
        byHousehold.computeIfAbsent(household.get(), k -> new ArrayList<>()).add(row);
      }
    }

    @Override
    Object parseValue(RosterColumn c, String text) {
      switch (c) {
        case VILLAGE_CODE:
          return TableValues.villageCode(text);
        case GROUP:
        case NAME:
          return text;
        case HOUSEHOLD_ID:
          return HouseholdId.of(text);
        case PERSON_ID:
          return PersonId.of(text);
        case ID_NUMBER:
          return ResidentId.parse(text);
        case RELATION:
          return Relation.parse(text);
        case SEX:
          return Sex.parse(text);
        case BIRTH_DATE:
          try {
            return LocalDate.parse(text, DATE);
          } catch (DateTimeParseException ex) {
            throw new IllegalArgumentException("birth date must be a real date as YYYY-MM-DD: '" + text + "'", ex);
          }
        case HEALTH:
          return Health.parse(text);
        case LABOR:
          return LabourSkill.parse(text);
        case ATTRIBUTE:
          return HouseholdAttribute.parse(text);
        case PRIMARY_CAUSE:
          return PovertyCause.parse(text);
        case IDENTIFIED_YEAR:
        case EXIT_YEAR:
          return year(c, text);
        case EXIT_STATUS:
          return ExitStatus.parse(text);
        case INCOME_YEAR:
          int year = year(c, text);
          if (incomeYears.isPresent() && !incomeYears.get().contains(year)) {
            throw new IllegalArgumentException("income year " + year
                + " is outside the years the standard covers (" + incomeYears.get() + ")");
          }
          return year;
        case WAGE_INCOME:
        case BUSINESS_INCOME:
        case PROPERTY_INCOME:
        case TRANSFER_INCOME:
        case BUSINESS_EXPENSE:
          return TableValues.amount(c.key(), text);
        default:
          return TableValues.flag(text);
      }
    }

    RosterImport finish() {
      ImmutableList.Builder<HouseholdId> order = ImmutableList.builder();
      Map<HouseholdId, Household> households = new LinkedHashMap<>();
      Map<HouseholdId, IncompleteHousehold> incomplete = new LinkedHashMap<>();
      for (Map.Entry<HouseholdId, List<Row<RosterColumn>>> e : byHousehold.entrySet()) {
        HouseholdId id = e.getKey();
        List<Row<RosterColumn>> rows = e.getValue();
        order.add(id);
        checkAgreement(id, rows);
        if (rows.stream().noneMatch(Row::isRejected)) {
          try {
            households.put(id, build(id, rows));
            continue;
          } catch (IllegalArgumentException ex) {
            for (Row<RosterColumn> r : rows) {
              reject(r, RosterColumn.RELATION, String.valueOf(ex.getMessage()));
            }
          }
        }
        Optional<RegionCode> village = rows.stream()
            .map(r -> r.<RegionCode>get(RosterColumn.VILLAGE_CODE)).flatMap(Optional::stream).findFirst();
        ImmutableList<RowError> errors = rows.stream().flatMap(r -> r.errors.stream()).sorted()
            .collect(ImmutableList.toImmutableList());
        incomplete.put(id, new IncompleteHousehold(id, village, rows.size(), errors));
      }
      return new RosterImport(source(), order.build(), ImmutableMap.copyOf(households),
          ImmutableMap.copyOf(incomplete), account());
    }

    private void checkAgreement(HouseholdId id, List<Row<RosterColumn>> rows) {
      if (rows.size() < 2) {
        return;
      }
      for (RosterColumn c : RosterColumn.values()) {
        if (!c.isHouseholdLevel() || !isHeaded(c)) {
          continue;
        }
        Set<Object> distinct = new LinkedHashSet<>();
        for (Row<RosterColumn> r : rows) {
          if (hasNoErrorFor(r, c)) {
            distinct.add(r.values.getOrDefault(c, Tristate.UNKNOWN));
          }
        }
        if (distinct.size() > 1) {
          String seen = rows.stream()
              .map(r -> describe(r.values.get(c)) + " on line " + r.line)
              .collect(Collectors.joining(", "));
          for (Row<RosterColumn> r : rows) {
            reject(r, c, "the rows of household " + id + " disagree on " + c.key() + ": " + seen);
          }
        }
      }
    }

    private String describe(Object value) {
      return value == null ? "(empty)" : value instanceof Yuan ? ((Yuan) value).toPlainString() : value.toString();
    }

    private Household build(HouseholdId id, List<Row<RosterColumn>> rows) {
      Row<RosterColumn> first = rows.get(0);
      Household.Builder h = Household.builder()
          .id(id)
          .village(first.require(RosterColumn.VILLAGE_CODE))
          .income(IncomeStatement.of(first.require(RosterColumn.INCOME_YEAR),
              first.require(RosterColumn.WAGE_INCOME), first.require(RosterColumn.BUSINESS_INCOME),
              first.require(RosterColumn.PROPERTY_INCOME), first.require(RosterColumn.TRANSFER_INCOME),
              first.require(RosterColumn.BUSINESS_EXPENSE)));
      first.<String>get(RosterColumn.GROUP).ifPresent(h::group);
      first.<HouseholdAttribute>get(RosterColumn.ATTRIBUTE).ifPresent(h::attribute);
      first.<PovertyCause>get(RosterColumn.PRIMARY_CAUSE).ifPresent(h::primaryCause);
      first.<Integer>get(RosterColumn.IDENTIFIED_YEAR).ifPresent(h::identifiedYear);
      first.<Integer>get(RosterColumn.EXIT_YEAR).ifPresent(h::exitYear);
      first.<ExitStatus>get(RosterColumn.EXIT_STATUS).ifPresent(h::exitStatus);
      for (RosterColumn c : RosterColumn.values()) {
        Optional<Condition> condition = c.condition();
        Optional<Tristate> state = first.get(c);
        if (condition.isPresent() && state.isPresent()) {
          h.putConditions(condition.get(), state.get());
        }
      }
      for (Row<RosterColumn> r : rows) {
        Member.Builder m = Member.builder().id(r.require(RosterColumn.PERSON_ID)).relation(r.require(RosterColumn.RELATION));
        r.<String>get(RosterColumn.NAME).ifPresent(m::name);
        r.<ResidentId>get(RosterColumn.ID_NUMBER).ifPresent(m::residentId);
        r.<Sex>get(RosterColumn.SEX).ifPresent(m::sex);
        r.<LocalDate>get(RosterColumn.BIRTH_DATE).ifPresent(m::birthDate);
        r.<Health>get(RosterColumn.HEALTH).ifPresent(m::health);
        r.<LabourSkill>get(RosterColumn.LABOR).ifPresent(m::labour);
        h.addMembers(m.build());
      }
      return h.build();
    }
  }

  private static int year(RosterColumn c, String text) {
    if (text.length() != 4 || !text.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(c.key() + " must be a four-digit year: '" + text + "'");
    }
    int year = Integer.parseInt(text);
    if (year < 1978 || year > 2100) {
      throw new IllegalArgumentException(c.key() + " must be between 1978 and 2100: '" + text + "'");
    }
    return year;
  }

  /**
   * Reads a flag of the data contract: 是/否, 1/0, true/false, yes/no in any case.
   *
   * @param text  the non-empty text, not null
   * @return met or not met, not null
   * @throws IllegalArgumentException if the text is no flag
   */
  static Tristate flag(String text) {
    return TableValues.flag(text);
  }

  @Override
  public String toString() {
    return "RosterReader" + incomeYears.map(y -> "[income years " + y + "]").orElse("");
  }
}
