package org.tuopin.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tuopin.io.DataCheck;
import org.tuopin.io.DataChecks;
import org.tuopin.io.DataWarning;
import org.tuopin.registry.HouseholdId;

/**
 * How benchmark P1 reads the data checks' counts that the command line and its DuckDB peer
 * print: the library's summary line and the peer's give the same counts. Nothing is timed.
 */
class RegionsBenchmarkTest {

  @TempDir
  Path dir;

  @Test
  void test_checkCounts_readsTheLibrarysSummaryAndThePeersAlike() throws IOException {
    List<DataWarning> warnings = new ArrayList<>();
    long line = 2;
    Map<DataCheck, Long> expected = new EnumMap<>(DataCheck.class);
    for (DataCheck check : DataCheck.values()) {
      long n = check == DataCheck.SAME_SEX_SPOUSE ? 0 : check.ordinal() + 1;
      expected.put(check, n);
      for (int i = 0; i < n; i++) {
        warnings.add(DataWarning.of(check, HouseholdId.of("H" + line), List.of(line++), "detail"));
      }
    }
    String library = DataChecks.of(warnings).summary() + "; --checks lists them";
    String peer = DuckDbRegions.summary(expected);

    assertThat(RegionsBenchmark.checkCounts(stderr("error: line 9: bad", library), "tuopin")).isEqualTo(expected);
    assertThat(RegionsBenchmark.checkCounts(stderr(peer), "duckdb")).isEqualTo(expected);
    assertThat(library).startsWith(peer);
  }

  @Test
  void test_checkCounts_noWarnings() throws IOException {
    Map<DataCheck, Long> none = new EnumMap<>(DataCheck.class);
    for (DataCheck check : DataCheck.values()) {
      none.put(check, 0L);
    }
    assertThat(DuckDbRegions.summary(none)).isEqualTo(DataChecks.of(List.of()).summary());
    assertThat(RegionsBenchmark.checkCounts(stderr(DataChecks.of(List.of()).summary()), "tuopin")).isEqualTo(none);
  }

  @Test
  void test_checkCounts_failsLoudlyOnAMissingOrWrongLine() throws IOException {
    assertThatIllegalStateException().isThrownBy(() -> RegionsBenchmark.checkCounts(stderr("nothing"), "duckdb"))
        .withMessageContaining("0 data checks lines");
    assertThatIllegalStateException()
        .isThrownBy(() -> RegionsBenchmark.checkCounts(stderr("data checks: 5 warnings (months_worked 4)"), "x"))
        .withMessageContaining("do not add up");
    assertThatIllegalStateException()
        .isThrownBy(() -> RegionsBenchmark.checkCounts(stderr("data checks: 4 warnings (frob 4)"), "x"))
        .withMessageContaining("no data check frob");
  }

  private Path stderr(String... lines) throws IOException {
    Path file = Files.createTempFile(dir, "stderr", ".txt");
    return Files.write(file, List.of(lines), StandardCharsets.UTF_8);
  }
}
