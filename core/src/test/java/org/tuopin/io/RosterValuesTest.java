package org.tuopin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Tristate;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.Health;
import org.tuopin.registry.HouseholdAttribute;
import org.tuopin.registry.LabourSkill;
import org.tuopin.registry.PovertyCause;
import org.tuopin.registry.Relation;
import org.tuopin.registry.Sex;

/**
 * The one value parser of the roster and the number rule's edges, as mutation testing (PIT)
 * found them untested: each column's value type, the year bounds, the length limit, RowError's
 * order and equality.
 */
class RosterValuesTest {

  @Test
  void test_parse_givesEachColumnItsValue() {
    assertThat(RosterValues.parse(RosterColumn.GROUP, "1组")).isEqualTo("1组");
    assertThat(RosterValues.parse(RosterColumn.NAME, "张三丰")).isEqualTo("张三丰");
    assertThat(RosterValues.parse(RosterColumn.RELATION, "户主")).isEqualTo(Relation.HOUSEHOLDER);
    assertThat(RosterValues.parse(RosterColumn.SEX, "女")).isEqualTo(Sex.FEMALE);
    assertThat(RosterValues.parse(RosterColumn.BIRTH_DATE, "1984-02-29")).isEqualTo(LocalDate.of(1984, 2, 29));
    assertThat(RosterValues.parse(RosterColumn.HEALTH, "残疾")).isEqualTo(Health.DISABLED);
    assertThat(RosterValues.parse(RosterColumn.LABOR, "技能劳动力")).isEqualTo(LabourSkill.SKILLED);
    assertThat(RosterValues.parse(RosterColumn.ATTRIBUTE, "特困供养贫困户")).isEqualTo(HouseholdAttribute.DESTITUTE_POOR);
    assertThat(RosterValues.parse(RosterColumn.PRIMARY_CAUSE, "因病")).isEqualTo(PovertyCause.ILLNESS);
    assertThat(RosterValues.parse(RosterColumn.EXIT_STATUS, "0")).isEqualTo(ExitStatus.NOT_EXITED);
    assertThat(RosterValues.parse(RosterColumn.EXIT_YEAR, "2018")).isEqualTo(2018);
    assertThat(RosterValues.parse(RosterColumn.FOOD, "是")).isEqualTo(Tristate.MET);
    assertThat(RosterValues.flag("否")).isEqualTo(Tristate.NOT_MET);
    assertThat(RosterValues.amountFen(RosterColumn.WAGE_INCOME, "4096.25")).isEqualTo(409_625L);
    assertThat(RosterValues.year(RosterColumn.INCOME_YEAR, "2015")).isEqualTo(2015);
  }

  @Test
  void test_year_boundsAreInclusive() {
    assertThat(TableValues.year("income_year", "1978")).isEqualTo(1978);
    assertThat(TableValues.year("income_year", "2100")).isEqualTo(2100);
    assertThatIllegalArgumentException().isThrownBy(() -> TableValues.year("income_year", "1977"));
    assertThatIllegalArgumentException().isThrownBy(() -> TableValues.year("income_year", "2101"));
    assertThatIllegalArgumentException().isThrownBy(() -> TableValues.year("income_year", "201"))
        .withMessageContaining("four-digit");
  }

  @Test
  void test_digits_lengthLimitIs18_andZeroIsACount() {
    assertThat(TableValues.digits("k", "1".repeat(18), 0)).isEqualTo(111_111_111_111_111_111L);
    assertThatIllegalArgumentException().isThrownBy(() -> TableValues.digits("k", "1".repeat(19), 0))
        .withMessageContaining("too long");
    assertThat(TableValues.count("k", "0")).isZero();
    assertThat(TableValues.digits("k", "1.5", 1)).isEqualTo(15);
    assertThat(TableValues.digits("k", "1.55", 1)).isEqualTo(-1);
    assertThat(TableValues.digits("k", "1.", 1)).isEqualTo(-1);
    assertThat(TableValues.digits("k", "-1", 1)).isEqualTo(TableValues.NEGATIVE);
  }

  @Test
  void test_rowError_ordersByLineThenColumn_andEquality() {
    RowError a = RowError.of(2, "b", "r");
    assertThat(a.compareTo(RowError.of(3, "a", "r"))).isNegative();
    assertThat(a.compareTo(RowError.of(2, "a", "r"))).isPositive();
    assertThat(a).isEqualTo(RowError.of(2, "b", "r")).hasSameHashCodeAs(RowError.of(2, "b", "r"))
        .isNotEqualTo(RowError.of(2, "b", "s")).isNotEqualTo(RowError.of(3, "b", "r"))
        .isNotEqualTo(RowError.of(2, "c", "r")).isNotEqualTo("line 2");
  }
}
