package org.tuopin.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuopin.io.RosterFormatException;
import org.tuopin.io.RosterFuzzTest;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.registry.Household;
import org.tuopin.registry.Member;

/**
 * Seeded fuzzing of the columnar reader's byte parser with FastCSV, through {@link RosterReader},
 * as the oracle: rosters mutated byte by byte, cell by cell and row by row
 * ({@link RosterFuzzTest#mutate}), some also given bytes that are not UTF-8, read whole and in
 * chunks of a few bytes. For every file both readers refuse it with the same message, or give
 * the same errors, accounting, unknown columns, data-check warnings and households, and every
 * complete household's row holds the object path's facts.
 *
 * <p>{@link #main} runs longer: {@code java -cp … org.tuopin.table.HouseholdTableFuzzTest
 * SECONDS [SEED]}.
 */
class HouseholdTableFuzzTest {

  private static final int FILES_IN_BUILD = 1000;
  private static final long SEED = 20170101L;
  private static final int[] CHUNKS = {1 << 20, 97};

  @TempDir
  Path dir;

  @Test
  void test_mutatedRosters_readAsFastCsvReadsThem() throws IOException {
    assertThat(fuzz(dir, new Random(SEED), FILES_IN_BUILD, Long.MAX_VALUE)).isEqualTo(FILES_IN_BUILD);
  }

  /**
   * Runs the fuzzer for a while and prints how many files it tried.
   *
   * @param args  the seconds to run, and optionally the seed
   * @throws IOException if a temporary file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long seconds = Long.parseLong(args[0]);
    long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
    Path dir = Files.createTempDirectory("table-fuzz");
    long files = fuzz(dir, new Random(seed), Long.MAX_VALUE, System.nanoTime() + seconds * 1_000_000_000L);
    System.out.println("seed " + seed + ": " + files + " mutated rosters read alike in " + seconds + " s");
  }

  private static long fuzz(Path dir, Random random, long maxFiles, long deadline) throws IOException {
    Path file = dir.resolve("fuzz.csv");
    long files = 0;
    while (files < maxFiles && System.nanoTime() < deadline) {
      byte[] bytes = RosterFuzzTest.mutate(RosterFuzzTest.roster(random), random).getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(10) == 0 && bytes.length > 0) {
        // a byte that breaks UTF-8 (a stray continuation or lead byte)
        bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80));
      }
      Files.write(file, bytes);
      check(file);
      files++;
    }
    return files;
  }

  private static void check(Path file) throws IOException {
    String what = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    RosterImport objects;
    try {
      objects = RosterReader.create().read(file);
    } catch (RosterFormatException ex) {
      for (int chunk : CHUNKS) {
        assertThat(catchThrowable(() -> HouseholdTableReader.create().withChunkBytes(chunk).read(file)))
            .as(what).isInstanceOf(RosterFormatException.class).hasMessage(ex.getMessage());
      }
      return;
    }
    for (int chunk : CHUNKS) {
      HouseholdTable table = HouseholdTableReader.create().withChunkBytes(chunk).withPersonColumns()
          .withDataChecks().read(file);
      assertThat(table.errors()).as(what).isEqualTo(objects.errors());
      assertThat(table.summary()).as(what).isEqualTo(objects.summary());
      assertThat(table.unknownColumns()).as(what).isEqualTo(objects.unknownColumns());
      assertThat(table.dataChecks().orElseThrow().warnings()).as(what)
          .isEqualTo(objects.dataChecks().warnings());
      assertThat(table.size()).as(what).isEqualTo(objects.householdIds().size());
      for (int i = 0; i < table.size(); i++) {
        assertThat(table.id(i)).as(what).isEqualTo(objects.householdIds().get(i));
        Optional<Household> expected = objects.household(table.id(i));
        assertThat(table.isComplete(i)).as(what).isEqualTo(expected.isPresent());
        if (expected.isPresent()) {
          assertSameFacts(what, expected.get(), table.household(i).orElseThrow());
        } else {
          assertThat(table.incompleteHousehold(i)).as(what).isEqualTo(objects.incompleteHousehold(table.id(i)));
        }
      }
    }
  }

  /** The facts a table's row holds: all but names, resident ids, person ids and the group. */
  private static void assertSameFacts(String what, Household expected, Household view) {
    assertThat(view.village()).as(what).isEqualTo(expected.village());
    assertThat(view.income()).as(what).isEqualTo(expected.income());
    assertThat(view.attribute()).as(what).isEqualTo(expected.attribute());
    assertThat(view.primaryCause()).as(what).isEqualTo(expected.primaryCause());
    assertThat(view.identifiedYear()).as(what).isEqualTo(expected.identifiedYear());
    assertThat(view.exitYear()).as(what).isEqualTo(expected.exitYear());
    assertThat(view.exitStatus()).as(what).isEqualTo(expected.exitStatus());
    assertThat(view.conditions()).as(what).isEqualTo(expected.conditions());
    assertThat(view.size()).as(what).isEqualTo(expected.size());
    for (int m = 0; m < view.size(); m++) {
      Member a = view.members().get(m);
      Member b = expected.members().get(m);
      assertThat(a.relation()).as(what).isEqualTo(b.relation());
      assertThat(a.sex()).as(what).isEqualTo(b.sex());
      assertThat(a.birthDate()).as(what).isEqualTo(b.birthDate());
      assertThat(a.health()).as(what).isEqualTo(b.health());
      assertThat(a.labour()).as(what).isEqualTo(b.labour());
    }
  }
}
