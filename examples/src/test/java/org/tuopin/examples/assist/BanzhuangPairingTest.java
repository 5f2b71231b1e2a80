package org.tuopin.examples.assist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tuopin.assist.contact.ComplianceReport;
import org.tuopin.assist.contact.ContactLog;
import org.tuopin.assist.contact.ContactRequirement;
import org.tuopin.assist.contact.Coverages;
import org.tuopin.assist.contact.MonthStatus;
import org.tuopin.assist.pairing.Cadre;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.assist.pairing.Pairing;
import org.tuopin.assist.pairing.PairingPlan;
import org.tuopin.assist.pairing.Proximity;
import org.tuopin.assist.pairing.QuotaPolicies;
import org.tuopin.assist.pairing.Ranks;
import org.tuopin.assist.pairing.VillageLink;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Tristate;
import org.tuopin.registry.Household;

/** Seed 003's pairing of 班庄镇 under the ganyu quotas, and its checks. */
class BanzhuangPairingTest {

  private static final BanzhuangPairing.Town TOWN = BanzhuangPairing.town();
  private static final PairingPlan LEADERS = BanzhuangPairing.leadersPlan(TOWN);
  private static final PairingPlan FULL = BanzhuangPairing.fullPlan(TOWN, LEADERS);

  @Test
  void test_town_holdsTheSeedsFigures() {
    assertThat(TOWN.households().stream().mapToInt(Household::size).sum()).isEqualTo(5580);
    assertThat(TOWN.weakVillages()).hasSize(4);
    assertThat(TOWN.villages()).hasSize(44).allMatch(BanzhuangPairing.TOWNSHIP::contains);
    assertThat(TOWN.leaders().stream().filter(c -> c.rank().equals(Ranks.COUNTY_LEADER))).hasSize(4);
    assertThat(BanzhuangPairing.town()).isEqualTo(TOWN);
  }

  @Test
  void test_eachCountyLeaderLinksOneWeakVillageAndPairsFiveHouseholdsThere() {
    assertThat(LEADERS.links()).hasSize(4).extracting(VillageLink::village)
        .containsExactlyInAnyOrderElementsOf(TOWN.weakVillages());
    for (VillageLink link : LEADERS.links()) {
      assertThat(LEADERS.cadre(link.cadre()).orElseThrow().rank()).isEqualTo(Ranks.COUNTY_LEADER);
      assertThat(LEADERS.pairs(link.cadre())).hasSize(5).allMatch(p -> p.village().equals(link.village()));
    }
  }

  @Test
  void test_leaders_carryTheirQuotasAndTheShortfallCallsForVillageCadres() {
    long capacity = TOWN.leaders().stream().mapToLong(c -> QuotaPolicies.GANYU.quota(c.rank()).households()).sum();
    assertThat(capacity).isEqualTo(4 * 5 + 2 * 5 + 12 * 4 + 30 * 3);
    assertThat(LEADERS.pairs()).hasSize(168);
    int left = TOWN.households().size() - 168;
    assertThat(LEADERS.shortfall().households()).hasSize(left);
    assertThat(LEADERS.shortfall().cadresNeeded()).containsEntry(Ranks.VILLAGE_CADRE, (long) (left + 1) / 2)
        .containsEntry(Ranks.TOWNSHIP_PRINCIPAL, (long) (left + 4) / 5);
    assertThat(LEADERS.coverage().status()).isEqualTo(Tristate.NOT_MET);
  }

  @Test
  void test_fullPlan_coversEveryHouseholdWithinQuotasKeepingTheLeadersPairs() {
    assertThat(FULL.isComplete()).isTrue();
    assertThat(FULL.pairs()).hasSize(TOWN.households().size());
    assertThat(FULL.pairs()).containsAll(LEADERS.pairs());
    assertThat(FULL.links()).isEqualTo(LEADERS.links());
    assertThat(FULL.coverage().ratio()).contains(Ratio.of(TOWN.households().size(), TOWN.households().size()));
    Map<CadreId, Long> load = FULL.pairs().stream().collect(Collectors.groupingBy(Pairing::cadre, Collectors.counting()));
    for (Cadre c : FULL.cadres()) {
      assertThat(load.getOrDefault(c.id(), 0L)).as("%s", c).isLessThanOrEqualTo(QuotaPolicies.GANYU.quota(c.rank())
          .households());
    }
    long villageCadres = FULL.cadres().stream().filter(c -> c.rank().equals(Ranks.VILLAGE_CADRE)).count();
    assertThat(villageCadres).isEqualTo(BanzhuangPairing.villageCadres(TOWN, LEADERS).size())
        .isGreaterThanOrEqualTo(LEADERS.shortfall().cadresNeeded().get(Ranks.VILLAGE_CADRE));
    assertThat(FULL.proximityCounts().get(Proximity.SAME_VILLAGE) + FULL.proximityCounts().get(Proximity.SAME_TOWNSHIP))
        .isEqualTo(TOWN.households().size());
  }

  @Test
  void test_checks_helpCardsAndMonthlyContactFromTheMidMarchPairing() {
    ContactLog log = BanzhuangPairing.contacts(FULL);
    assertThat(BanzhuangPairing.contacts(FULL)).isEqualTo(log);
    assertThat(BanzhuangPairing.helpCards(TOWN, log).status()).isEqualTo(Tristate.MET);
    assertThat(Coverages.HELP_CARD.target()).isEqualByComparingTo(Ratio.of(1, 1));

    ComplianceReport report = ContactRequirement.monthly().check(FULL.pairs(), log, BanzhuangPairing.CONTACT_PERIOD);
    assertThat(report.pairs()).hasSize(TOWN.households().size());
    assertThat(report.pairs()).allSatisfy(p -> assertThat(p.months()).hasSize(10));
    assertThat(report.pairs()).allSatisfy(p ->
        assertThat(p.months().get(java.time.YearMonth.of(2016, 3))).isIn(MonthStatus.MET, MonthStatus.PARTIAL));
    assertThat(report.coverage().status()).isEqualTo(Tristate.NOT_MET);
    assertThat(report.otherVisits()).isZero();
    assertThat(report.unsignedVisits()).isPositive();
    assertThat(report.summary().monthRate().orElseThrow()).isGreaterThan(Ratio.ofPercent("95"));
  }

  @Test
  void test_main_printsBothSteps() {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.PrintStream old = System.out;
    System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      BanzhuangPairing.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("5580 people", "挂钩经济薄弱村 4", "无缺口",
        "✓ 结对帮扶覆盖率", "✓ 帮扶联系卡到户率", "每月联系达标率");
  }
}
