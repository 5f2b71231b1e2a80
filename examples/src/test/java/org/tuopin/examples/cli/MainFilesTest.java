package org.tuopin.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's files: failed writes, outputs that would clobber inputs, folders, help. */
class MainFilesTest {

  private static final String ROSTER = "data/roster.csv";

  record Run(int status, String out, String err) {
  }

  private static Run run(PrintStream out, ByteArrayOutputStream outBytes, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, out, new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, outBytes.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    return run(new PrintStream(out, true, StandardCharsets.UTF_8), out, args);
  }

  @Test
  void test_failedWriteToOut_exitsOneNamingTheFile() {
    Path full = Path.of("/dev/full");
    if (!Files.exists(full)) {
      return;
    }
    Run r = run("assess", "--standard", "cn.national", "--roster", ROSTER, "--out", "/dev/full");
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).startsWith("error: cannot write /dev/full: no space left on device");
  }

  @Test
  void test_failedWriteToStandardOutput_exitsOne() {
    OutputStream broken = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    Run r = run(new Output.CheckedPrintStream(broken), new ByteArrayOutputStream(),
        "assess", "--standard", "cn.national", "--roster", ROSTER);
    assertThat(r.status()).isEqualTo(Main.FAILURE);
    assertThat(r.err()).isEqualTo("error: cannot write standard output: no space left on device\n");
  }

  @Test
  void test_outEqualToAnInput_isRefused(@TempDir Path dir) throws IOException {
    Path copy = dir.resolve("roster.csv");
    Files.copy(Path.of(ROSTER), copy);
    byte[] before = Files.readAllBytes(copy);
    Run r = run("assess", "--standard", "cn.national", "--roster", copy.toString(), "--out",
        dir.resolve("./roster.csv").toString());
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).contains("is an input file; refusing to overwrite it");
    assertThat(Files.readAllBytes(copy)).isEqualTo(before);
  }

  @Test
  void test_folderAsRoster_namesThePathAndTheReason(@TempDir Path dir) {
    Run r = run("assess", "--standard", "cn.national", "--roster", dir.toString());
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("error: cannot read " + dir + ": it is a folder, not a file\n");
  }

  @Test
  void test_missingOutputFolder_isNotAMissingInput(@TempDir Path dir) {
    Path out = dir.resolve("no/such/out.csv");
    Run r = run("assess", "--standard", "cn.national", "--roster", ROSTER, "--out", out.toString());
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("error: cannot write " + out + ": no such folder ");
  }

  @Test
  void test_missingInput_namesIt() {
    Run r = run("assess", "--standard", "cn.national", "--roster", "data/nope.csv");
    assertThat(r.status()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("error: no such file: data/nope.csv\n");
  }

  @Test
  void test_commandHelp_isNoError_andUnknownOptionsAre() {
    Run help = run("assess", "--help");
    assertThat(help.status()).isZero();
    assertThat(help.out()).startsWith("usage:");
    Run frob = run("standards", "--frob");
    assertThat(frob.status()).isEqualTo(Main.USAGE);
    assertThat(frob.err()).startsWith("error: standards takes no options: '--frob'");
  }

  @Test
  void test_output_isByteIdenticalAcrossRuns() {
    for (String format : new String[] {"table", "csv", "json"}) {
      Run first = run("assess", "--standard", "cn.national,cn.hunan.changsha.2015", "--roster", ROSTER, "--format",
          format);
      for (int i = 0; i < 3; i++) {
        Run again = run("assess", "--standard", "cn.national,cn.hunan.changsha.2015", "--roster", ROSTER, "--format",
            format);
        assertThat(again).isEqualTo(first);
      }
    }
  }
}
