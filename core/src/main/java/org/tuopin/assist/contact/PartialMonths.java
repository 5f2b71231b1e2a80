package org.tuopin.assist.contact;

/**
 * How a {@link ContactRequirement} treats a calendar month that the period checked covers
 * only in part, such as March in a period starting on 15 March.
 */
public enum PartialMonths {
  /**
   * Judged on the days inside the period: without enough contacts on those days, the month
   * is missed.
   */
  JUDGED,
  /**
   * Met when enough contacts fall on the days inside the period; otherwise not judged
   * ({@link MonthStatus#PARTIAL}), since part of the month lies outside the period.
   */
  NOT_JUDGED
}
