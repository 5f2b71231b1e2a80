package org.tuopin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.tuopin.assist.batch.Headcount;
import org.tuopin.assist.pairing.Quota;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Ratio;
import org.tuopin.basics.Unit;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.indicator.Indicator;
import org.tuopin.measure.MpiIndicator;
import org.tuopin.plan.Scope;
import org.tuopin.region.RegionCode;
import org.tuopin.region.Zone;
import org.tuopin.standard.StandardSetId;

/**
 * The parsers outside the import path (basics, region, standard, indicator, plan, assist,
 * measure) quote a bad value through {@link Redaction#quote(String)}: at most 60 characters,
 * the length after it, control characters escaped, ID-like runs masked.
 */
class ParserQuoteTest {

  private static final String ID = "11010519491231002X";
  /** A long value carrying a newline, a name and a resident ID. */
  private static final String BAD = "张三丰 " + ID + "\nsecond line " + "x".repeat(10_000);

  @Test
  void test_everyParser_quotesABadValueRedactedOnOneShortLine() {
    List<Consumer<String>> parsers = List.of(Scope::parse, Quota::parse, Headcount::parse, DateRange::parse,
        Comparison::parse, Yuan::parse, YearRange::parse, Ratio::parse, Quantity::parse, Unit::parse,
        RegionCode::parse, Zone::parse, StandardSetId::of, Indicator::parse, MpiIndicator::parseFraction);
    for (Consumer<String> parser : parsers) {
      IllegalArgumentException ex = catchThrowableOfType(IllegalArgumentException.class, () -> parser.accept(BAD));
      assertThat(ex).as(parser.toString()).isNotNull();
      String message = ex.getMessage();
      assertThat(message).as(message).doesNotContain("\n").doesNotContain(ID).doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
          .contains("…(" + BAD.length() + " characters)").contains("\\n").hasSizeLessThan(400);
    }
  }
}
