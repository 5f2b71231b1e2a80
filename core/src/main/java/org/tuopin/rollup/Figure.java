package org.tuopin.rollup;

import java.util.Optional;
import org.tuopin.basics.Text;

/**
 * A figure reported per region, and how it aggregates up the region hierarchy.
 *
 * <p>Counts are summed from the regions below. Rates are never averaged: a parent's rate
 * is recomputed from its summed numerator and denominator, so a township's incidence is its
 * villages' remaining poor over their summed population.
 */
public enum Figure {
  /** Rural registered population (农村人口), the incidence denominator; summed. */
  POPULATION("population", "农村人口", "rural population"),
  /** Registered poor households (建档立卡贫困户); summed. */
  REGISTERED_HOUSEHOLDS("registered_households", "建档立卡贫困户数", "registered poor households"),
  /** Registered poor people (建档立卡贫困人口); summed. */
  REGISTERED_POOR("registered_poor", "建档立卡贫困人口", "registered poor people"),
  /** Households not eligible to exit (未脱贫户); summed. */
  REMAINING_HOUSEHOLDS("remaining_households", "未脱贫户数", "remaining poor households"),
  /** People of households not eligible to exit (剩余贫困人口); summed. */
  REMAINING_POOR("remaining_poor", "剩余贫困人口", "remaining poor people"),
  /** Households eligible to exit (符合退出条件户数); summed. */
  EXIT_ELIGIBLE_HOUSEHOLDS("exit_eligible_households", "符合退出条件户数", "households eligible to exit"),
  /** People of households eligible to exit (符合退出条件人口); summed. */
  EXIT_ELIGIBLE_PEOPLE("exit_eligible_people", "符合退出条件人口", "people eligible to exit"),
  /** Poverty incidence (贫困发生率): remaining poor ÷ population; a rate of sums. */
  INCIDENCE("incidence", "贫困发生率", "poverty incidence", REMAINING_POOR, POPULATION);

  /** How a figure aggregates from the regions below. */
  public enum Aggregation {
    /** The sum of the parts. */
    SUM,
    /** A numerator figure over a denominator figure, each summed; never an average of rates. */
    RATE_OF_SUMS
  }

  private final String key;
  private final Text label;
  private final Figure numerator;
  private final Figure denominator;

  Figure(String key, String zh, String en) {
    this(key, zh, en, null, null);
  }

  Figure(String key, String zh, String en, Figure numerator, Figure denominator) {
    this.key = key;
    this.label = Text.of(zh, en);
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Returns the key used in reports, such as {@code remaining_poor}.
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the label.
   *
   * @return the label in Chinese and English, not null
   */
  public Text label() {
    return label;
  }

  /**
   * Returns how the figure aggregates.
   *
   * @return {@code SUM} for counts, {@code RATE_OF_SUMS} for rates
   */
  public Aggregation aggregation() {
    return numerator == null ? Aggregation.SUM : Aggregation.RATE_OF_SUMS;
  }

  /**
   * Returns the numerator of a rate.
   *
   * @return the numerator figure, or empty for a count
   */
  public Optional<Figure> numerator() {
    return Optional.ofNullable(numerator);
  }

  /**
   * Returns the denominator of a rate.
   *
   * @return the denominator figure, or empty for a count
   */
  public Optional<Figure> denominator() {
    return Optional.ofNullable(denominator);
  }
}
