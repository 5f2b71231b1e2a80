package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.region.Zone;
import org.tuopin.village.Facility;
import org.tuopin.village.Village;

/**
 * Reads the village file of the data contract (one row per administrative village) into
 * {@link Village villages}, accounting for every row.
 *
 * <p>The file is CSV (RFC 4180; UTF-8 with or without a byte-order mark, or GB18030/GBK,
 * detected or given by {@link #withEncoding(Charset)}) or an {@code .xlsx} workbook (its first
 * sheet, or the one given by {@link #withSheet(String)}), read through {@link TableInput}, whose header names
 * each column by its English key or Chinese alias ({@link VillageColumn}); column order is
 * free and unknown columns are kept aside. Each row gives one village:
 * <ul>
 *   <li>{@code village_code} (required): 12 digits naming an administrative village, unique
 *       in the file; a repeat is rejected naming the line of the first;</li>
 *   <li>{@code population} (required) and {@code households}: non-negative whole numbers;</li>
 *   <li>{@code zone}: east / central / west (东部 / 中部 / 西部, 东 / 中 / 西); empty means
 *       the zone of the province code;</li>
 *   <li>{@code collective_income} and {@code disposable_income}: non-negative yuan with up
 *       to two decimals;</li>
 *   <li>the fourteen facility flags: 是/否, 1/0, true/false, yes/no; empty means unknown.</li>
 * </ul>
 * A row with a bad value is rejected with its line, the column as headed in the file, and a
 * reason naming the value and the rule.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VillageReader {

  private static final Logger LOG = LoggerFactory.getLogger(VillageReader.class);
  private static final VillageReader INSTANCE = new VillageReader(Optional.empty(), Optional.empty());

  private final Optional<Charset> encoding;
  private final Optional<String> sheet;

  private VillageReader(Optional<Charset> encoding, Optional<String> sheet) {
    this.encoding = encoding;
    this.sheet = sheet;
  }

  /**
   * Obtains a reader.
   *
   * @return the reader, not null
   */
  public static VillageReader create() {
    return INSTANCE;
  }

  /**
   * Returns a copy that reads CSV files in an encoding rather than detecting it.
   *
   * @param encoding  the encoding, such as GBK, not null
   * @return the reader, not null
   * @see TableInput#withEncoding(Charset)
   */
  public VillageReader withEncoding(Charset encoding) {
    return new VillageReader(Optional.of(requireNonNull(encoding, "encoding")), sheet);
  }

  /**
   * Returns a copy that reads the sheet of a name of {@code .xlsx} workbooks rather than their
   * first sheet.
   *
   * @param name  the sheet name, not null
   * @return the reader, not null
   * @see TableInput#withSheet(String)
   */
  public VillageReader withSheet(String name) {
    return new VillageReader(encoding, Optional.of(requireNonNull(name, "name")));
  }

  /**
   * Reads a village file: CSV in its encoding, or a workbook's sheet.
   *
   * @param file  the file, not null
   * @return the import, accounting for every row, not null
   * @throws TableFormatException if the file cannot be read as a village file at all, naming
   *     the file, the line and the cause
   * @throws IOException if the file cannot be read
   */
  public VillageImport read(Path file) throws IOException {
    requireNonNull(file, "file");
    TableInput in = TableInput.of(file);
    in = encoding.map(in::withEncoding).orElse(in);
    in = sheet.map(in::withSheet).orElse(in);
    try (TableRows rows = in.open()) {
      Parse parse = new Parse(rows.source());
      parse.read(rows);
      return parse.finish();
    }
  }

  /**
   * Reads villages from text.
   *
   * @param csv  the CSV text, not null; read but not closed
   * @param source  a name for the source in messages, such as the file name, not null
   * @return the import, accounting for every row, not null
   * @throws TableFormatException if the text cannot be read as a village file at all
   * @throws IOException if the reader fails
   */
  public VillageImport read(Reader csv, String source) throws IOException {
    requireNonNull(csv, "csv");
    requireNonNull(source, "source");
    Parse parse = new Parse(source);
    parse.read(csv);
    return parse.finish();
  }

  /** The state of one read: the shared table mechanism plus the village file's own checks. */
  private static final class Parse extends TableParse<VillageColumn> {
    final List<Row<VillageColumn>> rows = new ArrayList<>();
    final Map<RegionCode, Long> codeLines = new HashMap<>();

    Parse(String source) {
      super(VillageColumn.class, source, LOG);
    }

    @Override
    String kind() {
      return "village file";
    }

    @Override
    Object parseValue(VillageColumn c, String text) {
      switch (c) {
        case VILLAGE_CODE:
          return TableValues.villageCode(text);
        case NAME:
          return text;
        case ZONE:
          return Zone.parse(text);
        case POPULATION:
        case HOUSEHOLDS:
          return TableValues.count(c.key(), text);
        case COLLECTIVE_INCOME:
        case DISPOSABLE_INCOME:
          return TableValues.amount(c.key(), text);
        default:
          return TableValues.flag(text);
      }
    }

    @Override
    void accept(Row<VillageColumn> row) {
      rows.add(row);
      Optional<RegionCode> code = row.get(VillageColumn.VILLAGE_CODE);
      if (code.isPresent()) {
        Long first = codeLines.putIfAbsent(code.get(), row.line);
        if (first != null) {
          reject(row, VillageColumn.VILLAGE_CODE, "village code " + code.get() + " is already used on line "
              + first + " (must be unique in the file)");
        }
      }
    }

    VillageImport finish() {
      Map<RegionCode, Village> villages = new LinkedHashMap<>();
      for (Row<VillageColumn> row : rows) {
        if (row.isRejected()) {
          continue;
        }
        try {
          Village village = build(row);
          villages.put(village.code(), village);
        } catch (IllegalArgumentException ex) {
          row.errors.add(RowError.of(row.line, "*", String.valueOf(ex.getMessage())));
        }
      }
      return new VillageImport(source(), ImmutableMap.copyOf(villages), account(rows));
    }

    private static Village build(Row<VillageColumn> row) {
      Village.Builder v = Village.builder()
          .code(row.<RegionCode>require(VillageColumn.VILLAGE_CODE))
          .population(row.<Long>require(VillageColumn.POPULATION));
      row.<String>get(VillageColumn.NAME).ifPresent(v::name);
      row.<Zone>get(VillageColumn.ZONE).ifPresent(v::zone);
      row.<Long>get(VillageColumn.HOUSEHOLDS).ifPresent(v::households);
      row.<Yuan>get(VillageColumn.COLLECTIVE_INCOME).ifPresent(v::collectiveIncome);
      row.<Yuan>get(VillageColumn.DISPOSABLE_INCOME).ifPresent(v::disposableIncome);
      for (VillageColumn c : VillageColumn.values()) {
        Optional<Facility> facility = c.facility();
        Optional<Tristate> state = row.get(c);
        if (facility.isPresent() && state.isPresent()) {
          v.putFacilities(facility.get(), state.get());
        }
      }
      return v.build();
    }
  }

  @Override
  public String toString() {
    return "VillageReader";
  }
}
