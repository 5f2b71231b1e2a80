package org.tuopin.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code assess --checks}: the data checks' warnings on standard error, kept apart from the
 * rejected rows, on the columnar path (one standard) and the object path (several); the
 * results and the exit status are those of the same run without the checked values.
 */
class ChecksCommandTest {

  private static final Path ROSTER = Path.of("data/roster.csv");

  record Run(int status, String out, String err) {
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * The sample roster with a months_worked column (13 on line 2), and line 3, the spouse of
   * line 2's householder, made a man like him.
   */
  private static Path flawed(Path dir) throws IOException {
    List<String> lines = Files.readAllLines(ROSTER, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String l = lines.get(i);
      if (i == 2) {
        assertThat(l).contains(",配偶,女,");
        l = l.replace(",配偶,女,", ",配偶,男,");
      }
      out.add(l + "," + (i == 0 ? "months_worked" : i == 1 ? "13" : "6"));
    }
    Path file = dir.resolve("flawed.csv");
    Files.write(file, out, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void test_checks_listsWarningsAndCounts_onBothPaths(@TempDir Path dir) throws IOException {
    Path file = flawed(dir);
    for (String standard : List.of("cn.national", "cn.national,cn.jiangsu.ganyu.2016")) {
      Run listed = run("assess", "--standard", standard, "--roster", file.toString(), "--format", "csv", "--checks");
      Run counted = run("assess", "--standard", standard, "--roster", file.toString(), "--format", "csv");
      assertThat(listed.status()).isZero();
      assertThat(run("assess", "--checks", "--standard", standard, "--roster", file.toString(), "--format", "csv"))
          .as("the flag anywhere").isEqualTo(listed);
      assertThat(listed.err()).contains(
          "warning: line 2: household 5119211052010001: months_worked: months worked '13' is more than 12\n",
          "warning: lines 2, 3: household 5119211052010001: same_sex_spouse: "
              + "the householder (line 2) and the spouse (line 3) are of one sex\n",
          "data checks: 2 warnings (same_sex_spouse 1, months_worked 1)\n");
      assertThat(listed.err()).doesNotContain("rejected:").contains("379 accepted, 0 rejected");
      assertThat(counted.err()).doesNotContain("warning:")
          .contains("data checks: 2 warnings (same_sex_spouse 1, months_worked 1); --checks lists them\n");
      Run plain = run("assess", "--standard", standard, "--roster", ROSTER.toString(), "--format", "csv");
      assertThat(listed.out()).isEqualTo(plain.out()).isEqualTo(counted.out());
      assertThat(plain.err()).endsWith("data checks: no warnings\n");
    }
  }

  @Test
  void test_checksGivenTwice_isAUsageError() {
    Run r = run("assess", "--checks", "--standard", "cn.national", "--roster", ROSTER.toString(), "--checks");
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("error: option --checks is given twice");
  }
}
