package org.tuopin.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Language;
import org.tuopin.io.RosterImport;
import org.tuopin.io.RosterReader;
import org.tuopin.registry.Household;
import org.tuopin.registry.Member;
import org.tuopin.standard.Assessment;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;

/**
 * Every string the library and the command line produce for the bundled rosters, whose people
 * carry names and valid IDs (and, in the broken roster, bad ones), holds no ID number, no
 * birth date and no full name: {@code toString}s, explanations, every error, every report
 * format and language.
 */
class PersonalDataTest {

  private static final List<String> ROSTERS = List.of("data/roster.csv", "data/roster-broken.csv");

  @Test
  void test_noIdNoBirthDateNoFullName_inAnyText() throws IOException {
    Set<String> secrets = new LinkedHashSet<>();
    for (String roster : ROSTERS) {
      secrets.addAll(secrets(Path.of(roster)));
    }
    assertThat(secrets).hasSizeGreaterThan(300);
    StringBuilder text = new StringBuilder();
    for (String roster : ROSTERS) {
      RosterImport r = RosterReader.create().read(Path.of(roster));
      text.append(r).append(r.errors()).append(r.incomplete()).append(r.summary());
      for (String id : List.of("cn.national", "cn.hunan.changsha.2015", "cn.guangxi.2017")) {
        StandardSet s = StandardSets.of(id);
        for (Assessment<?> a : r.assess(s)) {
          text.append(a).append(a.explain(Language.EN)).append(a.explain(Language.ZH)).append(a.findings());
        }
        text.append(r.compare(id.equals("cn.national") ? List.of(s) : List.of(StandardSets.of("cn.national"), s)));
      }
      for (Household h : r.households()) {
        text.append(h);
        for (Member m : h.members()) {
          text.append(m).append(m.id()).append(m.residentId().map(Object::toString).orElse(""));
        }
      }
      for (String report : List.of("households", "villages", "regions")) {
        for (String format : List.of("table", "csv", "json")) {
          for (String lang : List.of("zh", "en")) {
            text.append(cli("assess", "--standard", "cn.national", "--roster", roster, "--villages",
                "data/villages.csv", "--report", report, "--format", format, "--lang", lang));
          }
        }
      }
      text.append(cli("assess", "--standard", "cn.national,cn.jiangsu.ganyu.2016", "--roster", roster));
    }
    String all = text.toString();
    List<String> found = new ArrayList<>();
    for (String secret : secrets) {
      if (all.contains(secret)) {
        found.add(secret);
      }
    }
    assertThat(found).isEmpty();
  }

  private static String cli(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
  }

  /** The ID numbers (and any 14+ characters of them), birth dates and full names of a roster. */
  private static Set<String> secrets(Path roster) throws IOException {
    List<String> lines = Files.readAllLines(roster, StandardCharsets.UTF_8);
    List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(","));
    int name = column(header, "name", "姓名");
    int id = column(header, "id_number", "证件号码");
    int birth = column(header, "birth_date", "出生日期");
    Set<String> secrets = new LinkedHashSet<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] v = line.split(",", -1);
      if (v.length <= Math.max(name, Math.max(id, birth))) {
        continue;
      }
      if (v[name].codePointCount(0, v[name].length()) >= 2) {
        secrets.add(v[name]);
      }
      if (v[id].length() >= 14) {
        secrets.add(v[id]);
        secrets.add(v[id].substring(6, 14));
      }
      if (v[birth].length() >= 8) {
        secrets.add(v[birth]);
      }
    }
    return secrets;
  }

  private static int column(List<String> header, String key, String zh) {
    return header.indexOf(key) >= 0 ? header.indexOf(key) : header.indexOf(zh);
  }
}
