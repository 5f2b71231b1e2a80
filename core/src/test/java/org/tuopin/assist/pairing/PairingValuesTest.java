package org.tuopin.assist.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tuopin.assist.batch.HouseholdFlag;
import org.tuopin.assist.batch.HouseholdFlags;
import org.tuopin.assist.batch.Strategies;
import org.tuopin.assist.batch.Strategy;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.HouseholdId;
import org.tuopin.standard.Provenance;

/** The small value types of assistance: keys, ids, quotas, cadres, pairs and proximity. */
class PairingValuesTest {

  private static final RegionCode VILLAGE = RegionCode.parse("320707105201");

  @Test
  void test_keyedTypes_areEqualByKeyAndCheckIt() {
    assertThat(Strategy.of("production", "甲", "a")).isEqualTo(Strategies.PRODUCTION)
        .hasSameHashCodeAs(Strategies.PRODUCTION).hasToString("production");
    assertThat(Rank.of("village_cadre", "x", "x")).isEqualTo(Ranks.VILLAGE_CADRE);
    assertThat(HouseholdFlag.of("relocation", "x", "x")).isEqualTo(HouseholdFlags.RELOCATION);
    assertThat(Ranks.VILLAGE_CADRE.compareTo(Ranks.COUNTY_LEADER)).isPositive();
    assertThatThrownBy(() -> Strategy.of("发展生产", "发展生产", "production")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("strategy key").hasMessageContaining("'发展生产'");
    assertThatThrownBy(() -> Rank.of("Leader", "x", "x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Leader'");
    assertThatThrownBy(() -> HouseholdFlag.of(null, "x", "x")).isInstanceOf(NullPointerException.class)
        .hasMessage("key");
    assertThat(Strategies.PRODUCTION).isNotEqualTo(HouseholdFlag.of("production", "x", "x"));
    assertThat(Ranks.all()).extracting(Rank::key).containsExactly("county_leader", "township_principal",
        "township_leader", "township_staff", "village_cadre");
    assertThat(Ranks.find("nobody")).isEmpty();
  }

  @Test
  void test_cadreId_parsesAndPrintsItsText() {
    assertThat(CadreId.parse(" c-001 ")).isEqualTo(CadreId.of("c-001")).hasToString("c-001");
    assertThat(CadreId.of("a").compareTo(CadreId.of("b"))).isNegative();
    assertThatThrownBy(() -> CadreId.of("c 1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cadre id").hasMessageContaining("found ' '").hasMessageContaining("'c**'");
  }

  @Test
  void test_quota_parsesThePolicyTextsForm() {
    assertThat(Quota.parse("5户")).isEqualTo(Quota.of(5)).hasToString("5户");
    assertThat(Quota.parse("1村5户")).isEqualTo(Quota.of(5, 1)).hasToString("1村5户");
    assertThat(Quota.parse("5户1村")).isEqualTo(Quota.of(5, 1));
    assertThat(Quota.parse(Quota.of(0, 2).toString())).isEqualTo(Quota.of(0, 2));
    assertThat(Quota.of(5, 1)).hasSameHashCodeAs(Quota.of(5, 1)).isNotEqualTo(Quota.of(1, 5));
    assertThatThrownBy(() -> Quota.parse("five")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'five'");
    assertThatThrownBy(() -> Quota.of(-1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1 households");
    assertThatThrownBy(() -> Quota.parse("99999999999户")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too large");
  }

  @Test
  void test_ganyu_holdsSeed003sTableWithItsSources() {
    QuotaPolicy ganyu = QuotaPolicies.of("ganyu");
    assertThat(ganyu).isSameAs(QuotaPolicies.GANYU);
    assertThat(ganyu.quotas()).containsExactly(Map.entry(Ranks.COUNTY_LEADER, Quota.parse("1村5户")),
        Map.entry(Ranks.TOWNSHIP_PRINCIPAL, Quota.of(5)), Map.entry(Ranks.TOWNSHIP_LEADER, Quota.of(4)),
        Map.entry(Ranks.TOWNSHIP_STAFF, Quota.of(3)), Map.entry(Ranks.VILLAGE_CADRE, Quota.of(2)));
    assertThat(ganyu.sources()).hasSize(5);
    ganyu.sources().values().forEach(p -> assertThat(p.source()).startsWith("Seed 003 §四."));
    assertThat(ganyu.sources().get(Ranks.TOWNSHIP_LEADER).source()).contains("每人结对帮扶4户");
    assertThat(ganyu.sources().get(Ranks.COUNTY_LEADER).source()).contains("挂钩联系一个经济薄弱村", "5户");
    assertThat(ganyu.minimumHouseholdQuota()).isEqualTo(2);
    assertThat(ganyu.maximumHouseholdQuota()).isEqualTo(5);
    assertThat(ganyu.canCover(3437, 5653)).isEqualTo(Tristate.MET);
    assertThat(ganyu.canCover(3437, 6874)).isEqualTo(Tristate.MET);
    assertThat(ganyu.canCover(3437, 6875)).isEqualTo(Tristate.UNKNOWN);
    assertThat(ganyu.canCover(3437, 17185)).isEqualTo(Tristate.UNKNOWN);
    assertThat(ganyu.canCover(3437, 17186)).isEqualTo(Tristate.NOT_MET);
    assertThat(ganyu.canCover(0, 0)).isEqualTo(Tristate.MET);
    assertThatThrownBy(() -> ganyu.canCover(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(ganyu.householdCapacity(Map.of(Ranks.TOWNSHIP_PRINCIPAL, 2, Ranks.VILLAGE_CADRE, 10L))).isEqualTo(30);
    assertThatThrownBy(() -> ganyu.quota(Rank.of("ranger", "护林员", "ranger"))).isInstanceOf(NotFoundException.class)
        .hasMessageContaining("'ranger'").hasMessageContaining("county_leader, township_principal");
    assertThatThrownBy(() -> QuotaPolicies.of("tongjiang")).isInstanceOf(NotFoundException.class)
        .hasMessage("no quota policy has the key 'tongjiang'; known keys: [ganyu]");
    assertThat(QuotaPolicies.all()).containsExactly(ganyu);
  }

  @Test
  void test_userPolicy_isChecked() {
    assertThat(QuotaPolicy.builder().key("mine").name(Text.of("我的")).quota(Ranks.VILLAGE_CADRE, Quota.of(3)).build()
        .quota(Ranks.VILLAGE_CADRE)).isEqualTo(Quota.of(3));
    assertThatThrownBy(() -> QuotaPolicy.builder().key("mine").name(Text.of("我的")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one rank");
    assertThatThrownBy(() -> QuotaPolicy.builder().key("mine").name(Text.of("我的")).quota(Ranks.VILLAGE_CADRE, Quota.of(3))
        .putSources(Ranks.COUNTY_LEADER, Provenance.of("x", false)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'county_leader'");
  }

  @Test
  void test_cadre_redactsTheName() {
    Cadre c = Cadre.builder().id(CadreId.of("c1")).name("王建国").unit("县财政局").rank(Ranks.COUNTY_LEADER)
        .home(VILLAGE).build();
    assertThat(c.toString()).isEqualTo("Cadre{id=c1, rank=county_leader, name=王**, unit=县财政局, home=320707105201}")
        .doesNotContain("建国");
    assertThat(c.name()).contains("王建国");
    assertThat(Cadre.of(CadreId.of("c1"), Ranks.COUNTY_LEADER, VILLAGE)).isNotEqualTo(c);
    assertThatThrownBy(() -> Cadre.builder().id(CadreId.of("c1")).name(" ").rank(Ranks.COUNTY_LEADER).home(VILLAGE).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank name");
  }

  @Test
  void test_pairAndLink_needVillageCodes() {
    Pairing p = Pairing.of(HouseholdId.of("h1"), VILLAGE, CadreId.of("c1"));
    assertThat(p).hasToString("h1@320707105201→c1").isEqualTo(Pairing.of(HouseholdId.of("h1"), VILLAGE, CadreId.of("c1")));
    assertThatThrownBy(() -> Pairing.of(HouseholdId.of("h1"), VILLAGE.parent().orElseThrow(), CadreId.of("c1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'320707105000'");
    assertThat(VillageLink.of(VILLAGE, CadreId.of("k"))).hasToString("320707105201→k");
    assertThatThrownBy(() -> VillageLink.of(RegionCode.parse("320707"), CadreId.of("k")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("county code");
  }

  @Test
  void test_proximity_isTheSmallestRegionShared() {
    assertThat(Proximity.of(VILLAGE, VILLAGE)).isEqualTo(Proximity.SAME_VILLAGE);
    assertThat(Proximity.of(RegionCode.parse("320707105000"), VILLAGE)).isEqualTo(Proximity.SAME_TOWNSHIP);
    assertThat(Proximity.of(RegionCode.parse("320707105202"), VILLAGE)).isEqualTo(Proximity.SAME_TOWNSHIP);
    assertThat(Proximity.of(RegionCode.parse("320707"), VILLAGE)).isEqualTo(Proximity.SAME_COUNTY);
    assertThat(Proximity.of(RegionCode.parse("320721101201"), VILLAGE)).isEqualTo(Proximity.SAME_PREFECTURE);
    assertThat(Proximity.of(RegionCode.parse("320100000000"), VILLAGE)).isEqualTo(Proximity.SAME_PROVINCE);
    assertThat(Proximity.of(RegionCode.parse("532328201201"), VILLAGE)).isEqualTo(Proximity.ELSEWHERE);
    assertThat(Proximity.SAME_TOWNSHIP.label().zh()).isEqualTo("同乡镇");
  }
}
