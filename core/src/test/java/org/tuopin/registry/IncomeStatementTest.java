package org.tuopin.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.tuopin.testing.Theories.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.testing.Fixtures;
import org.tuopin.testing.Generators;

class IncomeStatementTest {

  private static final IncomeStatement WORKED = Fixtures.workedExampleIncome(2015);

  @Test
  public void test_workedExample_netIs16385() {
    assertThat(WORKED.year()).isEqualTo(2015);
    assertThat(WORKED.gross()).isEqualTo(Yuan.of(17385));
    assertThat(WORKED.net()).isEqualTo(Yuan.of(16385));
  }

  @Test
  public void test_workedExample_perCapitaNetOverFourIs4096_25() {
    assertThat(WORKED.perCapitaNet(4)).isEqualTo(Yuan.of(4096.25)).hasToString("¥4,096.25");
  }

  @Test
  public void test_perCapitaNet_roundsHalfUpToTheFen() {
    IncomeStatement s = Fixtures.incomeOf(2015, Yuan.of(10000));
    assertThat(s.perCapitaNet(3)).hasToString("¥3,333.33");
    assertThat(Fixtures.incomeOf(2015, Yuan.of(20000)).perCapitaNet(3)).hasToString("¥6,666.67");
    assertThat(Fixtures.incomeOf(2015, Yuan.ofFen(5)).perCapitaNet(2)).isEqualTo(Yuan.ofFen(3));
  }

  @Test
  public void test_perCapitaNet_rejectsANonPositiveSize() {
    assertThatIllegalArgumentException().isThrownBy(() -> WORKED.perCapitaNet(0))
        .withMessageContaining("household size must be positive: 0");
    assertThatIllegalArgumentException().isThrownBy(() -> WORKED.perCapitaNet(-4))
        .withMessageContaining("-4");
  }

  @Test
  public void test_net_mayBeNegative() {
    IncomeStatement loss = IncomeStatement.of(2015, Yuan.of(100), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.of(300));
    assertThat(loss.net()).isEqualTo(Yuan.of(-200));
    assertThat(loss.perCapitaNet(3)).isEqualTo(Yuan.parse("-66.67"));
  }

  @Test
  public void test_of_rejectsNegativeComponentsNamingThem() {
    Yuan minus = Yuan.of(-1);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncomeStatement.of(2015, minus, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO))
        .withMessage("wage must not be negative: -¥1.00");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncomeStatement.of(2015, Yuan.ZERO, minus, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO))
        .withMessageContaining("business must not be negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncomeStatement.of(2015, Yuan.ZERO, Yuan.ZERO, minus, Yuan.ZERO, Yuan.ZERO))
        .withMessageContaining("property must not be negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncomeStatement.of(2015, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, minus, Yuan.ZERO))
        .withMessageContaining("transfer must not be negative");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncomeStatement.of(2015, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, minus))
        .withMessageContaining("business expense must not be negative: -¥1.00");
  }

  @Test
  public void test_of_rejectsImplausibleYears() {
    assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.incomeOf(1977, Yuan.ZERO))
        .withMessageContaining("1977").withMessageContaining("between 1978 and 2100");
    assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.incomeOf(2101, Yuan.ZERO))
        .withMessageContaining("2101");
    assertThat(Fixtures.incomeOf(1978, Yuan.ZERO).year()).isEqualTo(1978);
    assertThat(Fixtures.incomeOf(2100, Yuan.ZERO).year()).isEqualTo(2100);
  }

  @Test
  public void test_builder_rejectsMissingAndNullComponents() {
    assertThatIllegalStateException().isThrownBy(() -> IncomeStatement.builder().year(2015).wage(Yuan.ZERO).build())
        .withMessageContaining("business");
    assertThatNullPointerException().isThrownBy(() -> IncomeStatement.builder().wage(null)).withMessageContaining("wage");
  }

  @Test
  public void test_equalsAndHashCode() {
    assertThat(Fixtures.workedExampleIncome(2015)).isEqualTo(WORKED).hasSameHashCodeAs(WORKED)
        .isNotEqualTo(Fixtures.workedExampleIncome(2016))
        .isNotEqualTo(Fixtures.incomeOf(2015, Yuan.of(16385)));
  }

  @Test
  public void property_net_isTheSumOfTheComponentsLessExpense() {
    qt().forAll(Generators.incomeStatements(YearRange.of(2010, 2020))).checkAssert(s -> {
      BigDecimal expected = s.wage().toBigDecimal().add(s.business().toBigDecimal()).add(s.property().toBigDecimal())
          .add(s.transfer().toBigDecimal()).subtract(s.businessExpense().toBigDecimal());
      assertThat(s.net().toBigDecimal()).isEqualByComparingTo(expected);
      assertThat(s.gross().minus(s.net())).isEqualTo(s.businessExpense());
    });
  }

  @Test
  public void property_perCapitaNet_isNetOverSizeHalfUp() {
    qt().forAll(Generators.incomeStatements(YearRange.of(2010, 2020)), integers().between(1, 15))
        .checkAssert((s, size) -> assertThat(s.perCapitaNet(size).toBigDecimal())
            .isEqualTo(s.net().toBigDecimal().divide(BigDecimal.valueOf(size), 2, RoundingMode.HALF_UP)));
  }
}
