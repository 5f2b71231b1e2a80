package org.tuopin.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.testing.Fixtures;

class IncomeLineTest {

  private static final Text NAME = Text.of("国家农村贫困标准", "national line");
  private static final Provenance NBS = Provenance.of("NBS", true);

  private static IncomeLine.Entry entry(int year, long yuan) {
    return new IncomeLine.Entry(year, Yuan.of(yuan), NBS);
  }

  @Test
  public void test_nationalLine_figuresOfTheDomain() {
    IncomeLine line = Fixtures.nationalLine();
    assertThat(line.years()).isEqualTo(YearRange.of(2010, 2019));
    assertThat(line.amount(2010)).isEqualTo(Yuan.of(2300));
    assertThat(line.amount(2013)).isEqualTo(Yuan.of(2736));
    assertThat(line.amount(2015)).isEqualTo(Yuan.of(2855));
    assertThat(line.entry(2015).provenance().isConfirmed()).isTrue();
    assertThat(line.entry(2017).provenance().isConfirmed()).isFalse();
    assertThat(line.entries()).hasSize(10);
    assertThat(line.entries().firstKey()).isEqualTo(2010);
  }

  @Test
  public void test_of_sortsTheYears() {
    Map<Integer, IncomeLine.Entry> entries = new java.util.HashMap<>();
    entries.put(2016, entry(2016, 2952));
    entries.put(2014, entry(2014, 2800));
    entries.put(2015, entry(2015, 2855));
    IncomeLine line = IncomeLine.of(NAME, entries);
    assertThat(line.entries().keySet()).containsExactly(2014, 2015, 2016);
    assertThat(line.years()).isEqualTo(YearRange.of(2014, 2016));
    assertThat(line).hasToString("national line 2014-2016");
  }

  @Test
  public void test_of_rejectsAGapNamingTheMissingYear() {
    Map<Integer, IncomeLine.Entry> entries = new TreeMap<>();
    entries.put(2010, entry(2010, 2300));
    entries.put(2011, entry(2011, 2536));
    entries.put(2013, entry(2013, 2736));
    assertThatIllegalArgumentException().isThrownBy(() -> IncomeLine.of(NAME, entries))
        .withMessageContaining("national line").withMessageContaining("2012").withMessageContaining("contiguous");
  }

  @Test
  public void test_of_rejectsNoYears() {
    assertThatIllegalArgumentException().isThrownBy(() -> IncomeLine.of(NAME, Map.of()))
        .withMessageContaining("at least one year");
  }

  @Test
  public void test_of_rejectsAnEntryFiledUnderAnotherYear() {
    assertThatIllegalArgumentException().isThrownBy(() -> IncomeLine.of(NAME, Map.of(2015, entry(2016, 2952))))
        .withMessageContaining("2016").withMessageContaining("2015");
  }

  @Test
  public void test_of_rejectsNulls() {
    assertThatNullPointerException().isThrownBy(() -> IncomeLine.of(null, Map.of(2015, entry(2015, 2855))))
        .withMessage("name");
  }

  @Test
  public void test_entry_rejectsANonPositiveAmount() {
    assertThatIllegalArgumentException().isThrownBy(() -> new IncomeLine.Entry(2015, Yuan.ZERO, NBS))
        .withMessageContaining("positive").withMessageContaining("2015");
    assertThatIllegalArgumentException().isThrownBy(() -> new IncomeLine.Entry(2015, Yuan.of(-1), NBS))
        .withMessageContaining("-¥1.00");
    assertThatNullPointerException().isThrownBy(() -> new IncomeLine.Entry(2015, null, NBS)).withMessage("amount");
    assertThatNullPointerException().isThrownBy(() -> new IncomeLine.Entry(2015, Yuan.of(1), null))
        .withMessage("provenance");
  }

  @Test
  public void test_entry_equalsAndHashCode() {
    assertThat(entry(2015, 2855)).isEqualTo(entry(2015, 2855)).hasSameHashCodeAs(entry(2015, 2855))
        .isNotEqualTo(entry(2016, 2855)).isNotEqualTo(entry(2015, 2856))
        .isNotEqualTo(new IncomeLine.Entry(2015, Yuan.of(2855), Provenance.of("NBS", false)));
  }

  @Test
  public void test_amount_rejectsYearsOutsideTheLineNamingYearAndRange() {
    IncomeLine line = Fixtures.nationalLine();
    assertThatIllegalArgumentException().isThrownBy(() -> line.amount(2020))
        .withMessageContaining("2020").withMessageContaining("2010-2019");
    assertThatIllegalArgumentException().isThrownBy(() -> line.entry(2009))
        .withMessageContaining("2009").withMessageContaining("2010-2019");
    assertThat(line.find(2020)).isEmpty();
    assertThat(line.find(2019)).hasValueSatisfying(e -> assertThat(e.amount()).isEqualTo(Yuan.of(3218)));
  }

  @Test
  public void test_constant_oneFigureForEveryYear() {
    IncomeLine line = IncomeLine.constant(Text.of("长沙", "Changsha"), Yuan.of(4000), YearRange.of(2015, 2017),
        Provenance.of("seed 001", true));
    assertThat(line.years()).isEqualTo(YearRange.of(2015, 2017));
    for (int y = 2015; y <= 2017; y++) {
      assertThat(line.amount(y)).isEqualTo(Yuan.of(4000));
      assertThat(line.entry(y).year()).isEqualTo(y);
    }
  }

  // ---------------------------------------------------------------------------------- CSV

  @Test
  public void test_readCsv_readsASmallTable() {
    String csv = "year,amount,confirmed,source\n"
        + "2015,2855,true,NBS\n"
        + "2016,2952.00,TRUE,\"NBS, 2017 yearbook\"\n"
        + "2017,\"2,952\",false, data-check script \n";
    IncomeLine line = IncomeLine.readCsv(NAME, new StringReader(csv));
    assertThat(line.years()).isEqualTo(YearRange.of(2015, 2017));
    assertThat(line.amount(2015)).isEqualTo(Yuan.of(2855));
    assertThat(line.amount(2016)).isEqualTo(Yuan.of(2952));
    assertThat(line.amount(2017)).isEqualTo(Yuan.of(2952));
    assertThat(line.entry(2016).provenance()).isEqualTo(Provenance.of("NBS, 2017 yearbook", true));
    assertThat(line.entry(2017).provenance()).isEqualTo(Provenance.of("data-check script", false));
    assertThat(line.name()).isEqualTo(NAME);
  }

  @Test
  public void test_readCsv_readsColumnsInAnyOrder() {
    String csv = "source,year,confirmed,amount\nNBS,2015,true,2855\n";
    assertThat(IncomeLine.readCsv(NAME, new StringReader(csv)).amount(2015)).isEqualTo(Yuan.of(2855));
  }

  @Test
  public void test_readCsv_reportsTheLineOfABadAmount() {
    String csv = "year,amount,confirmed,source\n2015,2855,true,NBS\n2016,29.521,true,NBS\n";
    assertThatIllegalArgumentException().isThrownBy(() -> IncomeLine.readCsv(NAME, new StringReader(csv)))
        .withMessageContaining("national line").withMessageContaining("line 3").withMessageContaining("29.521");
  }

  @Test
  public void test_readCsv_reportsTheLineOfABadYear() {
    String csv = "year,amount,confirmed,source\n2015,2855,true,NBS\n2016,2952,true,NBS\n二〇一七,2952,false,x\n";
    assertThatIllegalArgumentException().isThrownBy(() -> IncomeLine.readCsv(NAME, new StringReader(csv)))
        .withMessageContaining("line 4");
  }

  @Test
  public void test_readCsv_reportsTheLineOfABadConfirmedFlag() {
    String csv = "year,amount,confirmed,source\n2015,2855,yes,NBS\n";
    assertThatIllegalArgumentException().isThrownBy(() -> IncomeLine.readCsv(NAME, new StringReader(csv)))
        .withMessageContaining("line 2").withMessageContaining("confirmed must be true or false").withMessageContaining("'yes'");
  }

  @Test
  public void test_readCsv_reportsTheLineOfAMissingColumn() {
    String csv = "year,amount,confirmed,source\n2015,2855,true,NBS\n2016,2952\n";
    assertThatIllegalArgumentException().isThrownBy(() -> IncomeLine.readCsv(NAME, new StringReader(csv)))
        .withMessageContaining("line 3");
  }

  @Test
  public void test_readCsv_reportsTheLineOfADuplicateYear() {
    String csv = "year,amount,confirmed,source\n2015,2855,true,NBS\n2015,2856,true,NBS\n";
    assertThatIllegalArgumentException().isThrownBy(() -> IncomeLine.readCsv(NAME, new StringReader(csv)))
        .withMessageContaining("line 3").withMessageContaining("2015").withMessageContaining("twice");
  }

  @Test
  public void test_readCsv_reportsTheLineOfABlankSourceAndANonPositiveAmount() {
    assertThatIllegalArgumentException().isThrownBy(() -> IncomeLine.readCsv(NAME,
        new StringReader("year,amount,confirmed,source\n2015,2855,true,  \n"))).withMessageContaining("line 2");
    assertThatIllegalArgumentException().isThrownBy(() -> IncomeLine.readCsv(NAME,
        new StringReader("year,amount,confirmed,source\n2015,0,true,NBS\n"))).withMessageContaining("line 2")
        .withMessageContaining("positive");
  }

  @Test
  public void test_readCsv_rejectsAGap() {
    String csv = "year,amount,confirmed,source\n2014,2800,true,NBS\n2016,2952,true,NBS\n";
    assertThatIllegalArgumentException().isThrownBy(() -> IncomeLine.readCsv(NAME, new StringReader(csv)))
        .withMessageContaining("2015").withMessageContaining("contiguous");
  }

  @Test
  public void test_readCsv_rejectsAnEmptyTable() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> IncomeLine.readCsv(NAME, new StringReader("year,amount,confirmed,source\n")))
        .withMessageContaining("at least one year");
  }

  // ---------------------------------------------------------------------------------- provenance

  @Test
  public void test_provenance() {
    Provenance p = Provenance.of("  NBS  ", true);
    assertThat(p.source()).isEqualTo("NBS");
    assertThat(p.isConfirmed()).isTrue();
    assertThat(p).hasToString("NBS").isEqualTo(Provenance.of("NBS", true)).hasSameHashCodeAs(Provenance.of("NBS", true))
        .isNotEqualTo(Provenance.of("NBS", false));
    assertThat(Provenance.of("script", false)).hasToString("script (unconfirmed)");
    assertThatIllegalArgumentException().isThrownBy(() -> Provenance.of(" ", true)).withMessageContaining("blank");
    assertThatNullPointerException().isThrownBy(() -> Provenance.of(null, true)).withMessage("source");
  }
}
