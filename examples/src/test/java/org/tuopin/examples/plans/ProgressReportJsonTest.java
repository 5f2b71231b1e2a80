package org.tuopin.examples.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.plan.Observation;
import org.tuopin.plan.Plan;
import org.tuopin.plan.ProgressReport;
import org.tuopin.plan.Scope;
import org.tuopin.plan.Target;
import org.tuopin.plan.TargetStatus;
import org.tuopin.region.RegionCode;

/**
 * The JSON of a progress report: complete, exact decimals, RFC 8259 escapes. Ported from the
 * tests of core's former hand-written writer and of {@code ProgressReport.toJson}.
 */
class ProgressReportJsonTest {

  private static final Scope TOWNSHIP = Scope.of(RegionCode.parse("511921105000"));
  private static final Scope V1 = Scope.of(RegionCode.parse("511921105201"));
  private static final Scope V2 = Scope.of(RegionCode.parse("511921105202"));
  private static final LocalDate END = LocalDate.of(2016, 12, 31);
  private static final LocalDate DATE = LocalDate.of(2016, 7, 31);
  private static final Indicator PEPPER = Indicators.cropArea("青花椒");

  private static Quantity q(String text) {
    return Quantity.parse(text);
  }

  private static ProgressReport report() {
    Plan p = Plan.builder().name(Text.of("乡“1+6”方案", "township \"1+6\" plan")).scope(TOWNSHIP)
        .period(DateRange.parse("2016-03-01/2016-12-31"))
        .addTargets(Target.of(PEPPER, TOWNSHIP, Comparison.AT_LEAST, q("8700 亩"), END),
            Target.builder().indicator(Indicators.INCIDENCE).scope(TOWNSHIP).comparison(Comparison.BELOW)
                .quantity(q("4%")).deadline(END).baseline(q("17.11%")).build(),
            Target.of(Indicators.PEOPLE_EXITED, TOWNSHIP, Comparison.AT_LEAST, q("800 人"), END))
        .addChildren(Plan.builder().name("村1").scope(V1).period(DateRange.ofYear(2016))
            .addTargets(Target.of(PEPPER, V1, Comparison.AT_LEAST, q("1200 亩"), END)).build())
        .build();
    return p.progress(List.of(Observation.of(PEPPER, V1, DATE, q("1300 亩")),
        Observation.of(PEPPER, V2, DATE, q("2000 亩")),
        Observation.of(Indicators.INCIDENCE, TOWNSHIP, DATE, q("10%"))), DATE, 1);
  }

  /** A report on a plan of that name with one target of that quantity. */
  private static ProgressReport named(String name, Quantity target) {
    Plan p = Plan.builder().name(Text.of(name, "en")).scope(TOWNSHIP).period(DateRange.ofYear(2016))
        .addTargets(Target.of(Indicators.ROADS_BUILT, TOWNSHIP, Comparison.AT_LEAST, target, END)).build();
    return p.progress(List.of(), DATE);
  }

  /** The JSON literal written for a plan's Chinese name. */
  private static String quoted(String name) {
    String json = ProgressReportJson.toJson(named(name, q("1 公里")));
    int start = json.indexOf("\"name_zh\": ") + "\"name_zh\": ".length();
    return json.substring(start, json.indexOf(",\n    \"name_en\""));
  }

  @Test
  @SuppressWarnings("unchecked")
  public void test_toJson_isValidAndComplete() {
    String json = ProgressReportJson.toJson(report());
    Map<String, Object> root = (Map<String, Object>) JsonReader.read(json);
    Map<String, Object> plan = (Map<String, Object>) root.get("plan");
    assertThat(plan.get("name_en")).isEqualTo("township \"1+6\" plan");
    assertThat(plan.get("level")).isEqualTo("township");
    assertThat(((Map<String, Object>) plan.get("period")).get("start")).isEqualTo("2016-03-01");
    assertThat(root.get("date")).isEqualTo("2016-07-31");
    Map<String, Object> counts = (Map<String, Object>) root.get("counts");
    assertThat(counts).containsEntry("behind", BigDecimal.ONE).containsEntry("missed", BigDecimal.ZERO);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) root.get("rows");
    assertThat(rows).hasSize(4);
    Map<String, Object> pepper = rows.get(0);
    assertThat(pepper.get("indicator")).isEqualTo("crop_area");
    assertThat(pepper.get("qualifier")).isEqualTo("青花椒");
    assertThat(pepper.get("comparison")).isEqualTo("at_least");
    assertThat(pepper.get("target")).isEqualTo(Map.of("value", new BigDecimal("8700"), "unit", "mu"));
    assertThat(pepper.get("actual")).isEqualTo(Map.of("value", new BigDecimal("3300"), "unit", "mu"));
    assertThat(pepper.get("rolled_up")).isEqualTo(true);
    assertThat(pepper.get("status")).isEqualTo("behind");
    assertThat(pepper.get("baseline")).isNull();
    assertThat(((Map<String, Object>) pepper.get("gap")).get("value")).isInstanceOf(BigDecimal.class);
    Map<String, Object> incidence = rows.get(1);
    assertThat(incidence.get("qualifier")).isNull();
    assertThat(incidence.get("baseline")).isEqualTo(Map.of("value", new BigDecimal("17.11"), "unit", "percent"));
    assertThat(rows.get(2).get("actual")).isNull();
    assertThat(rows.get(2).get("actual_date")).isNull();
    assertThat(rows.get(3).get("plan_scope")).isEqualTo("511921105201");
  }

  @Test
  public void test_layout_twoSpaceIndents_emptyContainersClosed_noTrailingLineBreak() {
    Plan p = Plan.builder().name("乡").scope(TOWNSHIP).period(DateRange.ofYear(2016)).build();
    StringBuilder counts = new StringBuilder();
    for (TargetStatus s : TargetStatus.values()) {
      counts.append(counts.length() == 0 ? "" : ",\n").append("    \"").append(s.key()).append("\": 0");
    }
    assertThat(ProgressReportJson.toJson(p.progress(List.of(), DATE))).isEqualTo("{\n"
        + "  \"plan\": {\n"
        + "    \"name_zh\": \"乡\",\n"
        + "    \"name_en\": \"乡\",\n"
        + "    \"scope\": \"511921105000\",\n"
        + "    \"level\": \"township\",\n"
        + "    \"period\": {\n"
        + "      \"start\": \"2016-01-01\",\n"
        + "      \"end\": \"2016-12-31\"\n"
        + "    }\n"
        + "  },\n"
        + "  \"date\": \"2016-07-31\",\n"
        + "  \"counts\": {\n"
        + counts + "\n"
        + "  },\n"
        + "  \"rows\": []\n"
        + "}");
    String row = ProgressReportJson.toJson(named("乡", Quantity.of(new BigDecimal("8.7E+3"), Units.KILOMETRE)));
    assertThat(row).contains("  \"rows\": [\n    {\n      \"plan_zh\": \"乡\",\n")
        .contains("      \"target\": {\n        \"value\": 8700,\n        \"unit\": \"km\"\n      },\n")
        .contains("      \"baseline\": null,\n")
        .contains("      \"rolled_up\": false,\n")
        .endsWith("\n    }\n  ]\n}");
  }

  @Test
  public void test_strings_areEscapedAsRfc8259Requires() {
    assertThat(quoted("plain 青花椒")).isEqualTo("\"plain 青花椒\"");
    assertThat(quoted("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(quoted("\b\f\n\r\t")).isEqualTo("\"\\b\\f\\n\\r\\t\"");
    assertThat(quoted("\u0000\u001f\u007f")).isEqualTo("\"\\u0000\\u001f\u007f\"");
    assertThat(quoted("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
    assertThat(quoted("/")).isEqualTo("\"/\"");
    assertThat(quoted("😀")).isEqualTo("\"😀\"");
  }

  @Test
  public void test_nullReport_isRefused() {
    assertThatNullPointerException().isThrownBy(() -> ProgressReportJson.toJson(null)).withMessage("report");
  }

  /** Random strings of any code points read back as the same string (fixed seed). */
  @Test
  public void property_stringsReadBackAsTheSameString() {
    Random random = new Random(20261124L);
    for (int n = 0; n < 300; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(41);
      int max = n % 2 == 0 ? Character.MAX_CODE_POINT : 0x3000;
      for (int i = 0; i < length; i++) {
        b.appendCodePoint(random.nextInt(max + 1));
      }
      String s = b.toString();
      assertThat(JsonReader.read(quoted(s))).as("%s", s.codePoints().boxed().toList()).isEqualTo(s);
    }
  }

  /** Decimals of up to six digits, shifted by -5 to 5 places, read back exactly (fixed seed). */
  @Test
  public void property_numbersReadBackExactly() {
    Random random = new Random(20261124L);
    for (int n = 0; n < 300; n++) {
      BigDecimal v = BigDecimal.valueOf(random.nextInt(1_000_000), random.nextInt(7))
          .movePointLeft(random.nextInt(11) - 5);
      String json = ProgressReportJson.toJson(named("乡", Quantity.of(v, Units.KILOMETRE)));
      @SuppressWarnings("unchecked")
      Map<String, Object> row = ((List<Map<String, Object>>) ((Map<String, Object>) JsonReader.read(json))
          .get("rows")).get(0);
      @SuppressWarnings("unchecked")
      BigDecimal read = (BigDecimal) ((Map<String, Object>) row.get("target")).get("value");
      assertThat(read).as("%s", v).isEqualByComparingTo(v);
    }
  }
}
