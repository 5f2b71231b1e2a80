package org.tuopin.examples.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tuopin.examples.cli.Main.UsageException;
import org.tuopin.io.RosterReader;
import org.tuopin.io.TableInput;
import org.tuopin.io.VillageReader;

/**
 * The input options every command takes: {@code --encoding} (a CSV file's encoding, detected
 * by default: UTF-8, else GB18030/GBK) and {@code --sheet} (an {@code .xlsx} workbook's sheet,
 * the first by default). They apply to every input file of the command.
 */
final class Inputs {

  static final String USAGE =
      "       input files: CSV (UTF-8 or GB18030/GBK, detected; --encoding NAME) or .xlsx (--sheet NAME)";
  static final Set<String> OPTIONS = Set.of("--encoding", "--sheet");

  private final Optional<Charset> encoding;
  private final Optional<String> sheet;

  private Inputs(Optional<Charset> encoding, Optional<String> sheet) {
    this.encoding = encoding;
    this.sheet = sheet;
  }

  /** The options of {@code assess}. */
  static Inputs of(Map<String, String> options) throws UsageException {
    return of(options.get("--encoding"), options.get("--sheet"));
  }

  /** The options of {@code measure} and {@code mpi}. */
  static Inputs ofLists(Map<String, List<String>> options) throws UsageException {
    return of(first(options.get("--encoding")), first(options.get("--sheet")));
  }

  private static @Nullable String first(@Nullable List<String> values) {
    return values == null ? null : values.get(0);
  }

  private static Inputs of(@Nullable String encoding, @Nullable String sheet) throws UsageException {
    Optional<Charset> cs = Optional.empty();
    if (encoding != null) {
      try {
        cs = Optional.of(Charset.forName(encoding.trim()));
      } catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
        throw new UsageException("unknown encoding '" + encoding + "' (try UTF-8, GB18030 or GBK)");
      }
    }
    return new Inputs(cs, Optional.ofNullable(sheet));
  }

  /** Whether neither option is given: the columnar reader's fast path may read the roster. */
  boolean isDefault() {
    return encoding.isEmpty() && sheet.isEmpty();
  }

  TableInput table(Path file) {
    TableInput in = TableInput.of(file);
    in = encoding.map(in::withEncoding).orElse(in);
    return sheet.map(in::withSheet).orElse(in);
  }

  RosterReader roster() {
    RosterReader r = RosterReader.create();
    r = encoding.map(r::withEncoding).orElse(r);
    return sheet.map(r::withSheet).orElse(r);
  }

  VillageReader villages() {
    VillageReader r = VillageReader.create();
    r = encoding.map(r::withEncoding).orElse(r);
    return sheet.map(r::withSheet).orElse(r);
  }
}
