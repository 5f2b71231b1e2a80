package org.tuopin.standards;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.io.VillageImport;
import org.tuopin.io.VillageReader;

/**
 * The bundled sample data, reachable from the jar: a synthetic roster of 110 households
 * (379 people) in five villages of one township of 通江县, Sichuan (seeded, no real person),
 * and its village file. The command line's {@code examples/data/roster.csv} and {@code villages.csv} are the
 * same files.
 *
 * <p>{@code Samples.roster().assess(StandardSets.of("cn.national"))} is a quick start that
 * needs nothing but the dependency.
 */
public final class Samples {

  /** The roster's source name, as its errors and summary quote it. */
  public static final String ROSTER = "roster.csv";
  /** The village file's source name. */
  public static final String VILLAGES = "villages.csv";

  private Samples() {
  }

  /**
   * Reads the sample roster.
   *
   * @return the import: 379 rows read and accepted, 110 households, not null
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static RosterImport roster() {
    try (Reader csv = open("sample-roster.csv")) {
      return RosterReader.create().read(csv, ROSTER);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read the sample roster", ex);
    }
  }

  /**
   * Reads the sample village file.
   *
   * @return the import: the five villages of the sample roster, not null
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static VillageImport villages() {
    try (Reader csv = open("sample-villages.csv")) {
      return VillageReader.create().read(csv, VILLAGES);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot read the sample village file", ex);
    }
  }

  private static Reader open(String resource) throws IOException {
    InputStream in = Samples.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("resource missing from the jar: " + resource);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
