package org.tuopin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;
import static org.tuopin.testing.Theories.qt;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tuopin.testing.PlanGenerators;

class JsonTest {

  @Test
  public void test_quote_escapesWhatTheRfcRequires() {
    assertThat(Json.quote("plain 青花椒")).isEqualTo("\"plain 青花椒\"");
    assertThat(Json.quote("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
    assertThat(Json.quote("\b\f\n\r\t")).isEqualTo("\"\\b\\f\\n\\r\\t\"");
    assertThat(Json.quote("\u0000\u001f\u007f")).isEqualTo("\"\\u0000\\u001f\u007f\"");
    assertThat(Json.quote("\u2028\u2029")).isEqualTo("\"\\u2028\\u2029\"");
    assertThat(Json.quote("/")).isEqualTo("\"/\"");
    assertThat(Json.quote("😀")).isEqualTo("\"😀\"");
    assertThat(Json.quote("\ud83d")).isEqualTo("\"\\ud83d\"");
    assertThat(Json.quote("x\ude00y")).isEqualTo("\"x\\ude00y\"");
  }

  @Test
  public void test_writer_writesNestedValues() {
    String json = new Json().beginObject()
        .name("name").value("乡")
        .name("n").value(3)
        .name("ok").value(true)
        .name("none").value((String) null)
        .name("q").value(new BigDecimal("8.7E+3"))
        .name("empty").beginArray().endArray()
        .name("list").beginArray().value(1).beginObject().name("a").value(new BigDecimal("-0.5")).endObject().endArray()
        .endObject().toString();
    assertThat(json).isEqualTo("{\n  \"name\": \"乡\",\n  \"n\": 3,\n  \"ok\": true,\n  \"none\": null,\n"
        + "  \"q\": 8700,\n  \"empty\": [],\n  \"list\": [\n    1,\n    {\n      \"a\": -0.5\n    }\n  ]\n}");
    @SuppressWarnings("unchecked")
    Map<String, Object> read = (Map<String, Object>) JsonReader.read(json);
    assertThat(read.get("q")).isEqualTo(new BigDecimal("8700"));
    assertThat(read).containsKey("none");
    assertThat((List<?>) read.get("list")).hasSize(2);
    assertThat(new Json().value("x").toString()).isEqualTo("\"x\"");
  }

  @Test
  public void test_writer_refusesMisuse() {
    assertThatIllegalStateException().isThrownBy(() -> new Json().beginObject().value(1));
    assertThatIllegalStateException().isThrownBy(() -> new Json().beginArray().name("a"));
    assertThatIllegalStateException().isThrownBy(() -> new Json().beginObject().endArray());
    assertThatIllegalStateException().isThrownBy(() -> new Json().beginObject().name("a").endObject());
    assertThatIllegalStateException().isThrownBy(() -> new Json().beginObject().toString());
    assertThatIllegalStateException().isThrownBy(() -> new Json().toString());
    assertThatIllegalStateException().isThrownBy(() -> new Json().value(1).value(2));
    assertThatIllegalStateException().isThrownBy(() -> new Json().beginArray().endArray().beginArray());
  }

  @Test
  public void property_quote_readsBackAsTheSameString() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 40)).check(s -> s.equals(JsonReader.read(Json.quote(s))));
    qt().forAll(strings().betweenCodePoints(0, 0x3000).ofLengthBetween(0, 40))
        .check(s -> s.equals(JsonReader.read(Json.quote(s))));
  }

  @Test
  public void property_numbersReadBackExactly() {
    qt().forAll(PlanGenerators.decimals(6), integers().between(-5, 5)).check((d, shift) -> {
      BigDecimal v = d.movePointLeft(shift);
      Object read = JsonReader.read(new Json().beginArray().value(v).endArray().toString());
      return ((BigDecimal) ((List<?>) read).get(0)).compareTo(v) == 0;
    });
  }
}
