package org.tuopin.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureCommandTest {

  @TempDir
  Path dir;

  private String out;
  private String err;

  private int run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    out = o.toString(StandardCharsets.UTF_8);
    err = e.toString(StandardCharsets.UTF_8);
    return status;
  }

  private Path file(String text) throws IOException {
    Path p = dir.resolve("in.csv");
    Files.writeString(p, text);
    return p;
  }

  @Test
  void test_measure_input_haughtonKhandker_csv() throws IOException {
    Path in = file("\uFEFFid,y,w,g\n1,100,1,b\n2,110,1,b\n3,150,2,a\n4,160,0,a\n");
    assertThat(run("measure", "--input", in.toString(), "--welfare", "y", "--line", "125", "--format", "csv"))
        .isZero();
    assertThat(out).startsWith("group,n,population,fgt0,fgt1,fgt2,watts,gini,theil,mld\n"
        + "all,4,4,0.5000000000,0.08000000000,0.01360000000,");
    assertThat(err).contains("rows: 4 read, 4 accepted, 0 rejected");
    assertThat(run("measure", "--input", in.toString(), "--welfare", "y", "--line", "125", "--weight", "w", "--by",
        "g", "--format", "csv")).isZero();
    String[] lines = out.split("\n");
    assertThat(lines).hasSize(4);
    assertThat(lines[1]).startsWith("all,4,4,0.5000000000,");
    assertThat(lines[2]).startsWith("a,2,2,0,0,0,0,0,");
    assertThat(lines[3]).startsWith("b,2,2,1.000000000,");
  }

  @Test
  void test_measure_rejectedRows_exit3_withLineAndColumn() throws IOException {
    Path in = file("y,w\n100,1\nabc,1\n150,-2\n0,1\n");
    assertThat(run("measure", "--input", in.toString(), "--welfare", "y", "--weight", "w", "--line", "125",
        "--format", "csv")).isEqualTo(3);
    assertThat(err).contains("line 3, column y: not a number: 'abc'").contains("line 4, column w: must not be negative")
        .contains("rows: 4 read, 2 accepted, 2 rejected");
    // a welfare of 0: theil and mld empty
    assertThat(out.split("\n")[1]).endsWith(",,");
  }

  @Test
  void test_measure_badArguments_exit2() throws IOException {
    Path in = file("y\n1\n");
    assertThat(run("measure", "--input", in.toString(), "--welfare", "nope", "--line", "125")).isEqualTo(2);
    assertThat(err).contains("no column 'nope'");
    assertThat(run("measure", "--input", in.toString(), "--welfare", "y", "--line", "-1")).isEqualTo(2);
    assertThat(run("measure", "--input", dir.resolve("missing.csv").toString(), "--welfare", "y", "--line", "1"))
        .isEqualTo(2);
  }

  @Test
  void test_measure_roster_byCounty_json() {
    assertThat(run("measure", "--roster", "data/roster.csv", "--standard", "cn.national", "--by", "county",
        "--format", "json")).isZero();
    assertThat(out).contains("\"group\" : \"all\"").contains("\"group\" : \"511921000000\"").contains("\"fgt0\"");
    // issue 13: the report carries the row accounting of the file read
    assertThat(out).startsWith("{").contains("\"measures\" : [").contains("\"rows_read\" : 379");
  }

  @Test
  void test_mpi_input_alkireFosterExample_andWeightsMustAddUp() throws IOException {
    Path in = file("inc,school,health,ins\n13.1,14,4,1\n15.2,7,5,0\n12.5,10,1,0\n20,11,3,1\n");
    assertThat(run("mpi", "--input", in.toString(), "--indicator", "income:inc:13:1/4", "--indicator",
        "schooling:school:12:0.25", "--indicator", "health:health:3:1/4", "--indicator", "insurance:ins:1:1/4",
        "--k", "1/2", "--format", "csv")).isZero();
    assertThat(out).startsWith("group,n,population,h,a,m0,m1,m2,censored_income,censored_schooling,censored_health,"
        + "censored_insurance,contribution_income,contribution_schooling,contribution_health,contribution_insurance\n"
        + "all,4,4,0.5000000000,0.7500000000,0.3750000000,");
    assertThat(run("mpi", "--input", in.toString(), "--indicator", "income:inc:13:1/3", "--indicator",
        "schooling:school:12:0.3", "--k", "1/2")).isEqualTo(2);
    assertThat(err).contains("add up to 19/30");
  }

  @Test
  void test_mpi_roster_preset() {
    assertThat(run("mpi", "--roster", "data/roster.csv", "--standard", "cn.national", "--format", "csv")).isZero();
    assertThat(out).startsWith("group,n,population,h,a,m0,m1,m2,censored_income,censored_food");
    assertThat(err).contains("rows: 379 read");
  }
}
