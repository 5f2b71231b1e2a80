package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.internal.Redaction;
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
 * <p>The file is CSV (RFC 4180; UTF-8 with or without a byte-order mark, or GB18030/GBK,
 * detected or given by {@link #withEncoding(Charset)}) or an {@code .xlsx} workbook (its first
 * sheet, or the one given by {@link #withSheet(String)}), read through {@link TableInput}, whose header names
 * each column by its English key or Chinese alias ({@link RosterColumn}); column order is
 * free and unknown columns are kept aside. A row with a bad value is rejected with its line,
 * column and reason; household-level columns must agree across a household's rows; and a
 * household with any rejected row is not built from the rows left but reported as an
 * {@link IncompleteHousehold}; rows whose household id is not valid are reported so too,
 * those of the same text together, under the id {@code invalid-id-line-N} (N the line of the
 * first). Resident IDs are checked for their check character and are
 * never quoted whole in an error.
 *
 * <p>A household's rows may be anywhere in the file. Reading holds little more than the
 * households built: each household is built as soon as its rows end, and its rows are
 * released, so a county's roster whose households' rows follow one another (the usual
 * export layout) is read in about the memory of its households; rows of a household that
 * come later are still joined to it, only more slowly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RosterReader {

  private static final Logger LOG = LoggerFactory.getLogger(RosterReader.class);

  /** The columns whose values a read shares between rows with the same text. */
  private static final Set<RosterColumn> SHARED = Sets.immutableEnumSet(RosterColumn.VILLAGE_CODE,
      RosterColumn.GROUP, RosterColumn.BIRTH_DATE, RosterColumn.WAGE_INCOME, RosterColumn.BUSINESS_INCOME,
      RosterColumn.PROPERTY_INCOME, RosterColumn.TRANSFER_INCOME, RosterColumn.BUSINESS_EXPENSE);
  /** The most distinct texts of one column whose values a read shares. */
  private static final int MAX_SHARED = 1 << 16;
  /** The household-level columns. */
  private static final Set<RosterColumn> HOUSEHOLD_LEVEL = Arrays.stream(RosterColumn.values())
      .filter(RosterColumn::isHouseholdLevel).collect(Sets.toImmutableEnumSet());
  private static final long[] NO_LINES = new long[0];
  /** The flag columns and the household condition each records. */
  private static final Map<RosterColumn, Condition> CONDITIONS = conditions();

  private static final RosterReader INSTANCE = new RosterReader(Optional.empty(), Optional.empty());

  private final Optional<Charset> encoding;
  private final Optional<String> sheet;

  private RosterReader(Optional<Charset> encoding, Optional<String> sheet) {
    this.encoding = encoding;
    this.sheet = sheet;
  }

  /**
   * Obtains a reader. It accepts any plausible income year: a household whose income year a
   * standard does not cover is assessed {@code NOT_COVERED}, never a rejected row. It detects
   * a CSV file's encoding and reads a workbook's first sheet.
   *
   * @return the reader, not null
   */
  public static RosterReader create() {
    return INSTANCE;
  }

  /**
   * Returns a copy that reads CSV files in an encoding rather than detecting it.
   *
   * @param encoding  the encoding, such as GBK, not null
   * @return the reader, not null
   * @see TableInput#withEncoding(Charset)
   */
  public RosterReader withEncoding(Charset encoding) {
    return new RosterReader(Optional.of(requireNonNull(encoding, "encoding")), sheet);
  }

  /**
   * Returns a copy that reads the sheet of a name of {@code .xlsx} workbooks rather than their
   * first sheet.
   *
   * @param name  the sheet name, not null
   * @return the reader, not null
   * @see TableInput#withSheet(String)
   */
  public RosterReader withSheet(String name) {
    return new RosterReader(encoding, Optional.of(requireNonNull(name, "name")));
  }

  /**
   * Reads a roster file: CSV in its encoding, or a workbook's sheet.
   *
   * @param file  the file, not null
   * @return the import, accounting for every row, not null
   * @throws RosterFormatException if the file cannot be read as a roster at all, naming the
   *     file, the line and the cause (a byte sequence that is no text in the encoding, a
   *     malformed record, a missing column)
   * @throws IOException if the file cannot be read
   */
  public RosterImport read(Path file) throws IOException {
    try (TableRows rows = input(file).open()) {
      Parse parse = new Parse(rows.source());
      parse.read(rows);
      return parse.finish();
    } catch (TableFormatException ex) {
      throw ex instanceof RosterFormatException ? ex : new RosterFormatException(String.valueOf(ex.getMessage()));
    }
  }

  /**
   * Returns the input of a file as this reader opens it.
   *
   * @param file  the file, not null
   * @return the input, with this reader's encoding and sheet, not null
   */
  public TableInput input(Path file) {
    TableInput in = TableInput.of(file);
    in = encoding.map(in::withEncoding).orElse(in);
    return sheet.map(in::withSheet).orElse(in);
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

  /**
   * Reads rows taken out of a larger roster file, each reported on its line in that file: the
   * text holds the file's header and then the rows, one a line, and {@code lineNumbers} gives
   * the file's line of each line of the text (the text's line 1 being the header). The columnar
   * reader ({@code org.tuopin.table}) reads the rows it cannot take itself this way, so that
   * their errors are this reader's.
   *
   * @param csv  the CSV text, not null; read but not closed
   * @param source  a name for the source in messages, such as the file name, not null
   * @param lineNumbers  the file's line of each line of the text, not null
   * @return the import of those rows, accounting for each, not null
   * @throws RosterFormatException if the text cannot be read as a roster at all
   * @throws IOException if the reader fails
   */
  public RosterImport read(Reader csv, String source, java.util.function.LongUnaryOperator lineNumbers)
      throws IOException {
    requireNonNull(csv, "csv");
    requireNonNull(source, "source");
    Parse parse = new Parse(source);
    parse.lineNumbers(requireNonNull(lineNumbers, "lineNumbers"));
    parse.read(csv);
    return parse.finish();
  }

  /**
   * The state of one read: the shared table mechanism plus the roster's own checks.
   *
   * <p>Rows are not kept longer than needed. A household's rows usually follow one another
   * (the common export layout), so when a row of another household arrives, the household
   * whose rows came before is built if its rows are accepted and agree, and its rows are
   * released. Should a later row of that household come after all, its rows are restored
   * from the household built and the lines they were on, and it is built again when its rows
   * next end, so a file in any order gives the same import. The rows of a household that
   * cannot be built stay kept until the end, when the household is reported as incomplete.
   */
  private final class Parse extends TableParse<RosterColumn> {
    /** Every household of the file, in order of first appearance. */
    final Map<HouseholdId, Slot> byHousehold = new LinkedHashMap<>();
    /** The rows without a household id, all rejected. */
    final List<Row<RosterColumn>> withoutHousehold = new ArrayList<>();
    final Map<PersonId, Long> personLines = new HashMap<>();
    /** The ids standing for household ids that are not valid, by their text. */
    final Map<String, HouseholdId> invalidIds = new HashMap<>();
    /** The national data checks, fed every row with a valid household id. */
    final DataCheckRun checks = new DataCheckRun();
    /** The household of the last row with a household id. */
    @Nullable Slot current;
    /**
     * The values of the columns whose texts recur all over a county (village codes, groups,
     * birth dates, round amounts), by text, so that households and members share them.
     */
    final Map<RosterColumn, Map<String, Object>> sharedValues = new EnumMap<>(RosterColumn.class);

    Parse(String source) {
      super(RosterColumn.class, source, LOG);
      for (RosterColumn c : SHARED) {
        sharedValues.put(c, new HashMap<>());
      }
    }

    @Override
    TableFormatException formatError(String message) {
      return new RosterFormatException(message);
    }

    @Override
    String kind() {
      return "roster";
    }

    @Override
    void accept(Row<RosterColumn> row) {
      Optional<PersonId> person = row.get(RosterColumn.PERSON_ID);
      if (person.isPresent()) {
        Long first = personLines.putIfAbsent(person.get(), row.line);
        if (first != null) {
          reject(row, RosterColumn.PERSON_ID,
              "person id " + Redaction.quotePersonal(person.get().toString()) + " is already used on line " + first
                  + " (must be unique in the file)");
        }
      }
      Optional<HouseholdId> household = row.get(RosterColumn.HOUSEHOLD_ID);
      household.ifPresent(h -> checks.row(row, h));
      if (household.isEmpty()) {
        household = row.badText(RosterColumn.HOUSEHOLD_ID).map(t -> invalidIds.computeIfAbsent(t, x -> stand(row.line)));
      }
      if (household.isEmpty()) {
        withoutHousehold.add(row);
        return;
      }
      Slot slot = byHousehold.computeIfAbsent(household.get(), Slot::new);
      if (slot != current) {
        if (current != null) {
          current.close();
        }
        current = slot;
      }
      slot.add(row);
    }

    /**
     * Returns the id that stands for a household id that is not valid, first seen on a line:
     * {@code invalid-id-line-N}, so that the household is reported as incomplete.
     */
    private HouseholdId stand(long line) {
      String id = "invalid-id-line-" + line;
      while (byHousehold.containsKey(HouseholdId.of(id))) {
        id += "-";
      }
      return HouseholdId.of(id);
    }

    @Override
    boolean keptHeader(String header) {
      return DataCheckRun.isMonthsWorked(header);
    }

    @Override
    Object parseValue(RosterColumn c, String text) {
      Map<String, Object> shared = sharedValues.get(c);
      if (shared == null) {
        return parse(c, text);
      }
      Object value = shared.get(text);
      if (value == null) {
        value = parse(c, text);
        if (shared.size() < MAX_SHARED) {
          shared.put(text, value);
        }
      }
      return value;
    }

    private Object parse(RosterColumn c, String text) {
      return RosterValues.parse(c, text);
    }

    RosterImport finish() {
      personLines.clear();
      sharedValues.clear();
      ImmutableList.Builder<HouseholdId> order = ImmutableList.builderWithExpectedSize(byHousehold.size());
      ImmutableMap.Builder<HouseholdId, Household> households = ImmutableMap.builderWithExpectedSize(byHousehold.size());
      ImmutableMap.Builder<HouseholdId, IncompleteHousehold> incomplete = ImmutableMap.builder();
      List<Row<RosterColumn>> mayBeRejected = new ArrayList<>(withoutHousehold);
      for (Iterator<Slot> it = byHousehold.values().iterator(); it.hasNext(); ) {
        Slot slot = it.next();
        it.remove();
        HouseholdId id = slot.id;
        order.add(id);
        if (slot.built != null) {
          households.put(id, slot.built);
          continue;
        }
        List<Row<RosterColumn>> rows = slot.rows;
        checkAgreement(id, rows);
        if (noneRejected(rows)) {
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
        mayBeRejected.addAll(rows);
      }
      return new RosterImport(source(), order.build(), households.buildOrThrow(), incomplete.buildOrThrow(),
          account(mayBeRejected), checks.finish());
    }

    /**
     * One household of the file: its rows while it is not built, or the household built from
     * them and the lines they were on.
     */
    final class Slot {
      final HouseholdId id;
      List<Row<RosterColumn>> rows = new ArrayList<>(4);
      @Nullable Household built;
      long[] lines = NO_LINES;

      Slot(HouseholdId id) {
        this.id = id;
      }

      void add(Row<RosterColumn> row) {
        if (built != null) {
          rows = rowsOf(built, lines);
          built = null;
          lines = NO_LINES;
        }
        rows.add(row);
      }

      /**
       * Builds the household from its rows so far if they are accepted, agree and make a
       * household, and releases them; otherwise keeps them, and adds no error.
       */
      void close() {
        if (built != null || !noneRejected(rows) || !disagreements(rows).isEmpty()) {
          return;
        }
        try {
          built = build(id, rows);
        } catch (IllegalArgumentException ex) {
          return;
        }
        lines = new long[rows.size()];
        for (int i = 0; i < lines.length; i++) {
          lines[i] = rows.get(i).line;
        }
        rows = List.of();
      }
    }

    private boolean noneRejected(List<Row<RosterColumn>> rows) {
      for (Row<RosterColumn> r : rows) {
        if (r.isRejected()) {
          return false;
        }
      }
      return true;
    }

    /**
     * Returns the household-level columns on which the rows of a household disagree, leaving
     * out values already rejected; an empty field counts as a value.
     */
    private List<RosterColumn> disagreements(List<Row<RosterColumn>> rows) {
      if (rows.size() < 2) {
        return List.of();
      }
      List<RosterColumn> columns = new ArrayList<>(0);
      for (RosterColumn c : HOUSEHOLD_LEVEL) {
        if (!isHeaded(c)) {
          continue;
        }
        Object seen = null;
        for (Row<RosterColumn> r : rows) {
          if (!r.misaligned && hasNoErrorFor(r, c)) {
            Object value = r.values.getOrDefault(c, Tristate.UNKNOWN);
            if (seen == null) {
              seen = value;
            } else if (!seen.equals(value)) {
              columns.add(c);
              break;
            }
          }
        }
      }
      return columns;
    }

    private void checkAgreement(HouseholdId id, List<Row<RosterColumn>> rows) {
      for (RosterColumn c : disagreements(rows)) {
        String seen = rows.stream()
            .map(r -> describe(r.values.get(c)) + " on line " + r.line)
            .collect(Collectors.joining(", "));
        for (Row<RosterColumn> r : rows) {
          reject(r, c, "the rows of household " + id + " disagree on " + c.key() + ": " + seen);
        }
      }
    }

    private String describe(Object value) {
      String text = value == null ? "(empty)" : value instanceof Yuan ? ((Yuan) value).toPlainString() : value.toString();
      return text.length() <= Redaction.QUOTED_LENGTH && text.equals(Redaction.escaped(text)) ? text
          : Redaction.quote(text);
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
      for (Map.Entry<RosterColumn, Condition> e : CONDITIONS.entrySet()) {
        first.<Tristate>get(e.getKey()).ifPresent(state -> h.putConditions(e.getValue(), state));
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

    /**
     * Restores the rows a household was built from: the inverse of
     * {@link #build(HouseholdId, List)}, which only accepted rows that agree reach.
     */
    private List<Row<RosterColumn>> rowsOf(Household h, long[] lines) {
      List<Row<RosterColumn>> rows = new ArrayList<>(lines.length + 1);
      for (int i = 0; i < lines.length; i++) {
        Row<RosterColumn> r = new Row<>(lines[i], RosterColumn.class);
        EnumMap<RosterColumn, Object> v = r.values;
        v.put(RosterColumn.VILLAGE_CODE, h.village());
        h.group().ifPresent(g -> v.put(RosterColumn.GROUP, g));
        v.put(RosterColumn.HOUSEHOLD_ID, h.id());
        IncomeStatement income = h.income();
        v.put(RosterColumn.INCOME_YEAR, income.year());
        v.put(RosterColumn.WAGE_INCOME, income.wage());
        v.put(RosterColumn.BUSINESS_INCOME, income.business());
        v.put(RosterColumn.PROPERTY_INCOME, income.property());
        v.put(RosterColumn.TRANSFER_INCOME, income.transfer());
        v.put(RosterColumn.BUSINESS_EXPENSE, income.businessExpense());
        h.attribute().ifPresent(a -> v.put(RosterColumn.ATTRIBUTE, a));
        h.primaryCause().ifPresent(c -> v.put(RosterColumn.PRIMARY_CAUSE, c));
        h.identifiedYear().ifPresent(y -> v.put(RosterColumn.IDENTIFIED_YEAR, y));
        h.exitYear().ifPresent(y -> v.put(RosterColumn.EXIT_YEAR, y));
        h.exitStatus().ifPresent(s -> v.put(RosterColumn.EXIT_STATUS, s));
        for (Map.Entry<RosterColumn, Condition> e : CONDITIONS.entrySet()) {
          Tristate state = h.conditions().get(e.getValue());
          if (state != null) {
            v.put(e.getKey(), state);
          }
        }
        Member m = h.members().get(i);
        v.put(RosterColumn.PERSON_ID, m.id());
        m.name().ifPresent(n -> v.put(RosterColumn.NAME, n));
        m.residentId().ifPresent(id -> v.put(RosterColumn.ID_NUMBER, id));
        v.put(RosterColumn.RELATION, m.relation());
        m.sex().ifPresent(x -> v.put(RosterColumn.SEX, x));
        m.birthDate().ifPresent(d -> v.put(RosterColumn.BIRTH_DATE, d));
        m.health().ifPresent(x -> v.put(RosterColumn.HEALTH, x));
        m.labour().ifPresent(x -> v.put(RosterColumn.LABOR, x));
        rows.add(r);
      }
      return rows;
    }
  }

  private static Map<RosterColumn, Condition> conditions() {
    Map<RosterColumn, Condition> map = new EnumMap<>(RosterColumn.class);
    for (RosterColumn c : RosterColumn.values()) {
      c.condition().ifPresent(condition -> map.put(c, condition));
    }
    return Collections.unmodifiableMap(map);
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
    return "RosterReader" + (encoding.isEmpty() && sheet.isEmpty() ? ""
        : "[" + encoding.map(Charset::name).orElse("detected") + sheet.map(n -> ", sheet " + n).orElse("") + "]");
  }
}
