package org.tuopin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Yuan;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;

/**
 * The roster reader on files whose households' rows do not follow one another: the import
 * is the one the same rows give in household order.
 */
class RosterReaderOrderTest {

  private static final long SEED = 20151129L;
  private static final String HEADER = "village_code,household_id,person_id,relation,sex,birth_date,id_number,"
      + "income_year,wage_income,business_income,property_income,transfer_income,business_expense,food,housing";

  private static final String H1_A = "511921105201,H1,P1,户主,女,1949-12-31,11010519491231002X,2015,6000,1180,6000,4205,1000,是,1";
  private static final String H1_B = "511921105201,H1,P2,配偶,男,,,2015,6000,1180,6000,4205,1000,是,1";
  private static final String H1_C = "511921105201,H1,P3,之子,,,,2015,6000,1180,6000,4205,1000,是,1";
  private static final String H1_D = "511921105201,H1,P4,之女,,,,2015,6000,1180,6000,4205,1000,是,1";
  private static final String H2 = "511921105202,H2,P5,户主,,,,2016,3000.5,0,0,0,0,否,";

  private static RosterImport read(List<String> rows) throws IOException {
    return RosterReader.create().read(new StringReader(HEADER + "\n" + String.join("\n", rows) + "\n"), "test.csv");
  }

  @Test
  void test_read_householdRowsApart_giveTheHouseholdOfTheRowsInFileOrder() throws IOException {
    RosterImport apart = read(List.of(H1_A, H1_B, H2, H1_C, H1_D));
    RosterImport together = read(List.of(H1_A, H1_B, H1_C, H1_D, H2));
    assertThat(apart.errors()).isEmpty();
    assertThat(apart.householdIds()).extracting(Object::toString).containsExactly("H1", "H2");
    Household h1 = apart.household(HouseholdId.of("H1")).orElseThrow();
    assertThat(h1).isEqualTo(together.household(HouseholdId.of("H1")).orElseThrow());
    assertThat(h1.perCapitaNetIncome()).isEqualTo(Yuan.parse("4096.25"));
    assertThat(apart.households()).isEqualTo(together.households());
  }

  @Test
  void test_read_householdRowsApart_disagreementNamesEveryLine() throws IOException {
    RosterImport r = read(List.of(H1_A, H1_B, H2, H1_C.replace(",6000,1180,", ",600,1180,")));
    assertThat(r.rowsRejected()).isEqualTo(3);
    assertThat(r.errors()).extracting(RowError::line).containsExactly(2L, 3L, 5L);
    assertThat(r.errors()).allSatisfy(e -> {
      assertThat(e.column()).isEqualTo("wage_income");
      assertThat(e.reason()).endsWith("6000.00 on line 2, 6000.00 on line 3, 600.00 on line 5");
    });
    assertThat(r.incompleteHousehold(HouseholdId.of("H1")).orElseThrow().rows()).isEqualTo(3);
    assertThat(r.household(HouseholdId.of("H2"))).isPresent();
  }

  @Test
  void test_read_householdRowsApart_laterSecondHouseholderRejectsEveryRow() throws IOException {
    RosterImport r = read(List.of(H1_A, H2, H1_B.replace("配偶", "户主")));
    assertThat(r.errors()).extracting(RowError::line).containsExactly(2L, 4L);
    assertThat(r.errors()).allSatisfy(e -> {
      assertThat(e.column()).isEqualTo("relation");
      assertThat(e.reason()).contains("exactly one householder");
    });
    assertThat(r.householdIds()).extracting(Object::toString).containsExactly("H1", "H2");
    assertThat(r.incomplete()).extracting(i -> i.id().toString()).containsExactly("H1");
  }

  @Test
  void test_read_householdRowsApart_laterRejectedRowLeavesTheHouseholdIncomplete() throws IOException {
    RosterImport r = read(List.of(H1_A, H1_B, H2, H1_C.replace(",6000,1180,", ",-1,1180,")));
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(5));
    assertThat(r.incompleteHousehold(HouseholdId.of("H1")).orElseThrow().rows()).isEqualTo(3);
    assertThat(r.rowsAccepted()).isEqualTo(3);
  }

  @Test
  void test_read_rowWithoutHouseholdIdBetweenRows_isRejectedAlone() throws IOException {
    RosterImport r = read(List.of(H1_A, H1_B.replace(",H1,", ",,"), H1_C, H1_D));
    assertThat(r.rowsRead()).isEqualTo(4);
    assertThat(r.rowsRejected()).isEqualTo(1);
    assertThat(r.errors()).singleElement().hasToString("line 3, column household_id: a value is required");
    assertThat(r.household(HouseholdId.of("H1")).orElseThrow().size()).isEqualTo(3);
  }

  @Test
  void property_anyInterleavingOfHouseholds_givesTheImportOfHouseholdOrder() {
    qt().withFixedSeed(SEED).withExamples(200).forAll(longs().all()).checkAssert(seed -> {
      Random rnd = new Random(seed);
      List<List<String>> households = households(rnd);
      List<String> inOrder = households.stream().flatMap(List::stream).collect(Collectors.toList());
      try {
        assertThat(outcome(read(interleave(households, rnd)))).isEqualTo(outcome(read(inOrder)));
      } catch (IOException ex) {
        throw new AssertionError(ex);
      }
    });
  }

  /** Households of one to five rows, a few with a fault that rejects rows. */
  private static List<List<String>> households(Random rnd) {
    List<List<String>> households = new ArrayList<>();
    int person = 0;
    for (int h = 0; h < 1 + rnd.nextInt(10); h++) {
      List<String> rows = new ArrayList<>();
      int size = 1 + rnd.nextInt(5);
      String id = "H" + h;
      String amounts = (1000 * rnd.nextInt(10)) + ",1180," + (rnd.nextBoolean() ? "0" : "300.5") + ",4205,1000";
      String flags = rnd.nextBoolean() ? "是,1" : "是,";
      for (int i = 0; i < size; i++) {
        person++;
        String relation = i == 0 ? "户主" : i == 1 ? "配偶" : "之子";
        rows.add("51192110520" + (1 + h % 3) + "," + id + ",P" + person + "," + relation + ",,,,2015,"
            + amounts + "," + flags);
      }
      int fault = rnd.nextInt(8);
      int at = rnd.nextInt(size);
      String row = rows.get(at);
      switch (fault) {
        case 0:
          rows.set(at, row.replace(",2015,", ",2016,"));
          break;
        case 1:
          rows.set(at, row.replaceFirst(",(配偶|之子|户主),", ",户主,"));
          break;
        case 2:
          rows.set(at, row.replace(",1180,", ",1180.123,"));
          break;
        case 3:
          rows.set(at, row.replace("," + flags, ",否,"));
          break;
        case 4:
          rows.set(at, row.replace("," + id + ",", ",,"));
          break;
        default:
          break;
      }
      households.add(rows);
    }
    return households;
  }

  /** The rows in a random order that keeps each household's rows in their order. */
  private static List<String> interleave(List<List<String>> households, Random rnd) {
    List<List<String>> left = new ArrayList<>();
    for (List<String> h : households) {
      left.add(new ArrayList<>(h));
    }
    List<String> rows = new ArrayList<>();
    while (!left.isEmpty()) {
      int i = rnd.nextInt(left.size());
      rows.add(left.get(i).remove(0));
      if (left.get(i).isEmpty()) {
        left.remove(i);
      }
    }
    return rows;
  }

  /** What an import says, line numbers left out. */
  private static Map<String, Object> outcome(RosterImport r) {
    Map<String, Object> outcome = new HashMap<>();
    outcome.put("read", r.rowsRead());
    outcome.put("rejected", r.rowsRejected());
    outcome.put("complete", r.households().stream().collect(Collectors.toMap(Household::id, h -> h)));
    outcome.put("incomplete", r.incomplete().stream().collect(Collectors.toMap(IncompleteHousehold::id,
        i -> i.rows() + " " + i.village() + " " + i.errors().stream()
            .map(e -> e.column() + ": " + e.reason().replaceAll("line \\d+", "line #")).sorted()
            .collect(Collectors.toList()))));
    outcome.put("errors", r.errors().stream().map(e -> e.column()).sorted().collect(Collectors.toList()));
    return outcome;
  }
}
