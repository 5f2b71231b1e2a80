package org.tuopin.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.io.DataChecks;
import org.tuopin.io.IncompleteHousehold;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RowError;
import org.tuopin.region.RegionCode;
import org.tuopin.internal.Ids;
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
import org.tuopin.registry.Registry;
import org.tuopin.registry.Relation;
import org.tuopin.registry.Sex;
import org.tuopin.standard.HouseholdSummary;
import org.tuopin.standard.StandardSet;

/**
 * The columnar household registry (建档立卡 roster as columns): one row per household, held
 * in primitive columns, for national-scale reading, assessment and roll-up on one machine.
 *
 * <p>Each household has its id (UTF-8 bytes in one array), its village as an index into a
 * dictionary of codes, its size, income year, the five income amounts and the net income in
 * fen, its conditions packed as three-state bits (known and met), its exit status, attribute,
 * primary cause and years as bytes and shorts. With the person columns (when asked for, as
 * the measures and household views need them), each person has relation, sex, health and
 * labour as bytes and birth date as a day number. A household with a rejected row is kept as
 * incomplete, with its village (if any row gave it) and its number of rows, as
 * {@link RosterImport} keeps it. Names, resident ids, groups and person ids are not held:
 * personal data stays in the file.
 *
 * <p>A table is built from a {@link Registry}, from a {@link RosterImport}, or by streaming
 * a roster file ({@link #read(Path)}, {@link HouseholdTableReader}), keeping the roster's
 * row accounting: the same errors for the same bad rows. It is assessed under any standard
 * set by {@link #assess(StandardSet)}, or under several side by side by
 * {@link #compare(List)}, as often as wanted without re-reading.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HouseholdTable {

  private final String source;
  private final long rowsRead;
  private final long rowsRejected;
  private final ImmutableList<RowError> errors;
  private final ImmutableList<String> unknownColumns;
  private final Optional<DataChecks> dataChecks;
  final int n;
  final int people;
  private final boolean persons;
  private final byte[] ids;
  private final int[] idEnd;
  final RegionCode[] villages;
  final int[] village;
  final byte[] complete;
  final int[] size;
  final short[] year;
  final long[] net;
  private final int[][] amounts;
  private final com.google.common.collect.ImmutableMap<Integer, long[]> wide;
  private final com.google.common.collect.ImmutableMap<Integer, IncompleteHousehold> incomplete;
  final int[] conditions;
  final byte[] exitStatus;
  private final byte[] attribute;
  private final byte[] cause;
  private final short[] identifiedYear;
  private final short[] exitYear;
  private final int[] personEnd;
  private final byte[] relation;
  private final byte[] sex;
  private final byte[] health;
  private final byte[] labour;
  private final int[] birthDay;

  HouseholdTable(Columns c, String source, long rowsRead, long rowsRejected, ImmutableList<RowError> errors,
      ImmutableList<String> unknownColumns, Optional<DataChecks> dataChecks) {
    this.source = source;
    this.dataChecks = dataChecks;
    this.rowsRead = rowsRead;
    this.rowsRejected = rowsRejected;
    this.errors = errors;
    this.unknownColumns = unknownColumns;
    n = c.n;
    people = c.people;
    persons = c.persons;
    ids = exact(c.ids, c.idBytes);
    idEnd = exact(c.idEnd, n);
    villages = Arrays.copyOf(c.villages, c.villageIndex.size());
    village = exact(c.village, n);
    complete = exact(c.complete, n);
    size = exact(c.size, n);
    year = exact(c.year, n);
    net = exact(c.net, n);
    wide = com.google.common.collect.ImmutableMap.copyOf(c.wide);
    incomplete = com.google.common.collect.ImmutableMap.copyOf(c.incomplete);
    amounts = new int[5][];
    for (int k = 0; k < 5; k++) {
      amounts[k] = exact(c.amounts[k], n);
    }
    conditions = exact(c.conditions, n);
    exitStatus = exact(c.exitStatus, n);
    attribute = exact(c.attribute, n);
    cause = exact(c.cause, n);
    identifiedYear = exact(c.identifiedYear, n);
    exitYear = exact(c.exitYear, n);
    int p = persons ? people : 0;
    personEnd = exact(c.personEnd, persons ? n : 0);
    relation = exact(c.relation, p);
    sex = exact(c.sex, p);
    health = exact(c.health, p);
    labour = exact(c.labour, p);
    birthDay = exact(c.birthDay, p);
  }

  /** The first n elements of an array: the array itself when it has n. */
  private static <A> A exact(A array, int length) {
    if (java.lang.reflect.Array.getLength(array) == length) {
      return array;
    }
    A copy = (A) java.lang.reflect.Array.newInstance(array.getClass().getComponentType(), length);
    System.arraycopy(array, 0, copy, 0, length);
    return copy;
  }

  /**
   * Obtains a table of a registry's households, in the registry's order, all complete.
   *
   * @param registry  the registry, not null
   * @return the table, not null
   */
  public static HouseholdTable from(Registry registry) {
    requireNonNull(registry, "registry");
    Columns c = new Columns();
    registry.households().forEach(c::add);
    return new HouseholdTable(c, "registry " + registry.year(), 0, 0, ImmutableList.of(), ImmutableList.of(),
        Optional.empty());
  }

  /**
   * Obtains a table of a roster import: every household of the file in order of first
   * appearance, complete or incomplete, with the import's account of every row.
   *
   * @param imported  the import, not null
   * @return the table, not null
   */
  public static HouseholdTable from(RosterImport imported) {
    return from(imported, true);
  }

  /** A table of a roster import, with or without the person columns. */
  static HouseholdTable from(RosterImport imported, boolean persons) {
    requireNonNull(imported, "imported");
    Columns c = new Columns(persons, Math.max(64, imported.householdIds().size()), 64);
    for (HouseholdId id : imported.householdIds()) {
      Optional<Household> h = imported.household(id);
      if (h.isPresent()) {
        c.add(h.get());
      } else {
        c.addIncomplete(imported.incompleteHousehold(id).orElseThrow());
      }
    }
    return new HouseholdTable(c, imported.source(), imported.rowsRead(), imported.rowsRejected(), imported.errors(),
        imported.unknownColumns(), Optional.of(imported.dataChecks()));
  }

  /**
   * Reads a roster file (UTF-8) into a table, as {@link HouseholdTableReader#create()} does.
   *
   * @param roster  the roster file, not null
   * @return the table, accounting for every row, not null
   * @throws org.tuopin.io.RosterFormatException if the file cannot be read as a roster at all
   * @throws IOException if the file cannot be read
   */
  public static HouseholdTable read(Path roster) throws IOException {
    return HouseholdTableReader.create().read(roster);
  }

  /**
   * Assesses every household under a standard set, as {@link CompiledStandard#assess} does.
   *
   * @param standard  the standard set, not null
   * @return the assessment of every household, not null
   */
  public TableAssessment assess(StandardSet standard) {
    return CompiledStandard.of(standard).assess(this);
  }

  /**
   * Assesses every household under several standard sets side by side, one pass over the
   * columns per set, as {@link RosterImport#compare(List)} compares a roster's
   * households: the same verdicts, differences and counts.
   *
   * @param standards  the sets, at least one, distinct, not null
   * @return the comparison, households in the table's order, not null
   * @throws IllegalArgumentException if no set is given or one is given twice
   */
  public TableComparison compare(List<StandardSet> standards) {
    return TableComparison.of(this, standards);
  }

  /**
   * Returns the number of households, complete or not.
   *
   * @return the number of rows of the table
   */
  public int size() {
    return n;
  }

  /**
   * Returns the number of people of the complete households.
   *
   * @return the people held
   */
  public long people() {
    return people;
  }

  /**
   * Checks whether the table holds the person columns (relation, sex, health, labour, birth
   * date), which household views ({@link #household(int)}) need: a table read by
   * {@link HouseholdTableReader} holds them when asked with
   * {@link HouseholdTableReader#withPersonColumns()}; one made from a registry or an import
   * always does.
   *
   * @return true if person columns are held
   */
  public boolean hasPersonColumns() {
    return persons;
  }

  /**
   * Returns a household's id.
   *
   * @param i  the household's index, from 0
   * @return the id, not null
   */
  public HouseholdId id(int i) {
    int from = i == 0 ? 0 : idEnd[i - 1];
    return HouseholdId.of(new String(ids, from, idEnd[i] - from, StandardCharsets.UTF_8));
  }

  /**
   * Returns an incomplete household, with its errors.
   *
   * @param i  the household's index, from 0
   * @return the household, or empty if it is complete
   */
  public Optional<IncompleteHousehold> incompleteHousehold(int i) {
    return Optional.ofNullable(incomplete.get(i));
  }

  /**
   * Returns a household's village, unknown only for an incomplete household whose rows gave none.
   *
   * @param i  the household's index, from 0
   * @return the village code
   */
  public Optional<RegionCode> village(int i) {
    return village[i] < 0 ? Optional.empty() : Optional.of(villages[village[i]]);
  }

  /**
   * Checks whether a household was built from accepted rows.
   *
   * @param i  the household's index, from 0
   * @return false if any of its rows was rejected
   */
  public boolean isComplete(int i) {
    return complete[i] != 0;
  }

  /**
   * Returns a household's size: its members, or for an incomplete household its rows.
   *
   * @param i  the household's index, from 0
   * @return the size, at least 1
   */
  public int householdSize(int i) {
    return size[i];
  }

  /**
   * Returns a complete household's income year.
   *
   * @param i  the household's index, from 0
   * @return the year, or 0 for an incomplete household
   */
  public int incomeYear(int i) {
    return year[i];
  }

  /**
   * Returns a complete household's net income (纯收入) in fen.
   *
   * @param i  the household's index, from 0
   * @return the net income, 0 for an incomplete household
   */
  public long netIncomeFen(int i) {
    return net[i];
  }

  /**
   * Returns the state of a household's condition.
   *
   * @param i  the household's index, from 0
   * @param condition  the condition, not null
   * @return the state, unknown when not recorded, not null
   */
  public Tristate condition(int i, Condition condition) {
    int c = Columns.CONDITIONS.indexOf(requireNonNull(condition, "condition"));
    if (c < 0 || (conditions[i] & (1 << c)) == 0) {
      return Tristate.UNKNOWN;
    }
    return (conditions[i] & (1 << (c + 16))) != 0 ? Tristate.MET : Tristate.NOT_MET;
  }

  /**
   * Returns a household's conditions packed as three-state bits: for the k-th condition of
   * {@link org.tuopin.registry.Conditions#all()}, bit k is set when its state is known and
   * bit k + 16 when it is met.
   *
   * @param i  the household's index, from 0
   * @return the packed states, 0 when none is known
   */
  public int conditionBits(int i) {
    return conditions[i];
  }

  /**
   * Returns a view of a complete household as a {@code Household}, for criteria of one's own,
   * which may read its members. The view holds every fact the table holds; as the
   * table keeps no personal data, its members have no names or resident ids, its group is
   * absent, and its person ids are the household id with the member's place ({@code H-1},
   * {@code H-2}, …; the household id cut at its end when it is near the longest an id may be).
   *
   * @param i  the household's index, from 0
   * @return the household, or empty if it is incomplete
   * @throws IllegalStateException if the table holds no person columns
   */
  public Optional<Household> household(int i) {
    if (!persons) {
      throw new IllegalStateException("household views need person columns: read the table with"
          + " HouseholdTableReader.withPersonColumns()");
    }
    return view(i);
  }

  /**
   * Returns a view of a complete household for the criteria the table compiles (income and
   * conditions, the observation rule), which read the household's facts and its size but no
   * member: with the person columns, {@link #household(int)}; without them, its members are
   * placeholders (a householder and {@code size - 1} others, ids as in {@link #household(int)},
   * no other fact), so that the view has the household's size.
   */
  Optional<Household> factsView(int i) {
    return view(i);
  }

  /**
   * The person id of a view's member: the household id with the member's place ({@code H-1}),
   * the household id cut at its end to fit when it is near the longest an id may be.
   */
  private static PersonId memberId(HouseholdId household, int place) {
    String suffix = "-" + place;
    String id = household.toString();
    if (id.length() + suffix.length() <= Ids.MAX_LENGTH) {
      return PersonId.of(id + suffix);
    }
    return PersonId.of(id.substring(0, Ids.MAX_LENGTH - suffix.length()) + suffix);
  }

  private Optional<Household> view(int i) {
    if (complete[i] == 0) {
      return Optional.empty();
    }
    HouseholdId id = id(i);
    long[] a = wide.get(i);
    if (a == null) {
      a = new long[] {amounts[0][i], amounts[1][i], amounts[2][i], amounts[3][i], amounts[4][i]};
    }
    Household.Builder h = Household.builder().id(id).village(villages[village[i]])
        .income(IncomeStatement.of(year[i], Yuan.ofFen(a[0]), Yuan.ofFen(a[1]), Yuan.ofFen(a[2]), Yuan.ofFen(a[3]),
            Yuan.ofFen(a[4])));
    if (attribute[i] != 0) {
      h.attribute(HouseholdAttribute.values()[attribute[i] - 1]);
    }
    if (cause[i] != 0) {
      h.primaryCause(PovertyCause.values()[cause[i] - 1]);
    }
    if (identifiedYear[i] != 0) {
      h.identifiedYear(identifiedYear[i]);
    }
    if (exitYear[i] != 0) {
      h.exitYear(exitYear[i]);
    }
    if (exitStatus[i] != 0) {
      h.exitStatus(ExitStatus.values()[exitStatus[i] - 1]);
    }
    for (int c = 0; c < Columns.CONDITIONS.size(); c++) {
      Tristate t = condition(i, Columns.CONDITIONS.get(c));
      if (t != Tristate.UNKNOWN) {
        h.putConditions(Columns.CONDITIONS.get(c), t);
      }
    }
    if (!persons) {
      for (int p = 0; p < size[i]; p++) {
        h.addMembers(Member.builder().id(memberId(id, p + 1))
            .relation(p == 0 ? Relation.HOUSEHOLDER : Relation.OTHER).build());
      }
      return Optional.of(h.build());
    }
    int p0 = i == 0 ? 0 : personEnd[i - 1];
    for (int p = p0; p < personEnd[i]; p++) {
      Member.Builder m = Member.builder().id(memberId(id, p - p0 + 1))
          .relation(Relation.values()[relation[p] - 1]);
      if (sex[p] != 0) {
        m.sex(Sex.values()[sex[p] - 1]);
      }
      if (health[p] != 0) {
        m.health(Health.values()[health[p] - 1]);
      }
      if (labour[p] != 0) {
        m.labour(LabourSkill.values()[labour[p] - 1]);
      }
      if (birthDay[p] != Columns.NO_DATE) {
        m.birthDate(LocalDate.ofEpochDay(birthDay[p]));
      }
      h.addMembers(m.build());
    }
    return Optional.of(h.build());
  }

  /**
   * Returns what a report needs of a household, as {@code HouseholdSummary.of(household)}
   * gives it on the object path: its village, size and per-capita net income, and its exit
   * status; for an incomplete household, as {@code RosterImport} gives it.
   */
  HouseholdSummary summary(int i) {
    if (complete[i] == 0) {
      return HouseholdSummary.ofIncomplete(village(i), size[i]);
    }
    return HouseholdSummary.of(villages[village[i]], size[i], IncomeStatement.perCapita(Yuan.ofFen(net[i]), size[i]),
        exitStatus[i] == 0 ? Optional.empty() : Optional.of(ExitStatus.values()[exitStatus[i] - 1]));
  }

  /**
   * Returns the bytes the table's arrays hold (array headers not counted): what a household
   * and a person cost resident.
   *
   * @return the bytes held by the columns
   */
  public long columnBytes() {
    long perHousehold = 4 + 4 + 1 + 4 + 2 + 8 + 5 * 4 + 4 + 1 + 1 + 1 + 2 + 2 + (persons ? 4 : 0);
    long perPerson = persons ? 1 + 1 + 1 + 1 + 4 : 0;
    return ids.length + perHousehold * n + perPerson * people + 80L * villages.length;
  }

  /**
   * Returns the name of the source read, such as the file name.
   *
   * @return the source, not null
   */
  public String source() {
    return source;
  }

  /**
   * Returns every error of the rows read, sorted by line, as {@link RosterImport#errors()}.
   *
   * @return the errors, not null
   */
  public ImmutableList<RowError> errors() {
    return errors;
  }

  /**
   * Returns the number of data rows read (0 for a table built from a registry).
   *
   * @return the rows read
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * Returns the number of rows accepted.
   *
   * @return the rows read less the rows rejected
   */
  public long rowsAccepted() {
    return rowsRead - rowsRejected;
  }

  /**
   * Returns the number of rows rejected.
   *
   * @return the rows rejected
   */
  public long rowsRejected() {
    return rowsRejected;
  }

  /**
   * Returns the headers of columns the roster does not define, kept aside.
   *
   * @return the unknown headers, not null
   */
  public ImmutableList<String> unknownColumns() {
    return unknownColumns;
  }

  /**
   * Returns the national data checks of the roster read, as {@link DataChecks#read(Path)}
   * finds them on the same file, when they were run: by a reader
   * {@link HouseholdTableReader#withDataChecks() that runs them} during the read itself, with
   * no second pass, or by the roster import a table is made of.
   *
   * @return the checks, or empty if they were not run (a table of a registry, or read without)
   */
  public Optional<DataChecks> dataChecks() {
    return dataChecks;
  }

  /**
   * Returns {@code rows: R read, A accepted, J rejected}, as {@link RosterImport#summary()}.
   *
   * @return the summary, not null
   */
  public String summary() {
    return "rows: " + rowsRead + " read, " + rowsAccepted() + " accepted, " + rowsRejected + " rejected";
  }

  @Override
  public String toString() {
    return "HouseholdTable{" + source + ": " + n + " households, " + people + " people, " + villages.length
        + " villages}";
  }
}
