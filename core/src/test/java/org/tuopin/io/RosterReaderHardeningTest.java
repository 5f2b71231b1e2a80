package org.tuopin.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tuopin.registry.HouseholdId;

/**
 * The number rules and the error text of the roster reader: every bad value a rejected row
 * with its line and column, no value echoed whole, no personal data in an error.
 */
class RosterReaderHardeningTest {

  private static final String HEADER = "village_code,household_id,person_id,name,id_number,relation,sex,birth_date,"
      + "health,income_year,wage_income,business_income,property_income,transfer_income,business_expense";

  private static RosterImport read(String... rows) throws IOException {
    return RosterReader.create().read(new StringReader(HEADER + "\n" + String.join("\n", rows) + "\n"), "t.csv");
  }

  private static String row(String person, String name, String id, String relation, String sex, String birth,
      String year, String wage) {
    return String.join(",", "511921105201", "H1", person, name, id, relation, sex, birth, "健康", year, wage,
        "0", "0", "0", "0");
  }

  private static String good(String wage) {
    return row("P1", "张三丰", "11010519491231002X", "户主", "男", "1949-12-31", "2015", wage);
  }

  @Test
  void test_amountAboveThePlausibleCap_isARejectedRowNamingLineAndColumn() throws IOException {
    RosterImport r = read(good("92233720368547758.07"), good("100000000.01").replace("P1", "P2").replace(",H1,", ",H2,"),
        good("100000000").replace("P1", "P3").replace(",H1,", ",H3,"));
    assertThat(r.rowsRejected()).isEqualTo(2);
    assertThat(r.errors()).extracting(Object::toString).satisfiesExactly(
        e -> assertThat(e).startsWith("line 2, column wage_income: ").contains("too long"),
        e -> assertThat(e).startsWith("line 3, column wage_income: ").contains("at most 100000000.00 yuan"));
    assertThat(r.household(HouseholdId.of("H3"))).isPresent();
  }

  @Test
  void test_hugeAmount_isRejectedByLengthAtOnce() throws IOException {
    String huge = "9".repeat(10_000_000);
    long start = System.nanoTime();
    RosterImport r = read(good(huge));
    assertThat(System.nanoTime() - start).isLessThan(20_000_000_000L);
    String e = r.errors().get(0).toString();
    assertThat(e).startsWith("line 2, column wage_income: ").contains("…(10000000 characters)").hasSizeLessThan(300);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,234.50", "+250", "１２３", "1e5", "12.", ".5", "1.234", " 1 2", "0x10", "١٢٣"})
  void test_oneNumberRule_rejectsEveryOtherForm(String amount) throws IOException {
    RosterImport r = read(good("\"" + amount + "\""));
    assertThat(r.rowsRejected()).isEqualTo(1);
    assertThat(r.errors().get(0).column()).isEqualTo("wage_income");
  }

  @ParameterizedTest
  @ValueSource(strings = {"２０１５", "+2015", "2015.0", "20150"})
  void test_oneNumberRule_holdsForIncomeYear(String year) throws IOException {
    RosterImport r = read(row("P1", "", "", "户主", "", "", year, "0"));
    assertThat(r.rowsRejected()).isEqualTo(1);
    assertThat(r.errors().get(0).column()).isEqualTo("income_year");
  }

  @Test
  void test_personalData_neverInErrorText() throws IOException {
    RosterImport r = read(
        row("511921197008080054", "张三丰", "11010519491231002X", "户主", "欧阳娜娜", "1984-02-30", "2015", "0"),
        row("511921197008080054", "张三丰", "", "配偶", "", "", "2015", "0"),
        row("P3", "张三丰", "张三丰11010519491231002X", "11010519491231002X", "女", "", "2015", "0"),
        row("P4", "李四", "51192119700808", "之子", "", "19700808", "2015", "0"));
    String text = r.errors().toString() + r.incomplete() + r;
    assertThat(text).doesNotContain("511921197008080054", "欧阳", "娜娜", "1984-02-30", "张三丰", "三丰",
        "11010519491231002X", "19491231", "0808", "李四");
    assertThat(r.rowsRejected()).isEqualTo(4);
  }

  @Test
  void test_misalignedRow_quotesNoCell_andStillMarksItsHousehold() throws IOException {
    RosterImport r = read(good("0"), good("0").replace("P1", "P2").replace("户主", "张三丰,配偶"));
    assertThat(r.errors()).extracting(Object::toString)
        .containsExactly("line 3, column *: the row has 16 fields but the header has 15");
    assertThat(r.incompleteHousehold(HouseholdId.of("H1"))).isPresent();
  }

  @Test
  void test_valueWithNewline_staysOnOneLine() throws IOException {
    RosterImport r = read(good("\"12\n34\""));
    assertThat(r.errors()).hasSize(1);
    assertThat(r.errors().get(0).toString()).doesNotContain("\n").contains("'12\\n34'");
  }

  @Test
  void test_counts_andYears_shareTheRule() {
    assertThat(TableValues.count("n", "0012")).isEqualTo(12);
    assertThat(TableValues.year("y", "2015")).isEqualTo(2015);
    assertThat(TableValues.amount("a", "4096.25").fen()).isEqualTo(409625);
    assertThat(TableValues.amount("a", "1370.5").fen()).isEqualTo(137050);
    for (String bad : List.of("１", "+1", "1,000", "1.0", "-1", "")) {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> TableValues.count("n", bad))
          .withMessageStartingWith("n must be a non-negative whole number");
    }
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> TableValues.amount("a", "-300")).withMessage("a must not be negative: '-300'");
  }

  @Test
  void test_householdWithInvalidId_isReportedIncomplete() throws IOException {
    RosterImport r = read(good("0").replace(",H1,", ",\"=HYPERLINK(\"\"x\"\")\","),
        good("0").replace(",H1,", ",\"=HYPERLINK(\"\"x\"\")\",").replace("P1", "P2").replace("户主", "配偶"),
        good("0").replace(",H1,", ",H,002,").replace("P1", "P3"),
        good("0").replace("P1", "P4").replace(",H1,", ",H4,"));
    assertThat(r.householdIds()).extracting(Object::toString)
        .containsExactly("invalid-id-line-2", "H", "H4");
    assertThat(r.incompleteHousehold(HouseholdId.of("invalid-id-line-2")).orElseThrow().rows()).isEqualTo(2);
    assertThat(r.incompleteHousehold(HouseholdId.of("H"))).isPresent();
    assertThat(r.rowsRejected()).isEqualTo(3);
    assertThat(r.errors().toString()).doesNotContain("HYPERLINK");
  }
}
