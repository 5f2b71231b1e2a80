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
 * other commands and for {@code assess} of another encoding or a sheet, far less for every
 * report of {@code assess} on the columnar path (the figures measured in the README's "Scale").
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
    // measure and mpi read --roster as a columnar table
    assertThat(needMb("measure", "--standard", "cn.national", "--roster", file)).isEqualTo(64 + 200);
    assertThat(needMb("mpi", "--standard", "cn.national", "--roster", file)).isEqualTo(64 + 200);
    assertThat(needMb("measure", "--standard", "cn.national", "--roster", file, "--sheet", "1"))
        .isEqualTo(64 + 4000);
    assertThat(needMb("assess", "--standard", "cn.national", "--roster", file, "--report", "regions"))
        .isEqualTo(64 + 200);
    // the households report and the comparison make their rows as they write them
    assertThat(needMb("assess", "--standard", "cn.national", "--roster", file)).isEqualTo(64 + 200);
    assertThat(needMb("assess", "--standard", "cn.national,cn.jiangsu.ganyu.2016", "--roster", file))
        .isEqualTo(64 + 200);
    // another encoding or a sheet: the roster is read on the object path first
    assertThat(needMb("assess", "--standard", "cn.national", "--roster", file, "--encoding", "GB18030"))
        .isEqualTo(64 + 4000);
  }

  private static long needMb(String... args) {
    Matcher m = Pattern.compile("needs a heap of about (\\d+) MB").matcher(Memory.advice(args));
    assertThat(m.find()).isTrue();
    return Long.parseLong(m.group(1));
  }
}
