package org.tuopin.indicator;

import org.tuopin.basics.Text;

/**
 * How an indicator's figures for the regions below add up to the figure of the region
 * above (汇总方式): how a roll-up sums its regions, how decomposed targets are checked and how
 * actuals roll up a plan tree.
 */
public enum Aggregation {
  /** The sum of the parts (求和): people exited, kilometres built, money invested. */
  SUM("求和", "sum"),
  /** The largest part (取最大值). */
  MAX("取最大值", "maximum"),
  /** The smallest part (取最小值). */
  MIN("取最小值", "minimum"),
  /**
   * A rate of sums (比率): the summed numerator over the summed denominator, never an average
   * of rates, as poverty incidence is remaining poor people over rural population.
   */
  RATE("比率", "rate of sums"),
  /** Not aggregated (不汇总): a region's figure is observed, never derived, as per-capita income. */
  NONE("不汇总", "not aggregated");

  private final String zh;
  private final String en;

  Aggregation(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * Returns the name.
   *
   * @return the name in Chinese and English, not null
   */
  public Text label() {
    return Text.of(zh, en);
  }
}
