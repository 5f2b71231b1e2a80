package org.tuopin.table;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tuopin.basics.Tristate;
import org.tuopin.internal.Redaction;
import org.tuopin.io.DataCheck;
import org.tuopin.io.DataChecks;
import org.tuopin.io.DataWarning;
import org.tuopin.io.HouseholdChecks;
import org.tuopin.io.RosterColumn;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.io.RosterValues;
import org.tuopin.io.TableInput;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Health;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdAttribute;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.LabourSkill;
import org.tuopin.registry.PovertyCause;
import org.tuopin.registry.Relation;
import org.tuopin.registry.ResidentId;
import org.tuopin.registry.Sex;

/**
 * Reads a roster file (建档立卡 roster, UTF-8 CSV of the data contract) straight into a
 * {@link HouseholdTable}, on all cores, keeping {@link RosterReader}'s row accounting: the
 * same rows read, accepted and rejected, the same errors, the same incomplete households.
 *
 * <p>The file is split at line boundaries into chunks (a chunk never splits a household whose
 * rows follow one another) that are parsed in parallel from their bytes: fields are found by
 * their commas, and a value is taken from the bytes when it is plainly good (a code or flag
 * already seen, a plain amount, a four-digit year, an ASCII id, a date, a resident id whose
 * check character, date and province hold), and otherwise given to the roster's one value
 * parser ({@link RosterValues}) as text. No {@code String} is made per field, and no object
 * per person.
 *
 * <p>A household is taken on this fast path only when all of its rows are, its rows follow one
 * another, agree and have one householder, and its household and person ids are used nowhere
 * else in the file. Every other row (a bad value, a wrong width, a row of a household that
 * disagrees, lacks one householder or comes in pieces, an id used twice, an income year
 * outside the reader's years, a row without a household id) is read again with the rows of
 * its household, and only those, by {@link RosterReader}, on their own line numbers, so that
 * errors and accounting are the object path's by construction; the households it gives are
 * placed in the table in file order. A file with quoted fields or lone carriage returns, which
 * cannot be split at line boundaries by bytes alone, is read whole by {@code RosterReader}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HouseholdTableReader {

  private static final Logger LOG = LoggerFactory.getLogger(HouseholdTableReader.class);
  private static final RosterColumn[] COLUMNS = RosterColumn.values();
  private static final int DEFAULT_CHUNK = 32 << 20;
  private static final long MISSING = Long.MIN_VALUE;
  private static final int HOUSEHOLD_KEYS = 0;
  private static final int PERSON_KEYS = 1;
  private static final int RESIDENT_KEYS = 2;
  private static final RosterColumn[] AMOUNTS = {RosterColumn.WAGE_INCOME, RosterColumn.BUSINESS_INCOME,
      RosterColumn.PROPERTY_INCOME, RosterColumn.TRANSFER_INCOME, RosterColumn.BUSINESS_EXPENSE};
  private static final int HOUSEHOLDER = Relation.HOUSEHOLDER.ordinal() + 1;
  /** The conditions by roster column, -1 where the column is no condition. */
  private static final int[] CONDITION_INDEX = new int[COLUMNS.length];
  private static final boolean[] REQUIRED = new boolean[COLUMNS.length];
  private static final boolean[] HOUSEHOLD_LEVEL = new boolean[COLUMNS.length];

  static {
    for (RosterColumn c : COLUMNS) {
      REQUIRED[c.ordinal()] = c.isRequired();
      HOUSEHOLD_LEVEL[c.ordinal()] = c.isHouseholdLevel();
      Optional<Condition> condition = c.condition();
      CONDITION_INDEX[c.ordinal()] = condition.isPresent() ? Columns.CONDITIONS.indexOf(condition.get()) : -1;
    }
  }

  /** The stand-in id the object path gives a household whose id is not valid. */
  private static final Pattern INVALID_ID = Pattern.compile("invalid-id-line-(\\d+)-*");

  private final boolean persons;
  private final int chunkBytes;
  private final boolean checks;

  private HouseholdTableReader(boolean persons, int chunkBytes, boolean checks) {
    this.checks = checks;
    this.persons = persons;
    this.chunkBytes = chunkBytes;
  }

  /**
   * Obtains a reader that accepts any plausible income year and keeps no person columns.
   *
   * @return the reader, not null
   */
  public static HouseholdTableReader create() {
    return new HouseholdTableReader(false, DEFAULT_CHUNK, false);
  }

  /**
   * Returns a reader that also keeps the person columns (relation, sex, health, labour, birth
   * date), which the measures and household views need; about 8 bytes a person more.
   *
   * @return a reader keeping person columns, not null
   */
  public HouseholdTableReader withPersonColumns() {
    return new HouseholdTableReader(true, chunkBytes, checks);
  }

  /**
   * Returns a reader that also runs the national data checks during the read, as
   * {@link DataChecks#read(Path)} runs them on the same file, without a second pass: the table
   * then holds them ({@link HouseholdTable#dataChecks()}), a warning taking some 200-300 bytes.
   *
   * @return a reader running the data checks, not null
   */
  public HouseholdTableReader withDataChecks() {
    return new HouseholdTableReader(persons, chunkBytes, true);
  }

  /**
   * Returns a reader that splits a file into chunks of about a size, read in parallel (the
   * default is 32 MiB; small chunks serve tests of the joins between chunks).
   *
   * @param bytes  the chunk size, at least 64 (smaller sizes are raised to 64)
   * @return a reader with the chunk size, not null
   */
  public HouseholdTableReader withChunkBytes(int bytes) {
    return new HouseholdTableReader(persons, Math.max(64, bytes), checks);
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
    if (TableInput.of(file).isWorkbook()) {
      // .xlsx: the object path reads it through the io input layer
      return HouseholdTable.from(objectReader().read(file), persons);
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      Optional<HouseholdTable> fast = new Read(file, channel).run();
      if (fast.isPresent()) {
        return fast.get();
      }
    } catch (UncheckedIOException ex) {
      throw ex.getCause();
    }
    LOG.debug("{}: read whole by the object path", file);
    return HouseholdTable.from(objectReader().read(file), persons);
  }

  private RosterReader objectReader() {
    return RosterReader.create();
  }

  /**
   * Thrown inside a chunk when the file cannot be split by bytes (quotes, lone carriage
   * returns) or is no UTF-8 (then GB18030 or GBK, which the object path detects).
   */
  private static final class NotSplittable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotSplittable() {
      super(null, null, false, false);
    }
  }

  /** One read of a file. */
  private final class Read {
    final Path file;
    final FileChannel channel;
    final long size;
    String headerLine;
    long dataStart;
    /** The column of each position, null for an unknown one. */
    RosterColumn[] at;
    int householdPos = -1;
    int personPos = -1;
    int idNumberPos = -1;
    /** The runs of adjacent household-level positions, as first and last position. */
    int[][] runs;
    /** The run of each position, or -1. */
    int[] runOf;
    final List<String> unknown = new ArrayList<>();
    /** The position of the months-worked column the data checks read, or -1. */
    int monthsPos = -1;

    Read(Path file, FileChannel channel) throws IOException {
      this.file = file;
      this.channel = channel;
      this.size = channel.size();
    }

    Optional<HouseholdTable> run() throws IOException {
      if (!header()) {
        return Optional.empty();
      }
      long t0 = System.nanoTime();
      long[] bounds = boundaries();
      int chunks = bounds.length - 1;
      Chunk[] parsed = new Chunk[chunks];
      try {
        IntStream.range(0, chunks).parallel().forEach(k -> parsed[k] = parse(bounds[k], bounds[k + 1]));
      } catch (NotSplittable ex) {
        return Optional.empty();
      }
      long t1 = System.nanoTime();
      long line = 2;
      long rowsRead = 0;
      for (Chunk c : parsed) {
        c.firstLine = line;
        line += c.newlines;
        rowsRead += c.rows;
      }
      // the households and rows read again by the object path
      Set<String> suspects = new HashSet<>();
      Set<Long> orphans = new HashSet<>();
      for (Chunk c : parsed) {
        suspects.addAll(c.suspects);
        for (int i = 0; i < c.orphanCount; i++) {
          orphans.add(c.firstLine + c.orphans[i]);
        }
      }
      long[] twiceHouseholds = repeated(parsed, HOUSEHOLD_KEYS);
      long[] twicePersons = repeated(parsed, PERSON_KEYS);
      long[] twiceResidents = repeated(parsed, RESIDENT_KEYS);
      List<ResidentRow> residentRows = java.util.Collections.synchronizedList(new ArrayList<>());
      if (twiceHouseholds.length > 0 || twicePersons.length > 0 || twiceResidents.length > 0) {
        scan(bounds, parsed, (c, line1, buf, start, end) -> {
          if (twiceResidents.length > 0) {
            residentRow(buf, start, end, line1, twiceResidents).ifPresent(residentRows::add);
          }
          long hh = hashField(buf, start, end, householdPos);
          long person = hashField(buf, start, end, personPos);
          if (hh != 0 && Arrays.binarySearch(twiceHouseholds, HashKeys.key(hh)) >= 0
              || person != 0 && Arrays.binarySearch(twicePersons, HashKeys.key(person)) >= 0) {
            Optional<String> id = idOf(buf, start, end);
            synchronized (suspects) {
              if (id.isPresent()) {
                suspects.add(id.get());
              } else {
                orphans.add(line1);
              }
            }
          }
        });
      }
      long t2 = System.nanoTime();
      Sub sub = null;
      if (!suspects.isEmpty() || !orphans.isEmpty()) {
        boolean local = twiceHouseholds.length == 0 && twicePersons.length == 0 && !anyKept(parsed, suspects);
        java.util.TreeMap<Long, String> rows = local ? fromRanges(bounds, parsed) : rowsOf(bounds, parsed, suspects, orphans);
        LOG.debug("{}: {} rows to read again gathered in {} ms", file, rows.size(), (System.nanoTime() - t2) / 1_000_000);
        sub = readAgain(rows);
      }
      Optional<DataChecks> dataChecks = checks(parsed, suspects, sub, residentRows);
      long rejected = sub == null ? 0 : sub.imported.rowsRejected();
      ImmutableList<org.tuopin.io.RowError> errors = sub == null ? ImmutableList.of() : sub.imported.errors();
      long t3 = System.nanoTime();
      Columns all = merge(parsed, suspects, sub);
      LOG.debug("{}: {} chunks parsed in {} ms, ids checked in {} ms, {} suspect households read again in {} ms,"
          + " merged in {} ms", file, chunks, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, suspects.size(),
          (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
      return Optional.of(new HouseholdTable(all, file.getFileName().toString(), rowsRead, rejected, errors,
          ImmutableList.copyOf(unknown), dataChecks));
    }

    /**
     * The data checks of the file, as {@link DataChecks#read(Path)} finds them: those of the
     * households kept on the fast path (found as each was parsed, on lines counted from its
     * chunk's start), those of the households read again (by the object path, on their own
     * lines), and the residents in two households, found over the rows whose resident id's hash
     * key occurs twice.
     */
    private Optional<DataChecks> checks(Chunk[] parsed, Set<String> suspects, Sub sub,
        List<ResidentRow> residentRows) {
      if (!checks) {
        return Optional.empty();
      }
      List<DataWarning> warnings = new ArrayList<>();
      for (Chunk c : parsed) {
        for (DataWarning w : c.warnings) {
          if (!suspects.contains(w.household().toString())) {
            warnings.add(HouseholdChecks.offsetLines(w, c.firstLine));
          }
        }
        c.warnings = null;
      }
      if (sub != null) {
        for (DataWarning w : sub.imported.dataChecks().warnings()) {
          if (w.check() != DataCheck.PERSON_IN_TWO_HOUSEHOLDS) {
            warnings.add(w);
          }
        }
      }
      List<ResidentRow> rows = new ArrayList<>(residentRows);
      rows.sort(java.util.Comparator.comparingLong(ResidentRow::line));
      Map<ResidentId, ResidentRow> first = new HashMap<>();
      for (ResidentRow row : rows) {
        ResidentRow seen = first.putIfAbsent(row.id(), row);
        if (seen != null && !seen.household().equals(row.household())) {
          warnings.add(HouseholdChecks.residentInTwoHouseholds(row.id(), row.household(), row.line(), seen.household(),
              seen.line()));
        }
      }
      return Optional.of(DataChecks.of(warnings));
    }

    /**
     * A row the checks read whose resident id's hash key is among some, with its household:
     * a row of the header's width with a valid household id and resident id.
     */
    private Optional<ResidentRow> residentRow(byte[] buf, int start, int end, long line, long[] keys) {
      if (idNumberPos < 0 || fieldCount(buf, start, end) != at.length) {
        return Optional.empty();
      }
      int[] f = fieldOf(buf, start, end, idNumberPos);
      long hash = residentHash(buf, f[0], f[1]);
      if (hash == 0 || Arrays.binarySearch(keys, HashKeys.key(hash)) < 0) {
        return Optional.empty();
      }
      Optional<String> household = idOf(buf, start, end);
      if (household.isEmpty()) {
        return Optional.empty();
      }
      try {
        ResidentId id = (ResidentId) RosterValues.parse(RosterColumn.ID_NUMBER,
            new String(buf, f[0], f[1] - f[0], StandardCharsets.UTF_8));
        return Optional.of(new ResidentRow(line, HouseholdId.of(household.get()), id));
      } catch (IllegalArgumentException ex) {
        return Optional.empty();
      }
    }

    /** Reads and maps the header; false if the object path must read the file. */
    private boolean header() throws IOException {
      byte[] head = bytes(0, (int) Math.min(size, 1 << 20));
      int nl = indexOf(head, 0, head.length, (byte) '\n');
      if (nl < 0) {
        return false;
      }
      if (!isUtf8(head, 0, nl)) {
        return false;
      }
      int end = nl > 0 && head[nl - 1] == '\r' ? nl - 1 : nl;
      if (indexOf(head, 0, end, (byte) '"') >= 0 || indexOf(head, 0, end, (byte) '\r') >= 0) {
        return false;
      }
      headerLine = new String(head, 0, end, StandardCharsets.UTF_8);
      dataStart = nl + 1;
      List<String> fields = new ArrayList<>();
      for (CsvRecord r : CsvReader.builder().allowMissingFields(true).allowExtraFields(true).ofCsvRecord(new StringReader(headerLine))) {
        fields.addAll(r.getFields());
      }
      at = new RosterColumn[fields.size()];
      EnumMap<RosterColumn, Boolean> seen = new EnumMap<>(RosterColumn.class);
      for (int i = 0; i < at.length; i++) {
        String h = fields.get(i).trim();
        if (i == 0 && h.startsWith("\uFEFF")) {
          h = h.substring(1).trim();
        }
        Optional<RosterColumn> c = RosterColumn.find(h);
        if (c.isPresent()) {
          if (seen.put(c.get(), true) != null) {
            return false;
          }
          at[i] = c.get();
          householdPos = c.get() == RosterColumn.HOUSEHOLD_ID ? i : householdPos;
          personPos = c.get() == RosterColumn.PERSON_ID ? i : personPos;
          idNumberPos = c.get() == RosterColumn.ID_NUMBER ? i : idNumberPos;
        } else {
          unknown.add(Redaction.header(h));
          if (monthsPos < 0 && HouseholdChecks.isMonthsWorked(h)) {
            monthsPos = i;
          }
        }
      }
      for (RosterColumn c : COLUMNS) {
        if (c.isRequired() && !seen.containsKey(c)) {
          return false;
        }
      }
      List<int[]> found = new ArrayList<>();
      runOf = new int[at.length];
      Arrays.fill(runOf, -1);
      for (int i = 0; i < at.length; i++) {
        if (at[i] != null && at[i].isHouseholdLevel()) {
          if (i > 0 && runOf[i - 1] >= 0) {
            found.get(found.size() - 1)[1] = i;
          } else {
            found.add(new int[] {i, i});
          }
          runOf[i] = found.size() - 1;
        }
      }
      runs = found.toArray(new int[0][]);
      return true;
    }

    /**
     * Splits the data rows into chunks of about the chunk size, each starting on a line whose
     * household id differs from the line before (a household whose rows follow one another is
     * never split).
     */
    private long[] boundaries() throws IOException {
      List<Long> b = new ArrayList<>();
      b.add(dataStart);
      long next = dataStart + chunkBytes;
      while (next < size) {
        long cut = cutNear(next);
        if (cut >= size) {
          break;
        }
        if (cut > b.get(b.size() - 1)) {
          b.add(cut);
        }
        next = Math.max(cut, next) + chunkBytes;
      }
      b.add(size);
      return b.stream().mapToLong(Long::longValue).toArray();
    }

    /** The start of the first line at or after a position that begins another household. */
    private long cutNear(long position) throws IOException {
      int window = 1 << 16;
      while (true) {
        long from = position - 1;
        byte[] w = bytes(from, (int) Math.min(window, size - from));
        int nl = indexOf(w, 0, w.length, (byte) '\n');
        if (nl < 0) {
          if (from + w.length >= size) {
            return size;
          }
          window *= 4;
          continue;
        }
        // compare each line's household id with the one before, from the line before the cut
        long prevStart = lastLineStart(position);
        byte[] before = bytes(prevStart, (int) (from + nl + 1 - prevStart));
        byte[] previous = idBytes(before, 0, before.length);
        int start = nl + 1;
        while (start < w.length) {
          int lineEnd = indexOf(w, start, w.length, (byte) '\n');
          if (lineEnd < 0) {
            break;
          }
          byte[] id = idBytes(w, start, lineEnd);
          if (!Arrays.equals(id, previous)) {
            return from + start;
          }
          previous = id;
          start = lineEnd + 1;
        }
        if (from + w.length >= size) {
          return start >= w.length ? size : from + start;
        }
        window *= 4;
        if (window > 1 << 26) {
          return from + nl + 1;
        }
      }
    }

    /** The start of the line holding the byte before a position. */
    private long lastLineStart(long position) throws IOException {
      long from = Math.max(dataStart, position - (1 << 16));
      byte[] w = bytes(from, (int) (position - from));
      for (int i = w.length - 2; i >= 0; i--) {
        if (w[i] == '\n') {
          return from + i + 1;
        }
      }
      return from;
    }

    private byte[] idBytes(byte[] buf, int start, int end) {
      int[] f = fieldOf(buf, start, end, householdPos);
      return f == null ? new byte[0] : Arrays.copyOfRange(buf, f[0], f[1]);
    }

    private byte[] bytes(long from, int length) throws IOException {
      byte[] b = new byte[length];
      ByteBuffer bb = ByteBuffer.wrap(b);
      long at1 = from;
      while (bb.hasRemaining()) {
        int r = channel.read(bb, at1);
        if (r < 0) {
          return Arrays.copyOf(b, bb.position());
        }
        at1 += r;
      }
      return b;
    }

    private byte[] chunkBytes(long from, long to) {
      try {
        return bytes(from, (int) (to - from));
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }

    private Chunk parse(long from, long to) {
      Chunk c = new Chunk(persons, at.length, runs.length);
      byte[] buf = chunkBytes(from, to);
      if (!isUtf8(buf, 0, buf.length)) {
        throw new NotSplittable();
      }
      c.newlines = c.split(this, buf);
      c.finish(this);
      return c;
    }

    /** Runs an action on every data line of every chunk, in parallel. */
    private void scan(long[] bounds, Chunk[] parsed, LineAction action) {
      IntStream.range(0, parsed.length).parallel().forEach(k -> {
        byte[] buf = chunkBytes(bounds[k], bounds[k + 1]);
        lines(buf, (line, start, end) -> action.line(parsed[k], parsed[k].firstLine + line, buf, start, end));
      });
    }

    /** The trimmed household id of a line, if it is a valid one. */
    Optional<String> idOf(byte[] buf, int start, int end) {
      int[] f = fieldOf(buf, start, end, householdPos);
      if (f == null || f[0] == f[1]) {
        return Optional.empty();
      }
      try {
        return Optional.of(HouseholdId.of(new String(buf, f[0], f[1] - f[0], StandardCharsets.UTF_8)).toString());
      } catch (IllegalArgumentException ex) {
        return Optional.empty();
      }
    }

    /** Whether a household kept on the fast path has the id of a suspect one (it came in pieces). */
    private boolean anyKept(Chunk[] parsed, Set<String> suspects) {
      long[] hashes = suspectHashes(suspects);
      for (Chunk c : parsed) {
        for (int i = 0; i < c.columns.n; i++) {
          if (Arrays.binarySearch(hashes, c.columns.idHash(i)) >= 0 && suspects.contains(c.columns.idText(i))) {
            return true;
          }
        }
      }
      return false;
    }

    /** The rows of the byte ranges the chunks set aside (suspect households and orphan rows), by line. */
    private java.util.TreeMap<Long, String> fromRanges(long[] bounds, Chunk[] parsed) throws IOException {
      java.util.TreeMap<Long, String> rows = new java.util.TreeMap<>();
      for (int k = 0; k < parsed.length; k++) {
        Chunk c = parsed[k];
        for (int j = 0; j < c.rangeCount; j++) {
          long from = bounds[k] + c.ranges[3 * j];
          byte[] b = bytes(from, (int) (c.ranges[3 * j + 1] - c.ranges[3 * j]));
          long first = c.firstLine + c.ranges[3 * j + 2];
          lines(b, (line, start, end) -> rows.put(first + line, new String(b, start, end - start, StandardCharsets.UTF_8)));
        }
      }
      return rows;
    }

    /** The rows of the suspect households and the orphan lines, found by a scan of the whole file, by line. */
    private java.util.TreeMap<Long, String> rowsOf(long[] bounds, Chunk[] parsed, Set<String> suspects,
        Set<Long> orphans) {
      List<java.util.TreeMap<Long, String>> found = new ArrayList<>();
      for (int k = 0; k < parsed.length; k++) {
        found.add(new java.util.TreeMap<>());
      }
      long[] hashes = suspectHashes(suspects);
      IntStream.range(0, parsed.length).parallel().forEach(k -> {
        byte[] buf = chunkBytes(bounds[k], bounds[k + 1]);
        java.util.TreeMap<Long, String> rows = found.get(k);
        lines(buf, (line, start, end) -> {
          long global = parsed[k].firstLine + line;
          boolean take = orphans.contains(global);
          if (!take && Arrays.binarySearch(hashes, hashField(buf, start, end, householdPos)) >= 0) {
            take = idOf(buf, start, end).map(suspects::contains).orElse(false);
          }
          if (take) {
            rows.put(global, new String(buf, start, end - start, StandardCharsets.UTF_8));
          }
        });
      });
      java.util.TreeMap<Long, String> all = new java.util.TreeMap<>();
      found.forEach(all::putAll);
      return all;
    }

    /** Reads rows again by the object path, on their own line numbers. */
    private Sub readAgain(java.util.TreeMap<Long, String> rows) throws IOException {
      List<Long> allLines = new ArrayList<>(rows.keySet());
      List<String> allTexts = new ArrayList<>(rows.values());
      Map<String, Long> firstLine = new HashMap<>();
      for (int i = 0; i < allTexts.size(); i++) {
        byte[] b = allTexts.get(i).getBytes(StandardCharsets.UTF_8);
        Optional<String> id = idOf(b, 0, b.length);
        if (id.isPresent()) {
          firstLine.putIfAbsent(id.get(), allLines.get(i));
        }
      }
      long[] lineOf = allLines.stream().mapToLong(Long::longValue).toArray();
      RosterImport imported = objectReader().read(new LinesReader(headerLine, allTexts), file.getFileName().toString(),
          k -> k < 2 || k - 2 >= lineOf.length ? k : lineOf[(int) (k - 2)]);
      return new Sub(imported, firstLine);
    }
  }

  private static long[] suspectHashes(Set<String> suspects) {
    long[] hashes = new long[suspects.size()];
    int i = 0;
    for (String s : suspects) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      hashes[i++] = hash(b, 0, b.length);
    }
    Arrays.sort(hashes);
    return hashes;
  }

  /** A row with a resident id whose hash key occurs twice: its line, household and resident id. */
  private record ResidentRow(long line, HouseholdId household, ResidentId id) {
  }

  /**
   * The hash of a trimmed resident id field in upper case: of a valid id, the hash of its
   * text as {@link ResidentId#parse} keeps it; 0 for an empty field.
   */
  static long residentHash(byte[] b, int s, int e) {
    if (s == e) {
      return 0;
    }
    for (int i = s; i < e; i++) {
      if (b[i] >= 'a' && b[i] <= 'z') {
        byte[] upper = Arrays.copyOfRange(b, s, e);
        for (int k = 0; k < upper.length; k++) {
          upper[k] = upper[k] >= 'a' && upper[k] <= 'z' ? (byte) (upper[k] - 32) : upper[k];
        }
        return hash(upper, 0, upper.length);
      }
    }
    return hash(b, s, e);
  }

  /** The number of fields of a line. */
  private static int fieldCount(byte[] buf, int start, int end) {
    int n = 1;
    for (int i = start; i < end; i++) {
      n += buf[i] == ',' ? 1 : 0;
    }
    return n;
  }

  /** The households read by the object path and the line each first appears on. */
  private record Sub(RosterImport imported, Map<String, Long> firstLine) {

    /**
     * The first line of a household read again: by its id's text, or for a household whose id
     * was not valid, from the stand-in id {@code invalid-id-line-N} the object path gave it.
     */
    long firstLineOf(HouseholdId id) {
      Long line = firstLine.get(id.toString());
      if (line != null) {
        return line;
      }
      Matcher m = INVALID_ID.matcher(id.toString());
      if (m.matches()) {
        return Long.parseLong(m.group(1));
      }
      throw new IllegalStateException("no first line for household " + id + " read again");
    }

  }

  /** An action on one line of a chunk: its 0-based line in the chunk and its bytes. */
  @FunctionalInterface
  private interface LineAction {
    void line(Chunk chunk, long line, byte[] buf, int start, int end);
  }

  /** An action on one line: its 0-based line in the buffer and its bytes, without the line end. */
  @FunctionalInterface
  private interface LineSink {
    void line(long line, int start, int end);
  }

  /**
   * Calls a sink for every non-empty line of a buffer already split by a first pass; returns
   * the newlines counted.
   */
  private static long lines(byte[] buf, LineSink sink) {
    long line = 0;
    int start = 0;
    int n = buf.length;
    while (start < n) {
      int i = indexOf(buf, start, n, (byte) '\n');
      i = i < 0 ? n : i;
      int end = i > start && buf[i - 1] == '\r' ? i - 1 : i;
      if (end > start) {
        sink.line(line, start, end);
      }
      if (i < n) {
        line++;
      }
      start = i + 1;
    }
    return line;
  }

  /** The trimmed bounds of a field of a line, or null if the line has fewer fields. */
  private static int[] fieldOf(byte[] buf, int start, int end, int position) {
    int s = start;
    for (int k = 0; k < position; k++) {
      int comma = indexOf(buf, s, end, (byte) ',');
      if (comma < 0) {
        return null;
      }
      s = comma + 1;
    }
    int e = indexOf(buf, s, end, (byte) ',');
    e = e < 0 ? end : e;
    while (s < e && (buf[s] & 0xff) <= ' ') {
      s++;
    }
    while (e > s && (buf[e - 1] & 0xff) <= ' ') {
      e--;
    }
    return new int[] {s, e};
  }

  private static long hashField(byte[] buf, int start, int end, int position) {
    int[] f = fieldOf(buf, start, end, position);
    return f == null || f[0] == f[1] ? 0 : hash(buf, f[0], f[1]);
  }

  /**
   * The position of the next comma, line feed, carriage return or quote from a position, or
   * the end: eight bytes at a time, finding the first byte below {@code '-'} (the four are
   * the only bytes below it that matter; high UTF-8 bytes never match).
   */
  private static int nextSpecial(byte[] b, int from, int to) {
    int i = from;
    while (i + 8 <= to) {
      long w = (long) LONGS.get(b, i);
      long m = (w - 0x2D2D2D2D2D2D2D2DL) & ~w & 0x8080808080808080L;
      if (m == 0) {
        i += 8;
        continue;
      }
      int j = i + (Long.numberOfTrailingZeros(m) >>> 3);
      int c = b[j];
      if (c == ',' || c == '\n' || c == '\r' || c == '"') {
        return j;
      }
      i = j + 1;
    }
    for (; i < to; i++) {
      int c = b[i];
      if (c == ',' || c == '\n' || c == '\r' || c == '"') {
        return i;
      }
    }
    return to;
  }

  /**
   * Whether bytes are UTF-8 as the JDK's decoder takes it (no overlong forms, surrogates or
   * code points beyond U+10FFFF): eight ASCII bytes at a time, then sequence by sequence. A
   * chunk starts and ends at a line, so no sequence is split.
   */
  static boolean isUtf8(byte[] b, int from, int to) {
    int i = from;
    while (i < to) {
      if (i + 8 <= to && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
        continue;
      }
      int c = b[i] & 0xff;
      if (c < 0x80) {
        i++;
        continue;
      }
      int more;
      int low = 0x80;
      int high = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        more = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        more = 2;
        low = c == 0xE0 ? 0xA0 : low;
        high = c == 0xED ? 0x9F : high;
      } else if (c >= 0xF0 && c <= 0xF4) {
        more = 3;
        low = c == 0xF0 ? 0x90 : low;
        high = c == 0xF4 ? 0x8F : high;
      } else {
        return false;
      }
      if (i + more >= to) {
        return false;
      }
      int second = b[i + 1] & 0xff;
      if (second < low || second > high) {
        return false;
      }
      for (int k = 2; k <= more; k++) {
        if ((b[i + k] & 0xC0) != 0x80) {
          return false;
        }
      }
      i += more + 1;
    }
    return true;
  }

  private static int indexOf(byte[] b, int from, int to, byte x) {
    for (int i = from; i < to; i++) {
      if (b[i] == x) {
        return i;
      }
    }
    return -1;
  }

  private static final java.lang.invoke.VarHandle LONGS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

  /** A 64-bit hash of bytes (eight at a time, then mixed), for the uniqueness checks; never 0. */
  static long hash(byte[] b, int from, int to) {
    long h = 0x9E3779B97F4A7C15L ^ (to - from);
    int i = from;
    for (; i + 8 <= to; i += 8) {
      h = Long.rotateLeft(h ^ (long) LONGS.get(b, i) * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B97F4A7C15L;
    }
    long tail = 0;
    for (int k = 0; i < to; i++, k += 8) {
      tail |= (b[i] & 0xffL) << k;
    }
    h = Long.rotateLeft(h ^ tail * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B97F4A7C15L;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb93fe53e87bbL;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /**
   * The hash keys ({@link HashKeys#key}) of household ids, person ids or resident ids (as
   * {@code which} says) that occur more than once over all chunks, sorted. Each chunk's keys are sorted already, by bucket; they are
   * checked a bucket at a time, in parallel, so that no array of all keys is made.
   */
  private static long[] repeated(Chunk[] chunks, int which) {
    HashKeys[] sorted = new HashKeys[chunks.length];
    for (int k = 0; k < chunks.length; k++) {
      sorted[k] = chunks[k].keys[which];
    }
    List<Long> twice = java.util.Collections.synchronizedList(new ArrayList<>());
    IntStream.range(0, HashKeys.BUCKETS).parallel().forEach(bucket -> {
      int n = 0;
      for (HashKeys keys : sorted) {
        n += keys.count(bucket);
      }
      long[] all = new long[n];
      int at = 0;
      for (HashKeys keys : sorted) {
        at = keys.copy(bucket, all, at);
      }
      Arrays.sort(all);
      for (int i = 1; i < n; i++) {
        if (all[i] == all[i - 1] && (i < 2 || all[i - 2] != all[i])) {
          twice.add(all[i]);
        }
      }
    });
    for (Chunk c : chunks) {
      c.keys[which] = null;
    }
    long[] result = twice.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(result);
    return result;
  }

  /**
   * The sorted hashes of one chunk's ids in six bytes each, for the check of ids used twice:
   * a hash's key is its top 56 bits (in unsigned order); the key's top 8 bits are its bucket,
   * one of 256, given by where the bucket starts, and its other 48 bits are kept. Two different
   * ids share a key with a chance of 2⁻⁵⁶ (for the 9×10⁷ people of the national roster, about
   * one chance in twenty that any pair does), and then both are merely read again by the
   * object path.
   */
  static final class HashKeys {
    static final int BUCKETS = 256;
    private final int[] start = new int[BUCKETS + 1];
    private final int[] high;
    private final short[] low;

    private HashKeys(int n) {
      high = new int[n];
      low = new short[n];
    }

    /** The key of a hash: its top 56 bits, unsigned (the hash's signed order is the key's order). */
    static long key(long hash) {
      return (hash ^ Long.MIN_VALUE) >>> 8;
    }

    /** The keys of the first n hashes of an array, which it sorts. */
    static HashKeys of(long[] hashes, int n) {
      Arrays.sort(hashes, 0, n);
      HashKeys k = new HashKeys(n);
      int bucket = 0;
      for (int i = 0; i < n; i++) {
        long key = key(hashes[i]);
        int b = (int) (key >>> 48);
        while (bucket < b) {
          k.start[++bucket] = i;
        }
        k.high[i] = (int) (key >>> 16);
        k.low[i] = (short) key;
      }
      while (bucket < BUCKETS) {
        k.start[++bucket] = n;
      }
      return k;
    }

    int count(int bucket) {
      return start[bucket + 1] - start[bucket];
    }

    /** Copies the full keys of a bucket into an array from a position; returns the position after. */
    int copy(int bucket, long[] to, int at) {
      long top = (long) bucket << 48;
      for (int i = start[bucket]; i < start[bucket + 1]; i++) {
        to[at++] = top | (high[i] & 0xFFFFFFFFL) << 16 | (low[i] & 0xFFFFL);
      }
      return at;
    }
  }

  /** Joins the chunks' households and the object path's in file order. */
  private Columns merge(Chunk[] chunks, Set<String> suspects, Sub sub) {
    long[] suspectHashes = suspectHashes(suspects);
    List<HouseholdId> subIds = sub == null ? List.of() : sub.imported.householdIds();
    Columns subColumns = new Columns(persons, Math.max(1, subIds.size()), 64);
    Ranges ranges = new Ranges(chunks.length + 2 * subIds.size() + 1);
    int s = 0;
    for (Chunk chunk : chunks) {
      Columns c = chunk.columns;
      int run = 0;
      for (int i = 0; i < c.n; i++) {
        long line = chunk.firstLine + chunk.firstLines[i];
        boolean before = s < subIds.size() && sub.firstLineOf(subIds.get(s)) < line;
        boolean excluded = !suspects.isEmpty() && Arrays.binarySearch(suspectHashes, c.idHash(i)) >= 0
            && suspects.contains(c.idText(i));
        if (before || excluded) {
          ranges.add(c, run, i);
          run = excluded ? i + 1 : i;
        }
        while (s < subIds.size() && sub.firstLineOf(subIds.get(s)) < line) {
          addSub(subColumns, sub, subIds.get(s++));
          ranges.add(subColumns, subColumns.n - 1, subColumns.n);
        }
      }
      ranges.add(c, run, c.n);
    }
    while (s < subIds.size()) {
      addSub(subColumns, sub, subIds.get(s++));
      ranges.add(subColumns, subColumns.n - 1, subColumns.n);
    }
    Arrays.fill(chunks, null);
    return Columns.join(persons, ranges.src, ranges.from, ranges.to, ranges.count);
  }

  /** The ranges of households of a join, in order. */
  private static final class Ranges {
    Columns[] src;
    int[] from;
    int[] to;
    int count;

    Ranges(int capacity) {
      src = new Columns[capacity];
      from = new int[capacity];
      to = new int[capacity];
    }

    void add(Columns c, int a, int b) {
      if (b <= a) {
        return;
      }
      if (count > 0 && src[count - 1] == c && to[count - 1] == a) {
        to[count - 1] = b;
        return;
      }
      if (count == src.length) {
        src = Arrays.copyOf(src, count * 2);
        from = Arrays.copyOf(from, count * 2);
        to = Arrays.copyOf(to, count * 2);
      }
      src[count] = c;
      from[count] = a;
      to[count] = b;
      count++;
    }
  }

  private static void addSub(Columns all, Sub sub, HouseholdId id) {
    Optional<Household> h = sub.imported.household(id);
    if (h.isPresent()) {
      all.add(h.get());
    } else {
      all.addIncomplete(sub.imported.incompleteHousehold(id).orElseThrow());
    }
  }

  /** A reader of the lines read again: the header, then each line. */
  private static final class LinesReader extends Reader {
    private final List<String> texts;
    private String pending;
    private int pendingAt;
    private boolean newline;
    private int next;

    LinesReader(String header, List<String> texts) {
      this.texts = texts;
      this.pending = header;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      int done = 0;
      while (done < len) {
        if (pending != null) {
          int k = Math.min(pending.length() - pendingAt, len - done);
          pending.getChars(pendingAt, pendingAt + k, cbuf, off + done);
          pendingAt += k;
          done += k;
          if (pendingAt == pending.length()) {
            pending = null;
            newline = true;
          }
          continue;
        }
        if (newline) {
          cbuf[off + done++] = '\n';
          newline = false;
          continue;
        }
        if (next == texts.size()) {
          break;
        }
        pending = texts.get(next++);
        pendingAt = 0;
      }
      return done == 0 && len > 0 ? -1 : done;
    }

    @Override
    public void close() {
      // nothing held
    }
  }

  /** The households and checks of one chunk of the file, parsed on its own. */
  private final class Chunk {
    final Columns columns;
    long firstLine;
    long newlines;
    long rows;
    /** The hashes of the households' ids while the chunk is parsed. */
    long[] householdHashes = new long[64];
    int[] firstLines = new int[64];
    long[] personHashes = new long[256];
    int personCount;
    long[] residentHashes = new long[256];
    int residentCount;
    /**
     * The hash keys of the household ids, person ids and resident ids, sorted, until the check
     * of ids used twice.
     */
    final HashKeys[] keys = new HashKeys[3];
    /** The data checks' warnings of the households kept, on the chunk's lines. */
    List<DataWarning> warnings = new ArrayList<>(0);
    /** The data checks of the household gathered. */
    HouseholdChecks householdChecks;
    final Set<String> suspects = new HashSet<>();
    long[] orphans = new long[4];
    int orphanCount;
    /** Byte ranges (start, end, line) of the suspect households' rows and the orphan rows. */
    long[] ranges = new long[12];
    int rangeCount;
    int householdStart;
    int householdEnd;

    ByteDict[] dicts = new ByteDict[COLUMNS.length];
    final long[] values = new long[COLUMNS.length];
    final long[] first = new long[COLUMNS.length];
    final int[] fieldStart;
    final int[] fieldEnd;
    byte[] countyValid = new byte[1_000_000];

    /** The household being gathered. */
    int idFrom;
    int idTo;
    byte[] id = new byte[64];
    int idLength = -1;
    boolean suspect;
    boolean begun;
    int householdRows;
    int householders;
    long householdLine;
    final Set<Long> suspectHashes = new HashSet<>();
    /** The first row of the household gathered, and the runs of household-level positions. */
    final int[] firstStart;
    final int[] firstEnd;

    final boolean[] runSame;

    Chunk(boolean persons, int width, int runs) {
      runSame = new boolean[runs];
      firstStart = new int[runs];
      firstEnd = new int[runs];
      columns = new Columns(persons, 64, 256);
      for (RosterColumn c : COLUMNS) {
        dicts[c.ordinal()] = new ByteDict();
      }
      fieldStart = new int[width + 1];
      fieldEnd = new int[width + 1];
    }

    /**
     * Splits a chunk's bytes into lines and fields and takes each row; returns the newlines.
     *
     * @throws NotSplittable at a quote or a lone carriage return
     */
    long split(Read r, byte[] buf) {
      int n = buf.length;
      int cap = fieldStart.length;
      int[] fs = fieldStart;
      int[] fe = fieldEnd;
      long line = 0;
      int i = 0;
      while (i < n) {
        int start = i;
        int f = 0;
        fs[0] = i;
        int end;
        while (true) {
          i = nextSpecial(buf, i, n);
          if (i == n) {
            end = i;
            break;
          }
          int b = buf[i];
          if (b == ',') {
            if (f < cap) {
              fe[f] = i;
            }
            f++;
            if (f < cap) {
              fs[f] = i + 1;
            }
          } else if (b == '\n') {
            end = i;
            break;
          } else if (b == '\r') {
            if (i + 1 == n || buf[i + 1] == '\n') {
              end = i;
              i++;
              break;
            }
            throw new NotSplittable();
          } else {
            throw new NotSplittable();
          }
          i++;
        }
        if (f < cap) {
          fe[f] = end;
        }
        f++;
        if (end > start) {
          row(r, line, buf, start, end, f);
        }
        if (i < n) {
          line++;
        }
        i++;
      }
      close();
      return line;
    }

    void row(Read r, long line, byte[] buf, int start, int end, int f) {
      rows++;
      RosterColumn[] at = r.at;
      int width = at.length;
      int[] fs = fieldStart;
      int[] fe = fieldEnd;
      if (f <= r.householdPos) {
        orphan(line, start, end);
        return;
      }
      if (r.personPos < f) {
        int ps = trimStart(buf, fs[r.personPos], fe[r.personPos]);
        int pe = trimEnd(buf, ps, fe[r.personPos]);
        if (pe > ps) {
          addPerson(hash(buf, ps, pe));
        }
      }
      int hs = trimStart(buf, fs[r.householdPos], fe[r.householdPos]);
      int he = trimEnd(buf, hs, fe[r.householdPos]);
      if (he == hs || !fastId(buf, hs, he) && r.idOf(buf, start, end).isEmpty()) {
        orphan(line, start, end);
        return;
      }
      if (checks && f == width && r.idNumberPos >= 0) {
        int is = trimStart(buf, fs[r.idNumberPos], fe[r.idNumberPos]);
        int ie = trimEnd(buf, is, fe[r.idNumberPos]);
        if (ie > is && (fastResidentId(buf, is, ie) || valid(RosterColumn.ID_NUMBER, buf, is, ie))) {
          addResident(residentHash(buf, is, ie));
        }
      }
      boolean same = idLength == he - hs && Arrays.equals(id, 0, idLength, buf, hs, he);
      if (!same) {
        close();
        idLength = he - hs;
        if (id.length < idLength) {
          id = new byte[idLength];
        }
        System.arraycopy(buf, hs, id, 0, idLength);
        long h = hash(buf, hs, he);
        suspect = !suspects.isEmpty() && suspectHashes.contains(h)
            && suspects.contains(new String(buf, hs, he - hs, StandardCharsets.UTF_8));
        begun = false;
        householdRows = 0;
        householders = 0;
        householdLine = line;
        householdStart = start;
      }
      householdEnd = end;
      if (suspect) {
        return;
      }
      boolean later = begun;
      if (later && f == width) {
        int[][] runs = r.runs;
        for (int k = 0; k < runs.length; k++) {
          int a = fs[runs[k][0]];
          int b = fe[runs[k][1]];
          runSame[k] = b - a == firstEnd[k] - firstStart[k] && Arrays.equals(buf, a, b, buf, firstStart[k], firstEnd[k]);
        }
      }
      if (f != width || !values(r, buf, later)) {
        markSuspect();
        return;
      }
      if (!begun) {
        int[][] runs = r.runs;
        for (int k = 0; k < runs.length; k++) {
          firstStart[k] = fs[runs[k][0]];
          firstEnd[k] = fe[runs[k][1]];
        }
        System.arraycopy(values, 0, first, 0, values.length);
        columns.begin(id, idLength, (int) values[RosterColumn.VILLAGE_CODE.ordinal()], true, 0);
        begun = true;
        if (checks) {
          householdChecks = new HouseholdChecks(HouseholdId.of(new String(id, 0, idLength, StandardCharsets.UTF_8)));
          long year = values[RosterColumn.INCOME_YEAR.ordinal()];
          householdChecks.household(enumOf(PovertyCause.values(), RosterColumn.PRIMARY_CAUSE),
              enumOf(HouseholdAttribute.values(), RosterColumn.ATTRIBUTE), year == MISSING ? 0 : (int) year, net());
        }
      } else {
        for (RosterColumn c : COLUMNS) {
          if (HOUSEHOLD_LEVEL[c.ordinal()] && values[c.ordinal()] != first[c.ordinal()]) {
            markSuspect();
            return;
          }
        }
      }
      householdRows++;
      int relation = (int) values[RosterColumn.RELATION.ordinal()];
      householders += relation == HOUSEHOLDER ? 1 : 0;
      if (householdChecks != null) {
        long birth = values[RosterColumn.BIRTH_DATE.ordinal()];
        String months = null;
        if (r.monthsPos >= 0) {
          int ms = trimStart(buf, fs[r.monthsPos], fe[r.monthsPos]);
          int me = trimEnd(buf, ms, fe[r.monthsPos]);
          months = me > ms ? new String(buf, ms, me - ms, StandardCharsets.UTF_8) : null;
        }
        householdChecks.member(line, enumOf(Relation.values(), RosterColumn.RELATION),
            enumOf(Sex.values(), RosterColumn.SEX), enumOf(Health.values(), RosterColumn.HEALTH),
            enumOf(LabourSkill.values(), RosterColumn.LABOR), birth == MISSING ? null : LocalDate.ofEpochDay(birth),
            months);
      }
      columns.person(relation, code(RosterColumn.SEX), code(RosterColumn.HEALTH), code(RosterColumn.LABOR),
          values[RosterColumn.BIRTH_DATE.ordinal()] == MISSING ? Columns.NO_DATE
              : (int) values[RosterColumn.BIRTH_DATE.ordinal()]);
    }

    /** The value of a coded column of the row parsed, or null if it was empty. */
    private <E> E enumOf(E[] constants, RosterColumn c) {
      long v = values[c.ordinal()];
      return v == MISSING || v == 0 ? null : constants[(int) v - 1];
    }

    /** The net income in fen of the row parsed, or null unless all five amounts are given. */
    private Long net() {
      long net = 0;
      for (RosterColumn c : AMOUNTS) {
        long fen = values[c.ordinal()];
        if (fen == MISSING) {
          return null;
        }
        net += c == RosterColumn.BUSINESS_EXPENSE ? -fen : fen;
      }
      return net;
    }

    private void addResident(long h) {
      if (residentCount == residentHashes.length) {
        residentHashes = Arrays.copyOf(residentHashes, residentCount * 2);
      }
      residentHashes[residentCount++] = h;
    }

    private void markSuspect() {
      householdChecks = null;
      suspect = true;
      if (begun) {
        columns.abandon();
        begun = false;
      }
    }

    private void range(long start, long end, long line) {
      if (3 * rangeCount + 3 > ranges.length) {
        ranges = Arrays.copyOf(ranges, ranges.length * 2);
      }
      ranges[3 * rangeCount] = start;
      ranges[3 * rangeCount + 1] = end;
      ranges[3 * rangeCount + 2] = line;
      rangeCount++;
    }

    private void orphan(long line, int start, int end) {
      range(start, end, line);
      if (orphanCount == orphans.length) {
        orphans = Arrays.copyOf(orphans, orphanCount * 2);
      }
      orphans[orphanCount++] = line;
    }

    private void addPerson(long h) {
      if (personCount == personHashes.length) {
        personHashes = Arrays.copyOf(personHashes, personCount * 2);
      }
      personHashes[personCount++] = h;
    }

    private int code(RosterColumn c) {
      long v = values[c.ordinal()];
      return v == MISSING ? 0 : (int) v;
    }

    private int firstCode(RosterColumn c) {
      long v = first[c.ordinal()];
      return v == MISSING ? 0 : (int) v;
    }

    /** Parses the known fields of a row into {@link #values}; false if any is bad or a required one empty. */
    private boolean values(Read r, byte[] buf, boolean later) {
      Arrays.fill(values, MISSING);
      RosterColumn[] at = r.at;
      int[] runOf = r.runOf;
      for (int i = 0; i < at.length; i++) {
        RosterColumn c = at[i];
        if (c == null) {
          continue;
        }
        if (later && runOf[i] >= 0 && runSame[runOf[i]]) {
          values[c.ordinal()] = first[c.ordinal()];
          continue;
        }
        int s = trimStart(buf, fieldStart[i], fieldEnd[i]);
        int e = trimEnd(buf, s, fieldEnd[i]);
        if (s == e) {
          continue;
        }
        long v = value(c, buf, s, e);
        if (v == MISSING) {
          return false;
        }
        values[c.ordinal()] = v;
      }
      for (RosterColumn c : COLUMNS) {
        if (REQUIRED[c.ordinal()] && values[c.ordinal()] == MISSING) {
          return false;
        }
      }
      return true;
    }

    /** The value of a non-empty field as a long, or {@link #MISSING} if it is bad. */
    private long value(RosterColumn c, byte[] b, int s, int e) {
      switch (c) {
        case NAME:
          return 0;
        case GROUP:
          return hash(b, s, e);
        case HOUSEHOLD_ID:
          return 0;
        case PERSON_ID:
          return fastId(b, s, e) || valid(c, b, s, e) ? 0 : MISSING;
        case ID_NUMBER:
          return fastResidentId(b, s, e) || valid(c, b, s, e) ? 0 : MISSING;
        case IDENTIFIED_YEAR:
        case EXIT_YEAR:
        case INCOME_YEAR:
          if (e - s == 4 && digits(b, s, e)) {
            int y = number(b, s, e);
            if (y >= 1978 && y <= 2100) {
              return y;
            }
          }
          return MISSING;
        case WAGE_INCOME:
        case BUSINESS_INCOME:
        case PROPERTY_INCOME:
        case TRANSFER_INCOME:
        case BUSINESS_EXPENSE:
          long fen = plainFen(b, s, e);
          if (fen >= 0 && fen <= RosterValues.MAX_AMOUNT_FEN) {
            return fen;
          }
          try {
            return RosterValues.amountFen(c, new String(b, s, e - s, StandardCharsets.UTF_8));
          } catch (IllegalArgumentException ex) {
            return MISSING;
          }
        case BIRTH_DATE:
          long day = fastDate(b, s, e);
          if (day != MISSING) {
            return day;
          }
          return dictionary(c, b, s, e);
        default:
          return dictionary(c, b, s, e);
      }
    }

    /** A coded value by its bytes, parsed once a chunk by the value parser. */
    private long dictionary(RosterColumn c, byte[] b, int s, int e) {
      ByteDict d = dicts[c.ordinal()];
      long v = d.get(b, s, e);
      if (v != ByteDict.ABSENT) {
        return v;
      }
      String text = new String(b, s, e - s, StandardCharsets.UTF_8);
      try {
        Object o = RosterValues.parse(c, text);
        if (c == RosterColumn.VILLAGE_CODE) {
          v = columns.villageOf((RegionCode) o);
        } else if (c == RosterColumn.BIRTH_DATE) {
          v = ((java.time.LocalDate) o).toEpochDay();
        } else if (o instanceof Tristate) {
          v = ((Tristate) o).ordinal();
        } else {
          v = ((Enum<?>) o).ordinal() + 1;
        }
      } catch (IllegalArgumentException ex) {
        v = MISSING;
      }
      if (d.size() < 1 << 16) {
        d.put(b, s, e, v);
      }
      return v;
    }

    private boolean valid(RosterColumn c, byte[] b, int s, int e) {
      try {
        RosterValues.parse(c, new String(b, s, e - s, StandardCharsets.UTF_8));
        return true;
      } catch (IllegalArgumentException ex) {
        return false;
      }
    }

    /** An 18-character resident id whose check character, birth date and province hold. */
    private boolean fastResidentId(byte[] b, int s, int e) {
      if (e - s != 18) {
        return false;
      }
      int sum = 0;
      int bad = 0;
      for (int i = 0; i < 17; i++) {
        int d = b[s + i] - '0';
        bad |= d | (9 - d);
        sum += d * RESIDENT_WEIGHTS[i];
      }
      if (bad < 0) {
        return false;
      }
      byte last = b[s + 17];
      char expected = RESIDENT_CHECK[sum % 11];
      if (!(last == expected || expected == 'X' && last == 'x')) {
        return false;
      }
      int year = number(b, s + 6, s + 10);
      int month = number(b, s + 10, s + 12);
      int day = number(b, s + 12, s + 14);
      if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
        return false;
      }
      int county = number(b, s, s + 6);
      if (countyValid[county] == 0) {
        boolean ok;
        try {
          RegionCode.parse(new String(b, s, 6, StandardCharsets.US_ASCII));
          ok = true;
        } catch (IllegalArgumentException ex) {
          ok = false;
        }
        countyValid[county] = (byte) (ok ? 1 : 2);
      }
      return countyValid[county] == 1;
    }

    /** Ends the household gathered: kept if it is clean and has one householder, else suspect. */
    void close() {
      if (idLength < 0) {
        return;
      }
      if (!suspect && begun && householders == 1) {
        int n = columns.n;
        columns.size[n] = householdRows;
        columns.year[n] = (short) first[RosterColumn.INCOME_YEAR.ordinal()];
        columns.amounts(first[RosterColumn.WAGE_INCOME.ordinal()], first[RosterColumn.BUSINESS_INCOME.ordinal()],
            first[RosterColumn.PROPERTY_INCOME.ordinal()], first[RosterColumn.TRANSFER_INCOME.ordinal()],
            first[RosterColumn.BUSINESS_EXPENSE.ordinal()]);
        int bits = 0;
        for (RosterColumn c : COLUMNS) {
          int index = CONDITION_INDEX[c.ordinal()];
          if (index >= 0 && first[c.ordinal()] != MISSING) {
            bits |= Columns.pack(index, Tristate.values()[(int) first[c.ordinal()]]);
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
          firstLines = Arrays.copyOf(firstLines, n * 2);
        }
        householdHashes[n] = hash(id, 0, idLength);
        firstLines[n] = (int) householdLine;
        columns.end();
        if (householdChecks != null) {
          warnings.addAll(householdChecks.warnings());
        }
        householdChecks = null;
      } else {
        markSuspect();
        range(householdStart, householdEnd, householdLine);
        suspects.add(new String(id, 0, idLength, StandardCharsets.UTF_8));
        suspectHashes.add(hash(id, 0, idLength));
      }
      idLength = -1;
    }

    void finish(Read r) {
      close();
      columns.trim();
      keys[HOUSEHOLD_KEYS] = HashKeys.of(householdHashes, columns.n);
      householdHashes = null;
      firstLines = Arrays.copyOf(firstLines, columns.n);
      keys[PERSON_KEYS] = HashKeys.of(personHashes, personCount);
      personHashes = null;
      keys[RESIDENT_KEYS] = HashKeys.of(residentHashes, residentCount);
      residentHashes = null;
      dicts = null;
      countyValid = null;
    }
  }

  private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] RESIDENT_CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private static int trimStart(byte[] b, int s, int e) {
    while (s < e && (b[s] & 0xff) <= ' ') {
      s++;
    }
    return s;
  }

  private static int trimEnd(byte[] b, int s, int e) {
    while (e > s && (b[e - 1] & 0xff) <= ' ') {
      e--;
    }
    return e;
  }

  /** An id of 1 to 64 ASCII letters, digits and - _ . :, which the id types accept as it is. */
  private static boolean fastId(byte[] b, int s, int e) {
    if (e - s < 1 || e - s > 64) {
      return false;
    }
    for (int i = s; i < e; i++) {
      if (!ID_BYTE[b[i] & 0xff]) {
        return false;
      }
    }
    return true;
  }

  /** The bytes of ids the id types accept as they are: ASCII letters, digits and - _ . : */
  private static final boolean[] ID_BYTE = new boolean[256];

  static {
    for (int c = 0; c < 128; c++) {
      ID_BYTE[c] = c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '-' || c == '_'
          || c == '.' || c == ':';
    }
  }

  private static boolean digits(byte[] b, int s, int e) {
    for (int i = s; i < e; i++) {
      if (b[i] < '0' || b[i] > '9') {
        return false;
      }
    }
    return true;
  }

  private static int number(byte[] b, int s, int e) {
    int v = 0;
    for (int i = s; i < e; i++) {
      v = v * 10 + (b[i] - '0');
    }
    return v;
  }

  /**
   * The fen of plain text d{1,12}(.d{1,2})?, read as the value parser reads it, or -1; the
   * caller leaves an amount above the cap to the value parser, which rejects it.
   */
  private static long plainFen(byte[] b, int s, int e) {
    int dot = indexOf(b, s, e, (byte) '.');
    int whole = (dot < 0 ? e : dot) - s;
    if (whole == 0 || whole > 12 || dot >= 0 && (e - dot - 1 < 1 || e - dot - 1 > 2)) {
      return -1;
    }
    long fen = 0;
    int wholeEnd = s + whole;
    for (int i = s; i < wholeEnd; i++) {
      int ch = b[i] - '0';
      if (ch < 0 || ch > 9) {
        return -1;
      }
      fen = fen * 10 + ch;
    }
    fen *= 100;
    if (dot >= 0) {
      int scale = 10;
      for (int i = dot + 1; i < e; i++) {
        int ch = b[i] - '0';
        if (ch < 0 || ch > 9) {
          return -1;
        }
        fen += ch * scale;
        scale /= 10;
      }
    }
    return fen;
  }

  /** The day number of a plain YYYY-MM-DD date that exists, or {@link #MISSING}. */
  private static long fastDate(byte[] b, int s, int e) {
    if (e - s != 10 || b[s + 4] != '-' || b[s + 7] != '-' || !digits(b, s, s + 4) || !digits(b, s + 5, s + 7)
        || !digits(b, s + 8, s + 10)) {
      return MISSING;
    }
    int year = number(b, s, s + 4);
    int month = number(b, s + 5, s + 7);
    int day = number(b, s + 8, s + 10);
    if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).length(java.time.Year.isLeap(year))) {
      return MISSING;
    }
    return java.time.LocalDate.of(year, month, day).toEpochDay();
  }

  /** A small map from byte strings to longs, for the values of one column in one chunk. */
  private static final class ByteDict {
    static final long ABSENT = Long.MAX_VALUE;
    private byte[][] keys = new byte[64][];
    private long[] vals = new long[64];
    private int size;

    int size() {
      return size;
    }

    long get(byte[] b, int s, int e) {
      int mask = keys.length - 1;
      for (int i = slot(b, s, e) & mask; ; i = (i + 1) & mask) {
        byte[] k = keys[i];
        if (k == null) {
          return ABSENT;
        }
        if (Arrays.equals(k, 0, k.length, b, s, e)) {
          return vals[i];
        }
      }
    }

    void put(byte[] b, int s, int e, long v) {
      if (size * 2 >= keys.length) {
        byte[][] oldKeys = keys;
        long[] oldVals = vals;
        keys = new byte[oldKeys.length * 2][];
        vals = new long[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
          if (oldKeys[i] != null) {
            put(oldKeys[i], 0, oldKeys[i].length, oldVals[i]);
          }
        }
      }
      int mask = keys.length - 1;
      int i = slot(b, s, e) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = Arrays.copyOfRange(b, s, e);
      vals[i] = v;
      size++;
    }

    private static int slot(byte[] b, int s, int e) {
      int h = 1;
      for (int i = s; i < e; i++) {
        h = 31 * h + b[i];
      }
      return h ^ (h >>> 16);
    }
  }

  @Override
  public String toString() {
    return "HouseholdTableReader" + (persons ? "[person columns]" : "");
  }
}
