package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.tuopin.region.RegionLevel;
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
    try {
      CsvReader<CsvRecord> reader = CsvReader.builder().ignoreDifferentFieldCount(true).ofCsvRecord(csv);
      for (CsvRecord record : reader) {
        if (parse.columns == null) {
          parse.header(record);
        } else {
          parse.row(record);
        }
      }
    } catch (CsvParseException ex) {
      throw new RosterFormatException(source + ": malformed CSV after line " + parse.lastLine + ": " + ex.getMessage());
    } catch (UncheckedIOException ex) {
      throw ex.getCause();
    }
    if (parse.columns == null) {
      throw new RosterFormatException(source + ": the file is empty: no header row");
    }
    return parse.finish();
  }

  /** One data row: its raw and parsed values and its errors. */
  private static final class Row {
    final long line;
    final EnumMap<RosterColumn, Object> values = new EnumMap<>(RosterColumn.class);
    final List<RowError> errors = new ArrayList<>();

    Row(long line) {
      this.line = line;
    }

    @SuppressWarnings("unchecked")
    <T> Optional<T> get(RosterColumn c) {
      return Optional.ofNullable((T) values.get(c));
    }

    <T> T require(RosterColumn c) {
      return this.<T>get(c).orElseThrow();
    }
  }

  /** The state of one read. */
  private final class Parse {
    final String source;
    RosterColumn[] columns;
    String[] headers;
    final EnumMap<RosterColumn, String> headerOf = new EnumMap<>(RosterColumn.class);
    final List<String> unknown = new ArrayList<>();
    final Map<HouseholdId, List<Row>> byHousehold = new LinkedHashMap<>();
    final Map<PersonId, Long> personLines = new HashMap<>();
    final List<Row> orphans = new ArrayList<>();
    long rowsRead;
    long lastLine = 1;

    Parse(String source) {
      this.source = source;
    }

    void header(CsvRecord record) throws RosterFormatException {
      int n = record.getFieldCount();
      columns = new RosterColumn[n];
      headers = new String[n];
      for (int i = 0; i < n; i++) {
        String h = record.getField(i).trim();
        if (i == 0 && h.startsWith("\uFEFF")) {
          h = h.substring(1).trim();
        }
        headers[i] = h;
        Optional<RosterColumn> c = RosterColumn.find(h);
        if (c.isPresent()) {
          String previous = headerOf.put(c.get(), h);
          if (previous != null) {
            throw new RosterFormatException(source + ": column " + c.get().key() + " is headed twice ('"
                + previous + "' and '" + h + "')");
          }
          columns[i] = c.get();
        } else {
          unknown.add(h);
        }
      }
      List<String> missing = new ArrayList<>();
      for (RosterColumn c : RosterColumn.values()) {
        if (c.isRequired() && !headerOf.containsKey(c)) {
          missing.add(c.key() + " (" + c.zh() + ")");
        }
      }
      if (!missing.isEmpty()) {
        throw new RosterFormatException(source + ": required columns missing: " + String.join(", ", missing));
      }
      if (!unknown.isEmpty()) {
        LOG.debug("{}: unknown columns kept aside: {}", source, unknown);
      }
    }

    void row(CsvRecord record) {
      rowsRead++;
      Row row = new Row(record.getStartingLineNumber());
      lastLine = row.line;
      int n = record.getFieldCount();
      if (n != columns.length) {
        row.errors.add(RowError.of(row.line, "*",
            "the row has " + n + " fields but the header has " + columns.length));
      }
      for (int i = 0; i < Math.min(n, columns.length); i++) {
        if (columns[i] != null) {
          parseField(row, columns[i], record.getField(i).trim());
        }
      }
      for (RosterColumn c : RosterColumn.values()) {
        if (c.isRequired() && !row.values.containsKey(c) && hasNoErrorFor(row, c)) {
          row.errors.add(error(row, c, "a value is required"));
        }
      }
      Optional<PersonId> person = row.get(RosterColumn.PERSON_ID);
      if (person.isPresent()) {
        Long first = personLines.putIfAbsent(person.get(), row.line);
        if (first != null) {
          row.errors.add(error(row, RosterColumn.PERSON_ID,
              "person id '" + person.get() + "' is already used on line " + first + " (must be unique in the file)"));
        }
      }
      Optional<HouseholdId> household = row.get(RosterColumn.HOUSEHOLD_ID);
      if (household.isPresent()) {
        byHousehold.computeIfAbsent(household.get(), k -> new ArrayList<>()).add(row);
      } else {
        orphans.add(row);
      }
    }

    private boolean hasNoErrorFor(Row row, RosterColumn c) {
      return row.errors.stream().noneMatch(e -> e.column().equals(headerOf.get(c)));
    }

    private RowError error(Row row, RosterColumn c, String reason) {
      return RowError.of(row.line, headerOf.getOrDefault(c, c.key()), reason);
    }

    private void parseField(Row row, RosterColumn c, String text) {
      if (text.isEmpty()) {
        return;
      }
      try {
        row.values.put(c, parseValue(c, text));
      } catch (IllegalArgumentException ex) {
        row.errors.add(error(row, c, ex.getMessage()));
      }
    }

    private Object parseValue(RosterColumn c, String text) {
      switch (c) {
        case VILLAGE_CODE:
          RegionCode code = RegionCode.parse(text);
          if (code.level() != RegionLevel.VILLAGE) {
            throw new IllegalArgumentException(
                "village code must name an administrative village, not a " + code.level().key() + ": '" + text + "'");
          }
          return code;
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
          Yuan amount = Yuan.parse(text);
          if (amount.isNegative()) {
            throw new IllegalArgumentException(c.key() + " must not be negative: '" + text + "'");
          }
          return amount;
        default:
          return flag(text);
      }
    }

    RosterImport finish() {
      ImmutableList.Builder<HouseholdId> order = ImmutableList.builder();
      Map<HouseholdId, Household> households = new LinkedHashMap<>();
      Map<HouseholdId, IncompleteHousehold> incomplete = new LinkedHashMap<>();
      for (Map.Entry<HouseholdId, List<Row>> e : byHousehold.entrySet()) {
        HouseholdId id = e.getKey();
        List<Row> rows = e.getValue();
        order.add(id);
        checkAgreement(id, rows);
        if (rows.stream().allMatch(r -> r.errors.isEmpty())) {
          try {
            households.put(id, build(id, rows));
            continue;
          } catch (IllegalArgumentException ex) {
            for (Row r : rows) {
              r.errors.add(error(r, RosterColumn.RELATION, ex.getMessage()));
            }
          }
        }
        Optional<RegionCode> village = rows.stream()
            .map(r -> r.<RegionCode>get(RosterColumn.VILLAGE_CODE)).flatMap(Optional::stream).findFirst();
        ImmutableList<RowError> errors = rows.stream().flatMap(r -> r.errors.stream()).sorted()
            .collect(ImmutableList.toImmutableList());
        incomplete.put(id, new IncompleteHousehold(id, village, rows.size(), errors));
      }
      List<Row> all = new ArrayList<>(orphans);
      byHousehold.values().forEach(all::addAll);
      long rejected = all.stream().filter(r -> !r.errors.isEmpty()).count();
      ImmutableList<RowError> errors = all.stream().flatMap(r -> r.errors.stream()).sorted()
          .collect(ImmutableList.toImmutableList());
      return new RosterImport(source, order.build(), ImmutableMap.copyOf(households),
          ImmutableMap.copyOf(incomplete), errors, rowsRead, rejected, ImmutableList.copyOf(unknown));
    }

    private void checkAgreement(HouseholdId id, List<Row> rows) {
      if (rows.size() < 2) {
        return;
      }
      for (RosterColumn c : RosterColumn.values()) {
        if (!c.isHouseholdLevel() || !headerOf.containsKey(c)) {
          continue;
        }
        Set<Object> distinct = new LinkedHashSet<>();
        for (Row r : rows) {
          if (hasNoErrorFor(r, c)) {
            distinct.add(r.values.getOrDefault(c, Tristate.UNKNOWN));
          }
        }
        if (distinct.size() > 1) {
          String seen = rows.stream()
              .map(r -> describe(r.values.get(c)) + " on line " + r.line)
              .collect(Collectors.joining(", "));
          for (Row r : rows) {
            r.errors.add(error(r, c, "the rows of household " + id + " disagree on " + c.key() + ": " + seen));
          }
        }
      }
    }

    private String describe(Object value) {
      return value == null ? "(empty)" : value instanceof Yuan ? ((Yuan) value).toPlainString() : value.toString();
    }

    private Household build(HouseholdId id, List<Row> rows) {
      Row first = rows.get(0);
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
      for (Row r : rows) {
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
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "是": case "1": case "true": case "yes":
        return Tristate.MET;
      case "否": case "0": case "false": case "no":
        return Tristate.NOT_MET;
      default:
        throw new IllegalArgumentException("flag must be 是/否, 1/0, true/false, yes/no or empty: '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return "RosterReader" + incomeYears.map(y -> "[income years " + y + "]").orElse("");
  }
}
