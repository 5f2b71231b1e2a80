package org.tuopin.examples.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed sample files are exactly what the generator writes. */
class SampleRosterTest {

  @Test
  void test_generator_reproducesTheCommittedSamples(@TempDir Path dir) throws IOException {
    SampleRoster.main(new String[] {dir.toString()});
    for (String name : new String[] {"roster.csv", "roster-broken.csv", "roster-broken.errors.txt"}) {
      assertThat(Files.readAllBytes(dir.resolve(name)))
          .as("%s is out of date: rerun SampleRoster", name)
          .isEqualTo(Files.readAllBytes(Path.of("data", name)));
    }
  }
}
