package org.tuopin.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.DateRange;

/** The serializable values of assistance survive serialization equal, with the same hash code and text. */
class AssistSerializationTest {

  private static Object roundTrip(Serializable value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void test_valuesSurviveSerialization() throws Exception {
    List<Serializable> values = List.of(DateRange.parse("2016-03-15/2016-06-30"), Headcount.of(841, 2778),
        Headcount.ZERO, Quota.parse("1村5户"), Strategies.RELOCATION, Ranks.TOWNSHIP_STAFF, HouseholdFlags.RELOCATION,
        CadreId.of("c-1"));
    for (Serializable v : values) {
      Object copy = roundTrip(v);
      assertThat(copy).as("%s", v).isEqualTo(v).hasSameHashCodeAs(v).hasToString(v.toString());
    }
    assertThat(((Strategy) roundTrip(Strategies.RELOCATION)).label()).isEqualTo(Strategies.RELOCATION.label());
  }
}
