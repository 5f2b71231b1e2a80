package org.tuopin.plan;

import org.tuopin.basics.Labelled;
import org.tuopin.internal.Codes;

/**
 * Where a target stands at a date (进度状态). The status is as of the end of the day: a
 * target not met by the end of its deadline is missed.
 */
public enum TargetStatus implements Labelled {
  /** The date is before the plan's period starts (未开始). */
  NOT_STARTED("未开始", "not started"),
  /** Not yet met, but at or past the value expected at the date (进度正常). */
  ON_TRACK("进度正常", "on track"),
  /** Not yet met and short of the value expected at the date (进度滞后). */
  BEHIND("进度滞后", "behind"),
  /** Met: by the date, or by the deadline once it has passed (已完成). */
  ACHIEVED("已完成", "achieved"),
  /** The deadline has passed and the value at the deadline did not meet the target (逾期未完成). */
  MISSED("逾期未完成", "missed"),
  /** No observation on or before the date (or, once the deadline has passed, on or before it) (无数据). */
  NO_DATA("无数据", "no data");

  TargetStatus(String zh, String en) {
    Codes.define(this, zh, en);
  }

  /**
   * Returns the key, as used in JSON ({@code on_track}).
   *
   * @return the key, not null
   */
  public String key() {
    return Codes.key(this);
  }
}
