package org.tuopin.assist.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tuopin.basics.Language;
import org.tuopin.region.RegionCode;

/** Batch counts from published figures: seed 004's 五个一批 of 姜驿乡 against its registered poor. */
class BatchCountsTest {

  /** 元谋县 姜驿乡: the township part is illustrative; seed 004 gives no codes. */
  private static final RegionCode JIANGYI = RegionCode.parse("532328201000");

  private static BatchCounts jiangyi() {
    Map<Strategy, Headcount> counts = new LinkedHashMap<>();
    counts.put(Strategies.PRODUCTION, Headcount.parse("841户2778人"));
    counts.put(Strategies.RELOCATION, Headcount.parse("460户1595人"));
    counts.put(Strategies.EDUCATION, Headcount.parse("91户341人"));
    counts.put(Strategies.ECOLOGICAL_COMPENSATION, Headcount.parse("115户443人"));
    counts.put(Strategies.SOCIAL_SECURITY, Headcount.parse("101户309人"));
    return BatchCounts.of(JIANGYI, counts, Headcount.parse("1436户5000人"));
  }

  @Test
  void test_seed004_batchesExceedTheRegisteredPoorSoSomeAreCountedTwice() {
    BatchCounts c = jiangyi();
    assertThat(c.sum()).isEqualTo(Headcount.of(1608, 5466));
    assertThat(c.excess()).contains(Headcount.of(172, 466));
    assertThat(c.unbatched()).contains(Headcount.ZERO);
    assertThat(c.minimumOverlappingHouseholds()).hasValue(43);
    assertThat(c.count(Strategies.RELOCATION)).isEqualTo(Headcount.of(460, 1595));
    assertThat(c.explain(Language.ZH)).contains("532328201000", "易地搬迁脱贫一批  460户1595人",
        "合计 1608户5466人；建档立卡 1436户5000人；多计 172户466人（至少 43 户计入多个批次）");
    assertThat(c.explain(Language.EN))
        .contains("excess 172 households, 466 people (at least 43 households in more than one batch)");
  }

  @Test
  void test_withoutARegisteredFigure_noExcessIsClaimed() {
    BatchCounts c = BatchCounts.builder().putCounts(Strategies.PRODUCTION, Headcount.of(3, 9)).build();
    assertThat(c.excess()).isEmpty();
    assertThat(c.minimumOverlappingHouseholds()).isEmpty();
    assertThat(c.count(Strategies.EDUCATION)).isEqualTo(Headcount.ZERO);
    assertThat(c.explain(Language.EN))
        .isEqualTo("  out of poverty through production  3 households, 9 people\n  sum 3 households, 9 people");
  }

  @Test
  void test_minimumOverlap_isTheExcessSpreadOverEveryOtherBatch() {
    Map<Strategy, Headcount> two = Map.of(Strategies.PRODUCTION, Headcount.of(10, 10),
        Strategies.EDUCATION, Headcount.of(5, 5));
    assertThat(BatchCounts.of(JIANGYI, two, Headcount.of(12, 12)).minimumOverlappingHouseholds()).hasValue(3);
    assertThat(BatchCounts.of(JIANGYI, two, Headcount.of(20, 20)).minimumOverlappingHouseholds()).hasValue(0);
    assertThat(BatchCounts.of(JIANGYI, two, Headcount.of(20, 20)).unbatched()).contains(Headcount.of(5, 5));
    Map<Strategy, Headcount> one = Map.of(Strategies.PRODUCTION, Headcount.of(10, 10));
    assertThat(BatchCounts.of(JIANGYI, one, Headcount.of(8, 8)).minimumOverlappingHouseholds()).hasValue(0);
  }

  @Test
  void test_headcount_parsesAndPrintsTheTextsForm() {
    assertThat(Headcount.parse(" 5000 户 1436 人 ")).isEqualTo(Headcount.of(5000, 1436));
    assertThat(Headcount.of(841, 2778)).hasToString("841户2778人");
    assertThat(Headcount.parse(Headcount.of(0, 0).toString())).isSameAs(Headcount.ZERO);
    assertThat(Headcount.of(1, 2).plus(Headcount.of(3, 4))).isEqualTo(Headcount.of(4, 6));
    assertThat(Headcount.of(1, 2).plusHousehold(5)).isEqualTo(Headcount.of(2, 7));
    assertThat(Headcount.of(1, 2)).isEqualTo(Headcount.of(1, 2)).hasSameHashCodeAs(Headcount.of(1, 2))
        .isNotEqualTo(Headcount.of(2, 1));
    assertThatThrownBy(() -> Headcount.parse("841 households")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'841 households'");
    assertThatThrownBy(() -> Headcount.of(-1, 0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1户0人");
    assertThatThrownBy(() -> Headcount.parse(null)).isInstanceOf(NullPointerException.class);
  }
}
