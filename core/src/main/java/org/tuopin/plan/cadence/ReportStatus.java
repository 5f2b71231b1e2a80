package org.tuopin.plan.cadence;

import org.tuopin.basics.Text;

/**
 * Where a report of a {@link ReportingCalendar} stands at a date.
 */
public enum ReportStatus {
  /** The period it covers has not ended (未到期). */
  UPCOMING("未到期", "upcoming"),
  /** The period has ended and the due date has not passed (待报送). */
  DUE("待报送", "due"),
  /** The due date has passed and it was not submitted (逾期). */
  OVERDUE("逾期未报", "overdue"),
  /** Submitted by its due date (已按期报送). */
  SUBMITTED("已按期报送", "submitted"),
  /** Submitted after its due date (逾期报送). */
  SUBMITTED_LATE("逾期报送", "submitted late");

  private final Text label;

  ReportStatus(String zh, String en) {
    this.label = Text.of(zh, en).keyed("ReportStatus." + name());
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
