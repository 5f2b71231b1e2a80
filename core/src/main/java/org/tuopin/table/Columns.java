package org.tuopin.table;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tuopin.basics.Tristate;
import org.tuopin.io.IncompleteHousehold;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;

/**
 * The growable columns of a {@link HouseholdTable} while it is built: one household at a
 * time, from a {@code Household}, from an incomplete household, or from primitive values
 * parsed by the columnar reader. Chunks built in parallel are appended in order.
 *
 * <p>This class is mutable and not thread-safe.
 */
final class Columns {

  /** The conditions in the order of their bits: known at bit i, met at bit i + 16. */
  static final List<Condition> CONDITIONS = Conditions.all();

  /** Whether the person columns are kept. */
  final boolean persons;
  int n;
  int people;
  byte[] ids;
  int idBytes;
  int[] idEnd;
  final Map<RegionCode, Integer> villageIndex = new HashMap<>();
  RegionCode[] villages = new RegionCode[16];
  int[] village;
  byte[] complete;
  int[] size;
  short[] year;
  long[] net;
  int[][] amounts;
  /** The amounts of the households whose amounts do not fit an int of fen, by index. */
  final Map<Integer, long[]> wide = new HashMap<>();
  int[] conditions;
  byte[] exitStatus;
  byte[] attribute;
  byte[] cause;
  short[] identifiedYear;
  short[] exitYear;
  int[] personEnd;
  byte[] relation;
  byte[] sex;
  byte[] health;
  byte[] labour;
  int[] birthDay;
  /** The first person of the household begun. */
  private int personStart;

  /** Columns with person columns, grown as needed. */
  Columns() {
    this(true, 64, 256);
  }

  /**
   * Columns sized for a number of households and people, grown as needed.
   *
   * @param persons  whether to keep the person columns
   * @param households  the households expected
   * @param people  the people expected (used only with person columns)
   */
  Columns(boolean persons, int households, long people) {
    this.persons = persons;
    int h = Math.max(1, households);
    ids = new byte[Math.max(16, h * 16)];
    idEnd = new int[h];
    village = new int[h];
    complete = new byte[h];
    size = new int[h];
    year = new short[h];
    net = new long[h];
    amounts = new int[5][h];
    conditions = new int[h];
    exitStatus = new byte[h];
    attribute = new byte[h];
    cause = new byte[h];
    identifiedYear = new short[h];
    exitYear = new short[h];
    int p = persons ? (int) Math.max(1, Math.min(people, Integer.MAX_VALUE - 8)) : 0;
    personEnd = persons ? new int[h] : new int[0];
    relation = new byte[p];
    sex = new byte[p];
    health = new byte[p];
    labour = new byte[p];
    birthDay = new int[p];
  }

  int villageOf(RegionCode code) {
    Integer i = villageIndex.get(code);
    if (i == null) {
      i = villageIndex.size();
      villageIndex.put(code, i);
      if (i == villages.length) {
        villages = Arrays.copyOf(villages, i * 2);
      }
      villages[i] = code;
    }
    return i;
  }

  private void grow() {
    ensure(n + 1);
  }

  /** Drops the room grown beyond the households and people held. */
  void trim() {
    ids = Arrays.copyOf(ids, idBytes);
    resize(n);
    if (persons) {
      relation = Arrays.copyOf(relation, people);
      sex = Arrays.copyOf(sex, people);
      health = Arrays.copyOf(health, people);
      labour = Arrays.copyOf(labour, people);
      birthDay = Arrays.copyOf(birthDay, people);
    }
  }

  /** Makes room for a number of households. */
  private void ensure(int households) {
    if (households <= village.length) {
      return;
    }
    resize(Math.max(households, village.length * 2));
  }

  private void resize(int c) {
    idEnd = Arrays.copyOf(idEnd, c);
    village = Arrays.copyOf(village, c);
    complete = Arrays.copyOf(complete, c);
    size = Arrays.copyOf(size, c);
    year = Arrays.copyOf(year, c);
    net = Arrays.copyOf(net, c);
    for (int k = 0; k < 5; k++) {
      amounts[k] = Arrays.copyOf(amounts[k], c);
    }
    conditions = Arrays.copyOf(conditions, c);
    exitStatus = Arrays.copyOf(exitStatus, c);
    attribute = Arrays.copyOf(attribute, c);
    cause = Arrays.copyOf(cause, c);
    identifiedYear = Arrays.copyOf(identifiedYear, c);
    exitYear = Arrays.copyOf(exitYear, c);
    if (persons) {
      personEnd = Arrays.copyOf(personEnd, c);
    }
  }

  private void growPeople(int more) {
    if (!persons || people + more <= relation.length) {
      return;
    }
    int c = Math.max(people + more, relation.length * 2);
    relation = Arrays.copyOf(relation, c);
    sex = Arrays.copyOf(sex, c);
    health = Arrays.copyOf(health, c);
    labour = Arrays.copyOf(labour, c);
    birthDay = Arrays.copyOf(birthDay, c);
  }

  /** Starts a household: its id, and its village index or -1. */
  void begin(String id, int villageIndex, boolean isComplete, int householdSize) {
    byte[] b = id.getBytes(StandardCharsets.UTF_8);
    begin(b, b.length, villageIndex, isComplete, householdSize);
  }

  /** Starts a household: its id's UTF-8 bytes, and its village index or -1. */
  void begin(byte[] id, int length, int villageIndex, boolean isComplete, int householdSize) {
    grow();
    if (idBytes + length > ids.length) {
      ids = Arrays.copyOf(ids, Math.max(idBytes + length, ids.length + (ids.length >> 1)));
    }
    System.arraycopy(id, 0, ids, idBytes, length);
    idBytes += length;
    idEnd[n] = idBytes;
    village[n] = villageIndex;
    complete[n] = (byte) (isComplete ? 1 : 0);
    size[n] = householdSize;
    personStart = people;
  }

  /** Forgets the household begun. */
  void abandon() {
    idBytes = n == 0 ? 0 : idEnd[n - 1];
    people = personStart;
  }

  /** Ends the household begun. */
  void end() {
    if (persons) {
      personEnd[n] = people;
    }
    n++;
  }

  /** The hash of a household's id, as the reader hashes ids ({@link HouseholdTableReader#hash}). */
  long idHash(int i) {
    int from = i == 0 ? 0 : idEnd[i - 1];
    return HouseholdTableReader.hash(ids, from, idEnd[i]);
  }

  /** The text of a household's id. */
  String idText(int i) {
    int from = i == 0 ? 0 : idEnd[i - 1];
    return new String(ids, from, idEnd[i] - from, StandardCharsets.UTF_8);
  }

  /** Adds a person of the household begun; codes are 1 + ordinal, 0 unknown. */
  void person(int relationCode, int sexCode, int healthCode, int labourCode, int birth) {
    if (persons) {
      growPeople(1);
      relation[people] = (byte) relationCode;
      sex[people] = (byte) sexCode;
      health[people] = (byte) healthCode;
      labour[people] = (byte) labourCode;
      birthDay[people] = birth;
    }
    people++;
  }

  /**
   * Joins ranges of households of several columns into new columns, one column at a time,
   * releasing each column of the sources once it is copied, so that the join needs little
   * more memory than the sources.
   *
   * @param persons  whether to keep the person columns (the sources must have them)
   * @param src  the columns of each range
   * @param from  the first household of each range
   * @param to  the household after the last of each range
   * @param ranges  the number of ranges
   * @return the joined columns
   */
  static Columns join(boolean persons, Columns[] src, int[] from, int[] to, int ranges) {
    Columns all = new Columns(persons, 1, 1);
    int n = 0;
    long idTotal = 0;
    long peopleTotal = 0;
    for (int r = 0; r < ranges; r++) {
      Columns c = src[r];
      n += to[r] - from[r];
      if (to[r] > from[r]) {
        idTotal += c.idEnd[to[r] - 1] - (from[r] == 0 ? 0 : c.idEnd[from[r] - 1]);
        if (persons) {
          peopleTotal += c.personEnd[to[r] - 1] - (from[r] == 0 ? 0 : c.personEnd[from[r] - 1]);
        }
      }
      for (int i = from[r]; i < to[r] && !persons; i++) {
        peopleTotal += c.complete[i] != 0 ? c.size[i] : 0;
      }
    }
    java.util.Set<Columns> sources = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.Map<Columns, int[]> villageMaps = new java.util.IdentityHashMap<>();
    for (int r = 0; r < ranges; r++) {
      Columns c = src[r];
      if (sources.add(c)) {
        int[] map = new int[c.villageIndex.size()];
        for (int i = 0; i < map.length; i++) {
          map[i] = all.villageOf(c.villages[i]);
        }
        villageMaps.put(c, map);
      }
    }
    all.n = n;
    all.people = (int) peopleTotal;
    all.ids = new byte[(int) idTotal];
    all.idEnd = new int[n];
    all.village = new int[n];
    int at = 0;
    int bytes = 0;
    for (int r = 0; r < ranges; r++) {
      Columns c = src[r];
      int[] map = villageMaps.get(c);
      int b0 = from[r] == 0 ? 0 : c.idEnd[from[r] - 1];
      for (int i = from[r]; i < to[r]; i++, at++) {
        all.idEnd[at] = c.idEnd[i] - b0 + bytes;
        all.village[at] = c.village[i] < 0 ? -1 : map[c.village[i]];
        long[] w = c.wide.get(i);
        if (w != null) {
          all.wide.put(at, w);
        }
        IncompleteHousehold h = c.incomplete.get(i);
        if (h != null) {
          all.incomplete.put(at, h);
        }
      }
      if (to[r] > from[r]) {
        System.arraycopy(c.ids, b0, all.ids, bytes, c.idEnd[to[r] - 1] - b0);
        bytes += c.idEnd[to[r] - 1] - b0;
      }
    }
    all.idBytes = bytes;
    for (Columns c : sources) {
      c.ids = null;
      c.village = null;
    }
    all.complete = gather(src, from, to, ranges, c -> c.complete, c -> c.complete = null, new byte[n]);
    all.size = gather(src, from, to, ranges, c -> c.size, c -> c.size = null, new int[n]);
    all.year = gather(src, from, to, ranges, c -> c.year, c -> c.year = null, new short[n]);
    all.net = gather(src, from, to, ranges, c -> c.net, c -> c.net = null, new long[n]);
    for (int k = 0; k < 5; k++) {
      int kk = k;
      all.amounts[k] = gather(src, from, to, ranges, c -> c.amounts[kk], c -> c.amounts[kk] = null, new int[n]);
    }
    all.conditions = gather(src, from, to, ranges, c -> c.conditions, c -> c.conditions = null, new int[n]);
    all.exitStatus = gather(src, from, to, ranges, c -> c.exitStatus, c -> c.exitStatus = null, new byte[n]);
    all.attribute = gather(src, from, to, ranges, c -> c.attribute, c -> c.attribute = null, new byte[n]);
    all.cause = gather(src, from, to, ranges, c -> c.cause, c -> c.cause = null, new byte[n]);
    all.identifiedYear = gather(src, from, to, ranges, c -> c.identifiedYear, c -> c.identifiedYear = null,
        new short[n]);
    all.exitYear = gather(src, from, to, ranges, c -> c.exitYear, c -> c.exitYear = null, new short[n]);
    if (persons) {
      int[] pFrom = new int[ranges];
      int[] pTo = new int[ranges];
      all.personEnd = new int[n];
      int p = 0;
      at = 0;
      for (int r = 0; r < ranges; r++) {
        Columns c = src[r];
        pFrom[r] = from[r] == 0 ? 0 : c.personEnd[from[r] - 1];
        pTo[r] = to[r] == from[r] ? pFrom[r] : c.personEnd[to[r] - 1];
        for (int i = from[r]; i < to[r]; i++) {
          all.personEnd[at++] = c.personEnd[i] - pFrom[r] + p;
        }
        p += pTo[r] - pFrom[r];
      }
      int m = all.people;
      all.relation = gather(src, pFrom, pTo, ranges, c -> c.relation, c -> c.relation = null, new byte[m]);
      all.sex = gather(src, pFrom, pTo, ranges, c -> c.sex, c -> c.sex = null, new byte[m]);
      all.health = gather(src, pFrom, pTo, ranges, c -> c.health, c -> c.health = null, new byte[m]);
      all.labour = gather(src, pFrom, pTo, ranges, c -> c.labour, c -> c.labour = null, new byte[m]);
      all.birthDay = gather(src, pFrom, pTo, ranges, c -> c.birthDay, c -> c.birthDay = null, new int[m]);
    }
    return all;
  }

  /** Copies one column of every range into an array, then releases the column of every source. */
  private static <A> A gather(Columns[] src, int[] from, int[] to, int ranges,
      java.util.function.Function<Columns, Object> column, java.util.function.Consumer<Columns> release, A into) {
    int at = 0;
    for (int r = 0; r < ranges; r++) {
      int m = to[r] - from[r];
      if (m > 0) {
        System.arraycopy(column.apply(src[r]), from[r], into, at, m);
        at += m;
      }
    }
    for (int r = 0; r < ranges; r++) {
      release.accept(src[r]);
    }
    return into;
  }

  /** Appends households [from, to) of other columns in bulk, mapping their villages into this dictionary. */
  void appendRange(Columns c, int from, int to) {
    int m = to - from;
    if (m <= 0) {
      return;
    }
    ensure(n + m);
    int[] map = new int[c.villageIndex.size()];
    for (int i = 0; i < map.length; i++) {
      map[i] = villageOf(c.villages[i]);
    }
    int b0 = from == 0 ? 0 : c.idEnd[from - 1];
    int b1 = c.idEnd[to - 1];
    if (idBytes + (b1 - b0) > ids.length) {
      ids = Arrays.copyOf(ids, Math.max(idBytes + (b1 - b0), ids.length + (ids.length >> 1)));
    }
    System.arraycopy(c.ids, b0, ids, idBytes, b1 - b0);
    for (int j = 0; j < m; j++) {
      idEnd[n + j] = c.idEnd[from + j] - b0 + idBytes;
      int v = c.village[from + j];
      village[n + j] = v < 0 ? -1 : map[v];
    }
    idBytes += b1 - b0;
    System.arraycopy(c.complete, from, complete, n, m);
    System.arraycopy(c.size, from, size, n, m);
    System.arraycopy(c.year, from, year, n, m);
    System.arraycopy(c.net, from, net, n, m);
    for (int k = 0; k < 5; k++) {
      System.arraycopy(c.amounts[k], from, amounts[k], n, m);
    }
    for (Map.Entry<Integer, long[]> e : c.wide.entrySet()) {
      if (e.getKey() >= from && e.getKey() < to) {
        wide.put(n + e.getKey() - from, e.getValue());
      }
    }
    System.arraycopy(c.conditions, from, conditions, n, m);
    System.arraycopy(c.exitStatus, from, exitStatus, n, m);
    System.arraycopy(c.attribute, from, attribute, n, m);
    System.arraycopy(c.cause, from, cause, n, m);
    System.arraycopy(c.identifiedYear, from, identifiedYear, n, m);
    System.arraycopy(c.exitYear, from, exitYear, n, m);
    if (persons) {
      int p0 = from == 0 ? 0 : c.personEnd[from - 1];
      int p1 = c.personEnd[to - 1];
      growPeople(p1 - p0);
      System.arraycopy(c.relation, p0, relation, people, p1 - p0);
      System.arraycopy(c.sex, p0, sex, people, p1 - p0);
      System.arraycopy(c.health, p0, health, people, p1 - p0);
      System.arraycopy(c.labour, p0, labour, people, p1 - p0);
      System.arraycopy(c.birthDay, p0, birthDay, people, p1 - p0);
      for (int j = 0; j < m; j++) {
        personEnd[n + j] = c.personEnd[from + j] - p0 + people;
      }
      people += p1 - p0;
    } else {
      for (int j = from; j < to; j++) {
        people += c.complete[j] != 0 ? c.size[j] : 0;
      }
    }
    n += m;
  }

  /** Appends one household of other columns, mapping its village into this dictionary. */
  void appendOne(Columns c, int i) {
    int from = i == 0 ? 0 : c.idEnd[i - 1];
    int v = c.village[i];
    begin(Arrays.copyOfRange(c.ids, from, c.idEnd[i]), c.idEnd[i] - from, v < 0 ? -1 : villageOf(c.villages[v]),
        c.complete[i] != 0, c.size[i]);
    year[n] = c.year[i];
    net[n] = c.net[i];
    for (int k = 0; k < 5; k++) {
      amounts[k][n] = c.amounts[k][i];
    }
    long[] w = c.wide.get(i);
    if (w != null) {
      wide.put(n, w);
    }
    conditions[n] = c.conditions[i];
    exitStatus[n] = c.exitStatus[i];
    attribute[n] = c.attribute[i];
    cause[n] = c.cause[i];
    identifiedYear[n] = c.identifiedYear[i];
    exitYear[n] = c.exitYear[i];
    if (persons) {
      int p0 = i == 0 ? 0 : c.personEnd[i - 1];
      int p1 = c.personEnd[i];
      growPeople(p1 - p0);
      System.arraycopy(c.relation, p0, relation, people, p1 - p0);
      System.arraycopy(c.sex, p0, sex, people, p1 - p0);
      System.arraycopy(c.health, p0, health, people, p1 - p0);
      System.arraycopy(c.labour, p0, labour, people, p1 - p0);
      System.arraycopy(c.birthDay, p0, birthDay, people, p1 - p0);
      people += p1 - p0;
    } else {
      people += c.complete[i] != 0 ? c.size[i] : 0;
    }
    end();
  }

  void add(Household h) {
    begin(h.id().toString(), villageOf(h.village()), true, h.size());
    IncomeStatement in = h.income();
    year[n] = (short) in.year();
    amounts(in.wage().fen(), in.business().fen(), in.property().fen(), in.transfer().fen(),
        in.businessExpense().fen());
    int bits = 0;
    for (int c = 0; c < CONDITIONS.size(); c++) {
      Tristate t = h.condition(CONDITIONS.get(c));
      bits |= pack(c, t);
    }
    conditions[n] = bits;
    exitStatus[n] = code(h.exitStatus().orElse(null));
    attribute[n] = code(h.attribute().orElse(null));
    cause[n] = code(h.primaryCause().orElse(null));
    identifiedYear[n] = (short) h.identifiedYear().orElse(0);
    exitYear[n] = (short) h.exitYear().orElse(0);
    for (Member m : h.members()) {
      person(code(m.relation()), code(m.sex().orElse(null)), code(m.health().orElse(null)),
          code(m.labour().orElse(null)), m.birthDate().map(d -> (int) d.toEpochDay()).orElse(NO_DATE));
    }
    end();
  }

  /** Sets the five amounts and the net income of the household begun. */
  void amounts(long wage, long business, long property, long transfer, long expense) {
    long[] a = {wage, business, property, transfer, expense};
    boolean fits = true;
    for (int k = 0; k < 5; k++) {
      fits &= a[k] <= Integer.MAX_VALUE;
      amounts[k][n] = (int) Math.min(a[k], Integer.MAX_VALUE);
    }
    if (!fits) {
      wide.put(n, a);
    }
    net[n] = Math.subtractExact(Math.addExact(Math.addExact(wage, business), Math.addExact(property, transfer)), expense);
  }

  /** The incomplete households, by index. */
  final Map<Integer, IncompleteHousehold> incomplete = new HashMap<>();

  void addIncomplete(IncompleteHousehold h) {
    incomplete.put(n, h);
    begin(h.id().toString(), h.village().map(this::villageOf).orElse(-1), false, h.rows());
    personStart = people;
    end();
  }

  /** The bits of one condition's state. */
  static int pack(int index, Tristate t) {
    return t == Tristate.UNKNOWN ? 0 : (1 << index) | (t == Tristate.MET ? 1 << (index + 16) : 0);
  }

  static byte code(Enum<?> e) {
    return (byte) (e == null ? 0 : e.ordinal() + 1);
  }

  /** The birth day of a person whose birth date is unknown. */
  static final int NO_DATE = Integer.MIN_VALUE;

  static int day(LocalDate d) {
    return (int) d.toEpochDay();
  }
}
