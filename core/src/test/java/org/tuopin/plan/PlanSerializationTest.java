package org.tuopin.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Indicator;
import org.tuopin.indicator.Indicators;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;

/** The serializable values of quantities and plans survive serialization equal, with the same text. */
class PlanSerializationTest {

  private static Object roundTrip(Serializable value) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  public void test_valuesSurviveSerialization() throws Exception {
    RegionCode v = RegionCode.parse("511921105201");
    List<Serializable> values = List.of(Units.MU, Units.KILOMETRE, Quantity.parse("8700 亩"), Quantity.parse("30%"),
        DateRange.parse("2018-02-28/2018-06-30"), Scope.of(v), Scope.ofCluster(v, RegionCode.parse("511921105202")),
        Scope.ofHousehold(v, "3", HouseholdId.of("h1")), Indicators.cropArea("青花椒"), Indicators.INCIDENCE,
        ProjectCategories.INFRASTRUCTURE);
    for (Serializable s : values) {
      Object copy = roundTrip(s);
      assertThat(copy).as("%s", s).isEqualTo(s).hasSameHashCodeAs(s).hasToString(s.toString());
    }
    Quantity copy = (Quantity) roundTrip(Quantity.parse("1 公顷"));
    assertThat(copy.to(Units.MU)).isEqualTo(Quantity.parse("15 亩"));
    Indicator rate = (Indicator) roundTrip(Indicators.INCIDENCE);
    assertThat(rate.numerator()).contains(Indicators.REMAINING_POOR);
    assertThat(rate.label()).isEqualTo(Indicators.INCIDENCE.label());
  }
}
