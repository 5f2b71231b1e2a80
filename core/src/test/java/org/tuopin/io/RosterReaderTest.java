package org.tuopin.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.Relation;
import org.tuopin.registry.Sex;

class RosterReaderTest {

  private static final String HEADER = "village_code,household_id,person_id,relation,sex,birth_date,id_number,"
      + "income_year,wage_income,business_income,property_income,transfer_income,business_expense,food,housing";
  private static final String HEADER_ZH = "行政区划代码,户编号,人编号,与户主关系,性别,出生日期,证件号码,"
      + "收入年度,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出,不愁吃,住房安全有保障";

  private static RosterImport read(String csv) throws IOException {
    return RosterReader.create().read(new StringReader(csv), "test.csv");
  }

  private static String rows(String header, String... rows) {
    return header + "\n" + String.join("\n", rows) + "\n";
  }

  private static final String H1_A = "511921105201,H1,P1,户主,女,1949-12-31,11010519491231002X,2015,6000,1180,6000,4205,1000,是,1";
  private static final String H1_B = "511921105201,H1,P2,配偶,男,,,2015,6000,1180,6000,4205,1000,是,1";
  private static final String H1_C = "511921105201,H1,P3,之子,,,,2015,6000,1180,6000,4205,1000,是,1";
  private static final String H1_D = "511921105201,H1,P4,之女,,,,2015,6000,1180,6000,4205,1000,是,1";
  private static final String H2 = "511921105202,H2,P5,户主,,,,2016,3000.5,0,0,0,0,否,";

  @Test
  void test_read_buildsHouseholdsWithDomainWorkedIncome() throws IOException {
    RosterImport r = read(rows(HEADER, H1_A, H1_B, H1_C, H1_D, H2));
    assertThat(r.rowsRead()).isEqualTo(5);
    assertThat(r.rowsRejected()).isZero();
    assertThat(r.errors()).isEmpty();
    assertThat(r.households()).hasSize(2);
    Household h1 = r.household(HouseholdId.of("H1")).orElseThrow();
    assertThat(h1.size()).isEqualTo(4);
    assertThat(h1.perCapitaNetIncome()).isEqualTo(Yuan.parse("4096.25"));
    assertThat(h1.householder().sex()).contains(Sex.FEMALE);
    assertThat(h1.householder().residentId()).isPresent();
    assertThat(h1.condition(Conditions.FOOD)).isEqualTo(Tristate.MET);
    assertThat(h1.condition(Conditions.HOUSING)).isEqualTo(Tristate.MET);
    assertThat(h1.condition(Conditions.WATER)).isEqualTo(Tristate.UNKNOWN);
    Household h2 = r.household(HouseholdId.of("H2")).orElseThrow();
    assertThat(h2.condition(Conditions.FOOD)).isEqualTo(Tristate.NOT_MET);
    assertThat(h2.condition(Conditions.HOUSING)).isEqualTo(Tristate.UNKNOWN);
    assertThat(h2.income().wage()).isEqualTo(Yuan.parse("3000.50"));
  }

  @Test
  void test_read_chineseHeadersAndByteOrderMark_giveTheSameHouseholds() throws IOException {
    RosterImport en = read(rows(HEADER, H1_A, H1_B, H1_C, H1_D, H2));
    RosterImport zh = read("\uFEFF" + rows(HEADER_ZH, H1_A, H1_B, H1_C, H1_D, H2));
    assertThat(zh.households()).isEqualTo(en.households());
    assertThat(zh.unknownColumns()).isEmpty();
  }

  @Test
  void test_read_columnOrderIsFree_andUnknownColumnsAreKeptAside() throws IOException {
    String csv = "备注,household_id,relation,person_id,village_code,income_year,wage_income,business_income,"
        + "property_income,transfer_income,business_expense\n"
        + "\"any, text\",H9,户主,P9,511921105201,2017,100,0,0,0,0\n";
    RosterImport r = read(csv);
    assertThat(r.unknownColumns()).containsExactly("备注");
    assertThat(r.households()).hasSize(1);
    assertThat(r.households().get(0).householder().relation()).isEqualTo(Relation.HOUSEHOLDER);
  }

  @Test
  void test_read_badIdRejectsTheRow_andLeavesTheHouseholdIncomplete() throws IOException {
    String bad = H1_A.replace("11010519491231002X", "110105194912310021");
    RosterImport r = read(rows(HEADER, bad, H1_B, H1_C, H1_D, H2));
    assertThat(r.rowsRead()).isEqualTo(5);
    assertThat(r.rowsRejected()).isEqualTo(1);
    assertThat(r.rowsAccepted()).isEqualTo(4);
    assertThat(r.errors()).hasSize(1);
    RowError e = r.errors().get(0);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo("id_number");
    assertThat(e.toString()).startsWith("line 2, column id_number: ").contains("check")
        .doesNotContain("110105194912310021");
    assertThat(r.household(HouseholdId.of("H1"))).isEmpty();
    IncompleteHousehold i = r.incompleteHousehold(HouseholdId.of("H1")).orElseThrow();
    assertThat(i.rows()).isEqualTo(4);
    assertThat(i.village()).map(Object::toString).contains("511921105201");
    assertThat(r.householdIds()).extracting(Object::toString).containsExactly("H1", "H2");
  }

  @Test
  void test_read_householdRowsMustAgree_disagreementRejectsEveryRowNamingTheColumn() throws IOException {
    String other = H1_B.replace(",6000,1180,", ",600,1180,");
    RosterImport r = read(rows(HEADER, H1_A, other, H2));
    assertThat(r.rowsRejected()).isEqualTo(2);
    assertThat(r.errors()).extracting(RowError::line).containsExactly(2L, 3L);
    assertThat(r.errors()).allSatisfy(e -> {
      assertThat(e.column()).isEqualTo("wage_income");
      assertThat(e.reason()).contains("H1", "6000.00 on line 2", "600.00 on line 3");
    });
    assertThat(r.incomplete()).extracting(IncompleteHousehold::id).extracting(Object::toString).containsExactly("H1");
  }

  @Test
  void test_read_emptyAgainstGivenFlag_isADisagreement() throws IOException {
    RosterImport r = read(rows(HEADER, H1_A, H1_B.replace(",是,1", ",是,")));
    assertThat(r.errors()).extracting(RowError::column).containsOnly("housing");
  }

  @Test
  void test_read_noHouseholderOrTwo_rejectsTheHouseholdsRows() throws IOException {
    RosterImport none = read(rows(HEADER, H1_B, H1_C));
    assertThat(none.rowsRejected()).isEqualTo(2);
    assertThat(none.errors()).allSatisfy(e -> assertThat(e.reason()).contains("exactly one householder"));
    RosterImport two = read(rows(HEADER, H1_A, H1_B.replace("配偶", "户主")));
    assertThat(two.rowsRejected()).isEqualTo(2);
    assertThat(two.errors()).allSatisfy(e -> assertThat(e.column()).isEqualTo("relation"));
  }

  @Test
  void test_read_eachBadValueIsNamed() throws IOException {
    RosterImport r = read(rows(HEADER,
        "5119211052,H3,P6,户主,,,,2015,0,0,0,0,0,,",
        "511921105201,H4,P7,户主,,2019-02-30,,2015,0,0,0,0,0,,",
        "511921105201,H5,P8,户主,,,,2015,1.234,0,0,0,0,,",
        "511921105201,H6,P9,户主,,,,2015,-5,0,0,0,0,,",
        "511921105201,H7,P10,户主,,,,2015,0,0,0,0,0,可能,",
        "511921105201,H8,P11,户主,,,,,0,0,0,0,0,,",
        "511921105201,H9,P11,户主,,,,2015,0,0,0,0,0,,",
        "511921105201,H10,P12,外星人,,,,2015,0,0,0,0,0,,"));
    assertThat(r.rowsRead()).isEqualTo(8);
    assertThat(r.rowsRejected()).isEqualTo(8);
    assertThat(r.errors()).extracting(RowError::toString).satisfiesExactly(
        e -> assertThat(e).startsWith("line 2, column village_code: ").contains("12 digits"),
        e -> assertThat(e).startsWith("line 3, column birth_date: ").contains("real date").doesNotContain("2019-02-30"),
        e -> assertThat(e).startsWith("line 4, column wage_income: ").contains("1.234"),
        e -> assertThat(e).startsWith("line 5, column wage_income: ").contains("negative"),
        e -> assertThat(e).startsWith("line 6, column food: ").contains("可能"),
        e -> assertThat(e).startsWith("line 7, column income_year: ").contains("required"),
        e -> assertThat(e).startsWith("line 8, column person_id: ").contains("'P**'", "line 7"),
        e -> assertThat(e).startsWith("line 9, column relation: ").contains("'外**'").doesNotContain("外星人"));
    assertThat(r.incomplete()).hasSize(8);
  }

  @Test
  void test_read_incomeYearOutsideTheStandard_isAcceptedAndAssessedNotCovered() throws IOException {
    RosterImport r = read(rows(HEADER, H1_A, H1_B, H2.replace(",2016,", ",2023,")));
    assertThat(r.rowsRejected()).isZero();
    org.tuopin.standard.StandardSet national = org.tuopin.testing.Fixtures.exitStandard();
    assertThat(r.assess(national).get(0).verdict()).isNotEqualTo(org.tuopin.standard.Verdict.NOT_COVERED);
    assertThat(r.assess(national).get(1).verdict()).isEqualTo(org.tuopin.standard.Verdict.NOT_COVERED);
    assertThat(r.assess(national).get(1).household()).isPresent();
    assertThat(r.compare(java.util.List.of(national)).notCovered(national.id())).isEqualTo(1);
  }

  @Test
  void test_read_wrongFieldCount_rejectsTheRow_andStillMarksItsHousehold() throws IOException {
    RosterImport r = read(rows(HEADER, H1_A, H1_B + ",extra"));
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).isEqualTo("*");
    });
    assertThat(r.incomplete()).hasSize(1);
  }

  @Test
  void test_read_missingRequiredColumn_isAFormatErrorNamingIt() {
    assertThatThrownBy(() -> read("village_code,household_id,person_id,relation\n"))
        .isInstanceOf(RosterFormatException.class)
        .hasMessageContaining("income_year (收入年度)").hasMessageContaining("wage_income");
  }

  @Test
  void test_read_columnHeadedTwice_isAFormatError() {
    assertThatThrownBy(() -> read(HEADER + ",工资性收入\n"))
        .isInstanceOf(RosterFormatException.class).hasMessageContaining("wage_income");
  }

  @Test
  void test_read_flagForms() {
    for (String yes : new String[] {"是", "1", "TRUE", "Yes"}) {
      assertThat(RosterReader.flag(yes)).isEqualTo(Tristate.MET);
    }
    for (String no : new String[] {"否", "0", "false", "NO"}) {
      assertThat(RosterReader.flag(no)).isEqualTo(Tristate.NOT_MET);
    }
    assertThatThrownBy(() -> RosterReader.flag("maybe")).hasMessageContaining("'maybe'");
  }
}
