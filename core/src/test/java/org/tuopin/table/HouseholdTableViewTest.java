package org.tuopin.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Yuan;
import org.tuopin.internal.Ids;
import org.tuopin.registry.Household;
import org.tuopin.registry.Member;
import org.tuopin.registry.Registry;
import org.tuopin.testing.Fixtures;

/** A table's per-household views. */
class HouseholdTableViewTest {

  @Test
  void test_view_ofAHouseholdWithAnIdOfTheLongestLength_hasDistinctMemberIdsThatFit() {
    // found by HouseholdTableFuzzTest: "H-1" from a 64-character id was no id, and the view threw
    for (String id : List.of("7".repeat(Ids.MAX_LENGTH), "7".repeat(Ids.MAX_LENGTH - 2))) {
      Household h = Fixtures.householdBuilder(id, 12, 2015, Yuan.of(30000)).build();
      HouseholdTable table = HouseholdTable.from(Registry.of(2016, List.of(h)));
      Household view = table.household(0).orElseThrow();
      List<String> ids = view.members().stream().map(Member::id).map(Object::toString).collect(Collectors.toList());
      assertThat(ids).hasSize(12).doesNotHaveDuplicates()
          .allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(Ids.MAX_LENGTH));
      assertThat(ids.get(11)).endsWith("-12");
    }
  }
}
