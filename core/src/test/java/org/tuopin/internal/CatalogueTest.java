package org.tuopin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.tuopin.assist.batch.HouseholdFlags;
import org.tuopin.assist.batch.HouseholdPredicates;
import org.tuopin.assist.batch.StrategyTaxonomies;
import org.tuopin.assist.contact.Coverages;
import org.tuopin.assist.pairing.QuotaPolicies;
import org.tuopin.assist.pairing.Ranks;
import org.tuopin.basics.NotFoundException;
import org.tuopin.basics.TuopinException;
import org.tuopin.basics.Units;
import org.tuopin.plan.ProjectCategories;
import org.tuopin.plan.cadence.ReportingSchedules;
import org.tuopin.registry.Conditions;
import org.tuopin.village.Facilities;

/** The one catalogue behind the plural holders, and the holders' three look-ups. */
class CatalogueTest {

  private static final Catalogue<String> WORDS = Catalogue.of("word", Function.identity(), "b", "a", "c");

  @Test
  void test_lookUps_keepTheOrderAndNameTheKnownKeys() {
    assertThat(WORDS.all()).containsExactly("b", "a", "c");
    assertThat(WORDS.keys()).containsExactly("b", "a", "c");
    assertThat(WORDS.of("a")).isEqualTo("a");
    assertThat(WORDS.find("c")).contains("c");
    assertThat(WORDS.find("d")).isEmpty();
    assertThat(WORDS.get("d")).isNull();
    assertThat(WORDS.builtIn("b")).isEqualTo("b");
    assertThat(WORDS).hasToString("word catalogue (3 entries)");
    assertThatThrownBy(() -> WORDS.of("d")).isInstanceOf(NotFoundException.class).isInstanceOf(TuopinException.class)
        .hasMessage("no word has the key 'd'; known keys: [b, a, c]");
    assertThatThrownBy(() -> WORDS.builtIn("d")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no word 'd'");
    assertThatThrownBy(() -> WORDS.find(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
  }

  @Test
  void test_of_rejectsTwoEntriesWithOneKey() {
    assertThatThrownBy(() -> Catalogue.of("word", (String s) -> s.substring(0, 1), List.of("ab", "ac")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a'");
  }

  @Test
  void test_everyHolder_findsItsEntriesAndThrowsNotFound() {
    assertThat(Units.of("亩")).isEqualTo(Units.MU);
    assertThat(Units.of("km")).isEqualTo(Units.KILOMETRE);
    assertThat(Conditions.of("housing")).isEqualTo(Conditions.HOUSING);
    assertThat(Facilities.of("clinic")).isEqualTo(Facilities.CLINIC);
    assertThat(ProjectCategories.of("infrastructure")).isEqualTo(ProjectCategories.INFRASTRUCTURE);
    assertThat(Ranks.of("village_cadre")).isEqualTo(Ranks.VILLAGE_CADRE);
    assertThat(HouseholdFlags.of("relocation")).isEqualTo(HouseholdFlags.RELOCATION);
    assertThat(HouseholdPredicates.of("cause_schooling")).isSameAs(HouseholdPredicates.SCHOOLING);
    assertThat(HouseholdPredicates.of("flag_relocation").key()).isEqualTo("flag_relocation");
    assertThat(Coverages.of("help_card")).isEqualTo(Coverages.HELP_CARD);
    assertThat(QuotaPolicies.of("ganyu")).isEqualTo(QuotaPolicies.GANYU);
    assertThat(StrategyTaxonomies.of("four_batches")).isEqualTo(StrategyTaxonomies.FOUR_BATCHES);
    assertThat(ReportingSchedules.of("changsha")).isEqualTo(ReportingSchedules.CHANGSHA);
    List<Runnable> unknown = List.of(() -> Units.of("league"), () -> Conditions.of("league"),
        () -> Facilities.of("league"), () -> ProjectCategories.of("league"), () -> Ranks.of("league"),
        () -> HouseholdFlags.of("league"), () -> HouseholdPredicates.of("league"), () -> Coverages.of("league"),
        () -> QuotaPolicies.of("league"), () -> StrategyTaxonomies.of("league"), () -> ReportingSchedules.of("league"));
    for (Runnable r : unknown) {
      assertThatThrownBy(r::run).isInstanceOf(NotFoundException.class).hasMessageContaining("'league'")
          .hasMessageContaining("known keys: [");
    }
    assertThatThrownBy(() -> Facilities.of("league")).hasMessageStartingWith("no facility has the key 'league'")
        .hasMessageContaining("clinic");
  }

  @Test
  void test_holders_keepTheirOrder() {
    assertThat(Conditions.all()).startsWith(Conditions.FOOD, Conditions.CLOTHING).endsWith(Conditions.ROAD);
    assertThat(Facilities.all()).startsWith(Facilities.ROAD).endsWith(Facilities.TIDY_ENVIRONMENT);
    assertThat(ProjectCategories.all()).startsWith(ProjectCategories.INDUSTRY)
        .endsWith(ProjectCategories.AREA_DEVELOPMENT);
    assertThat(Units.all()).startsWith(Units.PERSON).endsWith(Units.PERCENT).hasSize(28);
    assertThat(HouseholdPredicates.all()).extracting(p -> p.key()).containsExactly("assisted_without_labour",
        "cause_schooling", "cause_illness", "flag_relocation", "flag_ecological_compensation");
  }
}
