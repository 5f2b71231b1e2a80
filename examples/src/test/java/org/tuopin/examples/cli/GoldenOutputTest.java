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
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tuopin.examples.QuickStart;
import org.tuopin.examples.assist.BanzhuangPairing;
import org.tuopin.examples.assist.YuanmouGuabaobang;
import org.tuopin.examples.custom.CustomStandardExample;
import org.tuopin.examples.plans.Seed000Township;
import org.tuopin.examples.plans.Seed002Tongren;
import org.tuopin.examples.plans.Seed003Banzhuang;
import org.tuopin.examples.plans.Seed004Yuanmou;

/**
 * The command line's and the example programs' outputs on the bundled samples, byte for byte,
 * against files captured before the "one vocabulary" reshaping: every report, format and
 * language, the clean and the broken roster, a side-by-side comparison, and the seed programs.
 *
 * <p>Run with {@code -Dtuopin.golden.update=true} to capture the files again (only when an
 * output is meant to change, and say so in the commit).
 */
class GoldenOutputTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("tuopin.golden.update");

  static Stream<Arguments> commandLines() {
    List<Arguments> cases = new ArrayList<>();
    for (String roster : List.of("roster", "roster-broken")) {
      for (String report : List.of("households", "villages", "regions")) {
        for (String format : List.of("table", "csv", "json")) {
          for (String lang : List.of("zh", "en")) {
            cases.add(assess("cn.national", roster, report, format, lang));
          }
        }
      }
    }
    for (String standard : List.of("cn.jiangsu.ganyu.2016", "cn.sichuan.tongjiang.2016", "cn.hunan.changsha.2015",
        "cn.guangxi.2017")) {
      cases.add(assess(standard, "roster", "households", "csv", "en"));
      cases.add(assess(standard, "roster", "villages", "table", "zh"));
      cases.add(assess(standard, "roster", "regions", "json", "zh"));
      cases.add(assess(standard, "roster-broken", "households", "table", "en"));
    }
    for (String format : List.of("table", "csv", "json")) {
      for (String lang : List.of("zh", "en")) {
        cases.add(assess("cn.national,cn.jiangsu.ganyu.2016,cn.sichuan.tongjiang.2016", "roster", "households",
            format, lang));
      }
    }
    cases.add(Arguments.of("assess.cn.national.roster.no-villages.csv", new String[] {"assess", "--standard",
        "cn.national", "--roster", "data/roster.csv", "--format", "csv"}));
    cases.add(Arguments.of("standards", new String[] {"standards"}));
    return cases.stream();
  }

  private static Arguments assess(String standard, String roster, String report, String format, String lang) {
    String name = String.join(".", "assess", standard.replace(',', '+'), roster, report, format, lang);
    return Arguments.of(name, new String[] {"assess", "--standard", standard, "--roster", "data/" + roster + ".csv",
        "--villages", "data/villages.csv", "--report", report, "--format", format, "--lang", lang});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commandLines")
  void test_commandLine_isUnchanged(String name, String[] args) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = Main.run(args, o, e);
    }
    String actual = "status " + status + "\n== stdout\n" + out.toString(StandardCharsets.UTF_8)
        + "== stderr\n" + err.toString(StandardCharsets.UTF_8);
    compare(name, actual);
  }

  static Stream<Arguments> programs() {
    List<Arguments> cases = new ArrayList<>();
    List<Object[]> mains = List.of(
        new Object[] {"Seed000Township", (Program) Seed000Township::main},
        new Object[] {"Seed002Tongren", (Program) Seed002Tongren::main},
        new Object[] {"Seed003Banzhuang", (Program) Seed003Banzhuang::main},
        new Object[] {"Seed004Yuanmou", (Program) Seed004Yuanmou::main},
        new Object[] {"BanzhuangPairing", (Program) BanzhuangPairing::main},
        new Object[] {"YuanmouGuabaobang", (Program) YuanmouGuabaobang::main});
    for (Object[] m : mains) {
      cases.add(Arguments.of("program." + m[0] + ".zh", m[1], new String[0]));
      cases.add(Arguments.of("program." + m[0] + ".en", m[1], new String[] {"en"}));
    }
    cases.add(Arguments.of("program.CustomStandardExample", (Program) CustomStandardExample::main,
        new String[] {"data/roster.csv"}));
    cases.add(Arguments.of("program.QuickStart", (Program) QuickStart::main, new String[] {"data/roster.csv"}));
    cases.add(Arguments.of("program.Seed000Township.en.json", (Program) Seed000Township::main,
        new String[] {"en", "--json"}));
    cases.add(Arguments.of("program.Seed004Yuanmou.zh.json", (Program) Seed004Yuanmou::main,
        new String[] {"zh", "--json"}));
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("programs")
  void test_program_isUnchanged(String name, Program main, String[] args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(out);
      main.main(args);
    } finally {
      System.setOut(old);
    }
    compare(name, bytes.toString(StandardCharsets.UTF_8));
  }

  /** A program's main method. */
  @FunctionalInterface
  interface Program {
    void main(String[] args) throws Exception;
  }

  private static void compare(String name, String actual) throws IOException {
    Path file = GOLDEN.resolve(name + ".txt");
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s", file).exists();
    assertThat(actual).as("output of %s", name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
