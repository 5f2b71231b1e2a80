package org.tuopin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.assist.batch.Headcount;
import org.tuopin.assist.batch.HouseholdFlags;
import org.tuopin.assist.batch.Strategies;
import org.tuopin.assist.batch.Strategy;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.assist.pairing.Quota;
import org.tuopin.assist.pairing.Ranks;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.ResidentId;
import org.tuopin.standard.CriterionId;
import org.tuopin.standard.Provenance;
import org.tuopin.standard.StandardSets;
import org.tuopin.testing.Fixtures;

/** The serializable value types survive serialization equal, with the same hash code and text. */
class SerializationTest {

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
  public void test_valuesSurviveSerialization() throws Exception {
    List<Serializable> values = List.of(Yuan.of(4096.25), Yuan.ZERO, Yuan.of(-12), YearRange.of(2010, 2020),
        Fixtures.VILLAGE, RegionCode.parse("510921"), ResidentId.parse(Fixtures.GB_EXAMPLE_ID),
        HouseholdId.of("h1"), PersonId.of("m1"), StandardSets.NATIONAL, CriterionId.INCOME,
        Provenance.of("NBS", true), DateRange.parse("2016-03-15/2016-06-30"), Headcount.of(841, 2778),
        Headcount.ZERO, Quota.parse("1村5户"), Strategies.RELOCATION, Ranks.TOWNSHIP_STAFF, HouseholdFlags.RELOCATION,
        CadreId.of("c-1"));
    for (Serializable v : values) {
      Object copy = roundTrip(v);
      assertThat(copy).as("%s", v).isEqualTo(v).hasSameHashCodeAs(v).hasToString(v.toString());
    }
  }

  @Test
  public void test_conditionSurvivesSerialization() throws Exception {
    Condition copy = (Condition) roundTrip(Conditions.HOUSING);
    assertThat(copy).isEqualTo(Conditions.HOUSING);
    assertThat(copy.label()).isEqualTo(Conditions.HOUSING.label());
  }

  @Test
  public void test_strategyKeepsItsLabel() throws Exception {
    assertThat(((Strategy) roundTrip(Strategies.RELOCATION)).label()).isEqualTo(Strategies.RELOCATION.label());
  }

  @Test
  public void test_regionCodeKeepsItsLevel() throws Exception {
    RegionCode copy = (RegionCode) roundTrip(Fixtures.VILLAGE);
    assertThat(copy.level()).isEqualTo(Fixtures.VILLAGE.level());
    assertThat(copy.parent()).isEqualTo(Fixtures.VILLAGE.parent());
  }

  @Test
  public void test_zeroStaysZero() throws Exception {
    Yuan copy = (Yuan) roundTrip(Yuan.ZERO);
    assertThat(copy.isZero()).isTrue();
    assertThat(copy.plus(Yuan.of(1))).isEqualTo(Yuan.of(1));
  }
}
