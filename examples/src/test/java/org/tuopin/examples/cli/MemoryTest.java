package org.tuopin.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The out-of-memory line names the heap the path that ran needs: the object path's for the
 * households report and the other commands, far less for the columnar roll-ups and
 * comparisons of {@code assess} (the figures measured in the README's "Scale").
 */
class MemoryTest {

  @TempDir
  Path dir;

  @Test
  void test_advice_namesTheHeapOfThePathThatRan() throws IOException {
    Path roster = dir.resolve("roster.csv");
    try (RandomAccessFile f = new RandomAccessFile(roster.toFile(), "rw")) {
      f.setLength(1000L << 20);
    }
    String file = roster.toString();
    assertThat(needMb("assess", "--standard", "cn.national", "--roster", file)).isEqualTo(64 + 4000);
    // measure and mpi read --roster as a columnar table (issue 10's r5-measure)
    assertThat(needMb("measure", "--standard", "cn.national", "--roster", file)).isEqualTo(64 + 200);
    assertThat(needMb("mpi", "--standard", "cn.national", "--roster", file)).isEqualTo(64 + 500);
    assertThat(needMb("assess", "--standard", "cn.national", "--roster", file, "--report", "regions"))
        .isEqualTo(64 + 200);
    assertThat(needMb("assess", "--standard", "cn.national,cn.jiangsu.ganyu.2016", "--roster", file))
        .isEqualTo(64 + 500);
  }

  private static long needMb(String... args) {
    Matcher m = Pattern.compile("needs a heap of about (\\d+) MB").matcher(Memory.advice(args));
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }
}
