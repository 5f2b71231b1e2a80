package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.tuopin.basics.Text;
import org.tuopin.basics.Yuan;
import org.tuopin.basics.YearRange;
import org.tuopin.internal.ResourceFields;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * An income line (贫困标准线): the per-person yearly income that a standard compares
 * per-capita net income with, one figure per income year, each with its provenance.
 *
 * <p>The national line is 2,300 yuan at 2010 prices, re-priced every year (2,855 yuan for
 * 2015 income); a local line may be one figure for every year (4,000 yuan). The years of a
 * line are contiguous; a year outside them is an error, never a guess.
 *
 * <p>This class is immutable and thread-safe.
 */
@JsonBinding
public final class IncomeLine {

  private final Text name;
  private final ImmutableSortedMap<Integer, Entry> entries;

  private IncomeLine(Text name, ImmutableSortedMap<Integer, Entry> entries) {
    this.name = name;
    this.entries = entries;
  }

  /**
   * Obtains a line from its figures by year.
   *
   * @param name  the line's name, not null
   * @param entries  the figures, for contiguous years, at least one, not null
   * @return the line, not null
   * @throws IllegalArgumentException if there is no figure, the years have a gap, or an
   *     amount is not positive
   */
  public static IncomeLine of(Text name, Map<Integer, Entry> entries) {
    requireNonNull(name, "name");
    ImmutableSortedMap<Integer, Entry> sorted = ImmutableSortedMap.copyOf(entries);
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("income line " + name.en() + " needs at least one year");
    }
    int expected = sorted.firstKey();
    for (Map.Entry<Integer, Entry> e : sorted.entrySet()) {
      if (e.getKey() != expected) {
        throw new IllegalArgumentException(
            "income line " + name.en() + " has no figure for " + expected + " (years must be contiguous)");
      }
      if (e.getValue().year() != e.getKey()) {
        throw new IllegalArgumentException("income line entry for " + e.getValue().year() + " filed under " + e.getKey());
      }
      expected++;
    }
    return new IncomeLine(name, sorted);
  }

  /**
   * Obtains a line with one figure for a range of years, such as a local 4,000-yuan line.
   *
   * @param name  the line's name, not null
   * @param amount  the figure, positive, not null
   * @param years  the years it applies to, not null
   * @param provenance  where the figure came from, not null
   * @return the line, not null
   */
  public static IncomeLine constant(Text name, Yuan amount, YearRange years, Provenance provenance) {
    Map<Integer, Entry> entries = new TreeMap<>();
    for (int y = years.first(); y <= years.last(); y++) {
      entries.put(y, new Entry(y, amount, provenance));
    }
    return of(name, entries);
  }

  /**
   * Reads a line from CSV with the header {@code year,amount,confirmed,source}: one row per
   * year, the amount in yuan, {@code confirmed} true or false.
   *
   * @param name  the line's name, not null
   * @param csv  the CSV text, not null; it is closed once read
   * @return the line, not null
   * @throws IllegalArgumentException naming the line number if a row is malformed
   * @throws UncheckedIOException if the reader fails
   */
  public static IncomeLine readCsv(Text name, Reader csv) {
    Map<Integer, Entry> entries = new TreeMap<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder().allowMissingFields(true).allowExtraFields(true).ofNamedCsvRecord(csv)) {
      for (NamedCsvRecord r : reader) {
        try {
          int year = Integer.parseInt(r.getField("year").trim());
          Yuan amount = Yuan.parse(r.getField("amount"));
          Entry e = new Entry(year, amount, ResourceFields.provenance(r));
          if (entries.put(year, e) != null) {
            throw new IllegalArgumentException("year " + year + " is listed twice");
          }
        } catch (RuntimeException ex) {
          throw new IllegalArgumentException(
              "income line " + name.en() + ", line " + r.getStartingLineNumber() + ": " + ex.getMessage(), ex);
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return of(name, entries);
  }

  /**
   * Returns the line's name.
   *
   * @return the name, not null
   */
  public Text name() {
    return name;
  }

  /**
   * Returns the income years the line has figures for.
   *
   * @return the years, not null
   */
  public YearRange years() {
    return YearRange.of(entries.firstKey(), entries.lastKey());
  }

  /**
   * Returns the figure for an income year, with its provenance.
   *
   * @param year  the year the income was earned
   * @return the entry, not null
   * @throws IllegalArgumentException if the line has no figure for the year
   */
  public Entry entry(int year) {
    Entry e = entries.get(year);
    if (e == null) {
      throw new IllegalArgumentException("income year " + year + " is outside the years of the "
          + name.en() + " (" + years() + ")");
    }
    return e;
  }

  /**
   * Returns the amount for an income year.
   *
   * @param year  the year the income was earned
   * @return the line per person per year, not null
   * @throws IllegalArgumentException if the line has no figure for the year
   */
  public Yuan amount(int year) {
    return entry(year).amount();
  }

  /**
   * Finds the figure for an income year.
   *
   * @param year  the year the income was earned
   * @return the entry, or empty if the line has none for the year
   */
  public Optional<Entry> find(int year) {
    return Optional.ofNullable(entries.get(year));
  }

  /**
   * Returns all figures, by year.
   *
   * @return the entries, sorted by year, not null
   */
  public ImmutableSortedMap<Integer, Entry> entries() {
    return entries;
  }

  @Override
  public String toString() {
    return name.en() + " " + years();
  }

  /**
   * One figure of an income line: the amount for a year and where it came from.
   *
   * <p>This class is immutable and thread-safe.
   */
  @JsonBinding
  public static final class Entry {
    private final int year;
    private final Yuan amount;
    private final Provenance provenance;

    /**
     * Creates an entry.
     *
     * @param year  the income year
     * @param amount  the line, positive, not null
     * @param provenance  where the figure came from, not null
     * @throws IllegalArgumentException if the amount is not positive
     */
    @JsonCreator
    public Entry(@JsonProperty("year") int year, @JsonProperty("amount") Yuan amount,
        @JsonProperty("provenance") Provenance provenance) {
      this.year = year;
      this.amount = requireNonNull(amount, "amount");
      this.provenance = requireNonNull(provenance, "provenance");
      if (!amount.isPositive()) {
        throw new IllegalArgumentException("an income line must be positive: " + amount + " for " + year);
      }
    }

    /**
     * Returns the income year.
     *
     * @return the year
     */
    @JsonProperty("year")
    public int year() {
      return year;
    }

    /**
     * Returns the amount per person per year.
     *
     * @return the amount, not null
     */
    @JsonProperty("amount")
    public Yuan amount() {
      return amount;
    }

    /**
     * Returns where the figure came from.
     *
     * @return the provenance, not null
     */
    @JsonProperty("provenance")
    public Provenance provenance() {
      return provenance;
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof Entry && ((Entry) obj).year == year && ((Entry) obj).amount.equals(amount)
          && ((Entry) obj).provenance.equals(provenance);
    }

    @Override
    public int hashCode() {
      return year * 31 + amount.hashCode();
    }

    @Override
    public String toString() {
      return year + ": " + amount + " [" + provenance + "]";
    }
  }

  /**
   * Compares the name and the entries.
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof IncomeLine o && name.equals(o.name) && entries.equals(o.entries);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + entries.hashCode();
  }

  // JSON binding (see JsonBinding): {"name": ..., "entries": [{"year", "amount", "provenance"}]},
  // read back through of(), so its checks run on JSON input too.

  @JsonCreator
  private static IncomeLine ofJson(@JsonProperty("name") Text name, @JsonProperty("entries") List<Entry> entries) {
    Map<Integer, Entry> byYear = new TreeMap<>();
    entries.forEach(e -> byYear.put(e.year(), e));
    return of(name, byYear);
  }

  @JsonProperty("name")
  private Text nameJson() {
    return name;
  }

  @JsonProperty("entries")
  private List<Entry> entriesJson() {
    return entries.values().asList();
  }
}
