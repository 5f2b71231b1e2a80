package org.tuopin.assist.contact;

import org.tuopin.basics.Text;

/**
 * How one pair did in one calendar month against a {@link ContactRequirement}.
 */
public enum MonthStatus {
  /** Enough contacts in the month, within the period (达标). */
  MET("达标", "met"),
  /** Not enough contacts in a month that is judged (未达标). */
  MISSED("未达标", "missed"),
  /** Not enough contacts in a month only partly inside the period, which is not judged (不足整月). */
  PARTIAL("不足整月，未判定", "part month, not judged");

  private final Text label;

  MonthStatus(String zh, String en) {
    this.label = Text.of(zh, en).keyed("MonthStatus." + name());
  }

  /**
   * Returns the label.
   *
   * @return the label in Chinese and English, not null
   */
  public Text label() {
    return label;
  }
}
