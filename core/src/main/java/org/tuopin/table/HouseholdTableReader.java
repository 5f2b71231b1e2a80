package org.tuopin.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.YearRange;
import org.tuopin.io.RosterColumn;
import org.tuopin.io.RosterReader;
import org.tuopin.io.RosterValues;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Relation;

/**
 * Reads a roster file (建档立卡 roster, UTF-8 CSV of the data contract) straight into a
 * {@link HouseholdTable}, keeping {@link RosterReader}'s row accounting.
 *
 * <p>The file is streamed once through FastCSV's callback handler, which makes a
 * {@code String} only for the fields of known columns; every value goes through the roster's
 * one value parser ({@link RosterValues}), cached by text for the columns whose texts recur
 * (codes, flags, dates), and is stored as a primitive. No object per person is made.
 *
 * <p>This fast path holds for a clean file, where each household's rows follow one another.
 * The first sign that the file is not (a bad or missing value, a row of the wrong width, rows
 * of a household that disagree or lack one householder, a household or person id used twice,
 * a header that is not a roster's, an income year outside the reader's years) makes the
 * reader read the file again with {@link RosterReader} and build the table from its import,
 * so that a broken file gives exactly the object path's errors, accounting and incomplete
 * households.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HouseholdTableReader {

  private static final Logger LOG = LoggerFactory.getLogger(HouseholdTableReader.class);
  private static final RosterColumn[] COLUMNS = RosterColumn.values();
  /** The most distinct texts of a column whose values a read caches. */
  private static final int MAX_CACHED = 1 << 16;

  private final Optional<YearRange> incomeYears;

  private HouseholdTableReader(Optional<YearRange> incomeYears) {
    this.incomeYears = incomeYears;
  }

  /**
   * Obtains a reader that accepts any plausible income year.
   *
   * @return the reader, not null
   */
  public static HouseholdTableReader create() {
    return new HouseholdTableReader(Optional.empty());
  }

  /**
   * Reads a roster file into a table.
   *
   * @param file  the roster file, not null: UTF-8 CSV on the fast path; GB18030/GBK CSV or an
   *     {@code .xlsx} workbook through {@link RosterReader}
   * @return the table, accounting for every row, not null
   * @throws org.tuopin.io.RosterFormatException if the file cannot be read as a roster at all
   * @throws IOException if the file cannot be read
   */
  public HouseholdTable read(Path file) throws IOException {
    requireNonNull(file, "file");
    if (!org.tuopin.io.TableInput.of(file).isUtf8Csv()) {
      // GB18030/GBK or .xlsx (issue 14): the object path reads them through the io input layer
      return HouseholdTable.from(RosterReader.create().read(file));
    }
    Optional<HouseholdTable> fast = readClean(file);
    if (fast.isPresent()) {
      return fast.get();
    }
    LOG.debug("{}: not a clean roster; read again by the object path for its account", file);
    return HouseholdTable.from(RosterReader.create().read(file));
  }

  /** Reads a clean file on the fast path, or returns empty at the first sign it is not clean. */
  private Optional<HouseholdTable> readClean(Path file) throws IOException {
    Handler handler = new Handler();
    try (CsvReader<Handler> reader = CsvReader.builder().ignoreDifferentFieldCount(true)
        .build(handler, file, StandardCharsets.UTF_8)) {
      for (Handler h : reader) {
        if (!h.row()) {
          return Optional.empty();
        }
      }
    } catch (CsvParseException ex) {
      return Optional.empty();
    } catch (UncheckedIOException ex) {
      throw ex.getCause();
    }
    if (!handler.finish()) {
      return Optional.empty();
    }
    return Optional.of(new HouseholdTable(handler.columns, file.getFileName().toString(), handler.rowsRead, 0,
        ImmutableList.of(), ImmutableList.copyOf(handler.unknown)));
  }

  /**
   * The state of one read: the callback handler that FastCSV fills with the fields of a
   * record, and the household being gathered.
   */
  private final class Handler extends AbstractBaseCsvCallbackHandler<Handler> {
    final Columns columns = new Columns();
    final List<String> unknown = new ArrayList<>();
    /** The column of each position, null for an unknown one; null until the header is read. */
    RosterColumn[] at;
    final String[] text = new String[COLUMNS.length];
    int width;
    long rowsRead;
    final Map<RosterColumn, Map<String, Object>> cache = new EnumMap<>(RosterColumn.class);
    long[] personHashes = new long[1024];
    int persons;
    long[] householdHashes = new long[256];

    /** The household being gathered: its id text, first row's household values, rows. */
    String household;
    final long[] first = new long[COLUMNS.length];
    final long[] values = new long[COLUMNS.length];
    String firstGroup;
    int rows;
    int householders;

    Handler() {
      for (RosterColumn c : COLUMNS) {
        cache.put(c, new HashMap<>());
      }
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      width = 0;
      Arrays.fill(text, null);
    }

    @Override
    protected void handleField(int index, char[] buf, int offset, int len, boolean quoted) {
      width = index + 1;
      if (at == null) {
        headerFields.add(new String(buf, offset, len));
      } else if (index < at.length && at[index] != null) {
        text[at[index].ordinal()] = new String(buf, offset, len).trim();
      }
    }

    final List<String> headerFields = new ArrayList<>();

    @Override
    protected RecordWrapper<Handler> buildRecord() {
      return wrapRecord(this);
    }

    /** Takes a record; false if the file is not clean. */
    boolean row() {
      if (at == null) {
        return header();
      }
      rowsRead++;
      if (width != at.length) {
        return false;
      }
      try {
        return values();
      } catch (IllegalArgumentException ex) {
        return false;
      }
    }

    private boolean header() {
      at = new RosterColumn[headerFields.size()];
      EnumMap<RosterColumn, Boolean> seen = new EnumMap<>(RosterColumn.class);
      for (int i = 0; i < at.length; i++) {
        String h = headerFields.get(i).trim();
        if (i == 0 && h.startsWith("\uFEFF")) {
          h = h.substring(1).trim();
        }
        Optional<RosterColumn> c = RosterColumn.find(h);
        if (c.isPresent()) {
          if (seen.put(c.get(), true) != null) {
            return false;
          }
          at[i] = c.get();
        } else {
          unknown.add(h);
        }
      }
      for (RosterColumn c : COLUMNS) {
        if (c.isRequired() && !seen.containsKey(c)) {
          return false;
        }
      }
      return true;
    }

    private Object cached(RosterColumn c, String t) {
      Map<String, Object> m = cache.get(c);
      Object v = m.get(t);
      if (v == null) {
        v = RosterValues.parse(c, t);
        if (m.size() < MAX_CACHED) {
          m.put(t, v);
        }
      }
      return v;
    }

    private boolean values() {
      for (RosterColumn c : COLUMNS) {
        String t = text[c.ordinal()];
        if (t != null && t.isEmpty()) {
          t = null;
          text[c.ordinal()] = null;
        }
        if (t == null) {
          if (c.isRequired()) {
            return false;
          }
          values[c.ordinal()] = Long.MIN_VALUE;
          continue;
        }
        long v;
        switch (c) {
          case VILLAGE_CODE:
            v = columns.villageOf((RegionCode) cached(c, t));
            break;
          case GROUP:
          case NAME:
          case HOUSEHOLD_ID:
            v = 0;
            break;
          case PERSON_ID:
            PersonId.of(t);
            v = 0;
            break;
          case ID_NUMBER:
            RosterValues.parse(c, t);
            v = 0;
            break;
          case BIRTH_DATE:
            v = ((java.time.LocalDate) cached(c, t)).toEpochDay();
            break;
          case IDENTIFIED_YEAR:
          case EXIT_YEAR:
          case INCOME_YEAR:
            v = (Integer) cached(c, t);
            break;
          case WAGE_INCOME:
          case BUSINESS_INCOME:
          case PROPERTY_INCOME:
          case TRANSFER_INCOME:
          case BUSINESS_EXPENSE:
            v = RosterValues.amountFen(c, t);
            break;
          default:
            Object o = cached(c, t);
            v = o instanceof Tristate ? ((Tristate) o).ordinal() : ((Enum<?>) o).ordinal() + 1;
        }
        values[c.ordinal()] = v;
      }
      if (incomeYears.isPresent() && !incomeYears.get().contains((int) values[RosterColumn.INCOME_YEAR.ordinal()])) {
        return false;
      }
      String id = text[RosterColumn.HOUSEHOLD_ID.ordinal()];
      if (!id.equals(household)) {
        if (household != null && !close()) {
          return false;
        }
        HouseholdId.of(id);
        household = id;
        System.arraycopy(values, 0, first, 0, values.length);
        firstGroup = text[RosterColumn.GROUP.ordinal()];
        rows = 0;
        householders = 0;
        columns.begin(id, (int) values[RosterColumn.VILLAGE_CODE.ordinal()], true, 0);
      } else {
        for (RosterColumn c : COLUMNS) {
          if (c.isHouseholdLevel() && c != RosterColumn.GROUP && values[c.ordinal()] != first[c.ordinal()]) {
            return false;
          }
        }
        if (!java.util.Objects.equals(firstGroup, text[RosterColumn.GROUP.ordinal()])) {
          return false;
        }
      }
      rows++;
      int relation = (int) values[RosterColumn.RELATION.ordinal()];
      householders += relation == Relation.HOUSEHOLDER.ordinal() + 1 ? 1 : 0;
      columns.person(relation, code(RosterColumn.SEX), code(RosterColumn.HEALTH), code(RosterColumn.LABOR),
          values[RosterColumn.BIRTH_DATE.ordinal()] == Long.MIN_VALUE ? Columns.NO_DATE
              : (int) values[RosterColumn.BIRTH_DATE.ordinal()]);
      if (persons == personHashes.length) {
        personHashes = Arrays.copyOf(personHashes, persons * 2);
      }
      personHashes[persons++] = hash(text[RosterColumn.PERSON_ID.ordinal()]);
      return true;
    }

    private int code(RosterColumn c) {
      long v = values[c.ordinal()];
      return v == Long.MIN_VALUE ? 0 : (int) v;
    }

    private int firstCode(RosterColumn c) {
      long v = first[c.ordinal()];
      return v == Long.MIN_VALUE ? 0 : (int) v;
    }

    /** Ends the household gathered; false if it is not one household with one householder. */
    private boolean close() {
      if (householders != 1) {
        return false;
      }
      int n = columns.n;
      columns.size[n] = rows;
      columns.year[n] = (short) first[RosterColumn.INCOME_YEAR.ordinal()];
      columns.amounts(first[RosterColumn.WAGE_INCOME.ordinal()], first[RosterColumn.BUSINESS_INCOME.ordinal()],
          first[RosterColumn.PROPERTY_INCOME.ordinal()], first[RosterColumn.TRANSFER_INCOME.ordinal()],
          first[RosterColumn.BUSINESS_EXPENSE.ordinal()]);
      int bits = 0;
      for (RosterColumn c : COLUMNS) {
        Optional<org.tuopin.registry.Condition> condition = c.condition();
        if (condition.isPresent() && first[c.ordinal()] != Long.MIN_VALUE) {
          bits |= Columns.pack(Columns.CONDITIONS.indexOf(condition.get()),
              Tristate.values()[(int) first[c.ordinal()]]);
        }
      }
      columns.conditions[n] = bits;
      columns.exitStatus[n] = (byte) firstCode(RosterColumn.EXIT_STATUS);
      columns.attribute[n] = (byte) firstCode(RosterColumn.ATTRIBUTE);
      columns.cause[n] = (byte) firstCode(RosterColumn.PRIMARY_CAUSE);
      columns.identifiedYear[n] = (short) firstCode(RosterColumn.IDENTIFIED_YEAR);
      columns.exitYear[n] = (short) firstCode(RosterColumn.EXIT_YEAR);
      if (n == householdHashes.length) {
        householdHashes = Arrays.copyOf(householdHashes, n * 2);
      }
      householdHashes[n] = hash(household);
      columns.end();
      return true;
    }

    /** Ends the read; false if the last household is not one or an id is used twice. */
    boolean finish() {
      if (at == null) {
        return false;
      }
      if (household != null && !close()) {
        return false;
      }
      return unique(householdHashes, columns.n) && unique(personHashes, persons);
    }
  }

  /** Checks that no two of the first n hashes are equal (a collision sends the file to the exact path). */
  private static boolean unique(long[] hashes, int n) {
    long[] sorted = Arrays.copyOf(hashes, n);
    Arrays.parallelSort(sorted);
    for (int i = 1; i < n; i++) {
      if (sorted[i] == sorted[i - 1]) {
        return false;
      }
    }
    return true;
  }

  /** A 64-bit FNV-1a hash of a text, for the uniqueness checks. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }

  @Override
  public String toString() {
    return "HouseholdTableReader" + incomeYears.map(y -> "[income years " + y + "]").orElse("");
  }
}
