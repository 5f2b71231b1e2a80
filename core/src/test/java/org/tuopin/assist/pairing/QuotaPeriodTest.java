package org.tuopin.assist.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Language;
import org.tuopin.basics.Text;
import org.tuopin.basics.Yuan;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.ExitStatus;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.Member;
import org.tuopin.registry.PersonId;
import org.tuopin.registry.Relation;

/** Quotas per period: "5 households a year". */
class QuotaPeriodTest {

  private static final RegionCode VILLAGE = RegionCode.parse("320721105201");
  private static final Rank CADRE = Ranks.VILLAGE_CADRE;
  private static final QuotaPolicy YEARLY = QuotaPolicy.builder().key("yearly").name(Text.of("每年5户"))
      .quota(CADRE, Quota.parse("5户/年")).build();

  private static List<Household> households(int from, int to) {
    List<Household> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String id = String.format("H%03d", i);
      out.add(Household.builder().id(HouseholdId.of(id)).village(VILLAGE)
          .income(IncomeStatement.of(2016, Yuan.of(1000), Yuan.ZERO, Yuan.ZERO, Yuan.ZERO, Yuan.ZERO))
          .exitStatus(ExitStatus.NOT_EXITED).addMembers(Member.of(PersonId.of(id + "-P0"), Relation.HOUSEHOLDER))
          .build());
    }
    return out;
  }

  private static PairingPlanner planner(int year) {
    return PairingPlanner.builder().policy(YEARLY).date(LocalDate.of(year, 3, 1)).periodStart(Year.of(2016)).build();
  }

  @Test
  void test_parse_readsAndWritesPeriods() {
    assertThat(Quota.parse("5户/年").periodYears()).hasValue(1);
    assertThat(Quota.parse("1村5户/2年")).isEqualTo(Quota.perYears(5, 1, 2));
    assertThat(Quota.perYears(5, 0, 2).toString()).isEqualTo("5户/2年");
    assertThat(Quota.parse(Quota.parse("5户/年").toString())).isEqualTo(Quota.parse("5户/年"));
    assertThat(Quota.parse("5户").periodYears()).isEmpty();
    assertThat(Quota.parse("5户/年")).isNotEqualTo(Quota.parse("5户"));
    assertThatIllegalArgumentException().isThrownBy(() -> Quota.perYears(5, 0, 0));
  }

  @Test
  void test_replanningYearByYear_keepsTheYearlyCapAndNamesThePeriod() {
    Cadre one = Cadre.of(CadreId.of("C1"), CADRE, VILLAGE);
    PairingPlan first = planner(2016).plan(households(0, 7), List.of(one));
    assertThat(first.pairs()).hasSize(5);
    assertThat(first.pairs()).allMatch(p -> p.since().equals(java.util.Optional.of(LocalDate.of(2016, 3, 1))));
    assertThat(first.shortfall().households()).hasSize(2);
    assertThat(first.shortfall().period()).contains(DateRange.ofYear(2016));
    assertThat(first.shortfall().explain(Language.EN)).startsWith("in " + DateRange.ofYear(2016) + ": 2 households left");

    PairingPlan again = planner(2016).replan(first, households(0, 7), List.of(one));
    assertThat(again.pairs()).isEqualTo(first.pairs());

    PairingPlan next = planner(2017).replan(first, households(0, 12), List.of(one));
    assertThat(next.pairs()).hasSize(10).containsAll(first.pairs());
    assertThat(next.shortfall().households()).hasSize(2);
    assertThat(next.shortfall().period()).contains(DateRange.ofYear(2017));
  }

  @Test
  void test_periodOf_countsFromThePeriodStart() {
    QuotaPolicy twoYears = QuotaPolicy.builder().key("two").name(Text.of("两年5户"))
        .quota(CADRE, Quota.parse("5户/2年")).build();
    PairingPlanner p = PairingPlanner.builder().policy(twoYears).date(LocalDate.of(2019, 6, 1))
        .periodStart(Year.of(2016)).build();
    assertThat(p.periodOf(Quota.parse("5户/2年"))).contains(DateRange.ofYears(2018, 2019));
    assertThat(p.periodOf(Quota.parse("5户"))).isEmpty();
  }
}
