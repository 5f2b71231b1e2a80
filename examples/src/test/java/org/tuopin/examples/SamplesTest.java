package org.tuopin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tuopin.io.RosterImport;
import org.tuopin.standard.StandardSets;
import org.tuopin.standards.Samples;

/** The sample data in the standards jar is the command line's sample, byte for byte. */
class SamplesTest {

  @Test
  public void test_bundledSamples_equalTheCommandLinesFiles() throws IOException {
    for (String[] pair : new String[][] {{"sample-roster.csv", "data/roster.csv"},
        {"sample-villages.csv", "data/villages.csv"}}) {
      try (InputStream in = Samples.class.getResourceAsStream(pair[0])) {
        assertThat(in.readAllBytes()).as(pair[0]).isEqualTo(Files.readAllBytes(Path.of(pair[1])));
      }
    }
  }

  @Test
  public void test_roster_readsEveryRow() {
    RosterImport roster = Samples.roster();
    assertThat(roster.summary()).isEqualTo("rows: 379 read, 379 accepted, 0 rejected");
    assertThat(roster.households()).hasSize(110);
    assertThat(roster.assess(StandardSets.of("cn.national"))).hasSize(110);
    assertThat(Samples.villages().villages()).hasSize(5);
  }
}
