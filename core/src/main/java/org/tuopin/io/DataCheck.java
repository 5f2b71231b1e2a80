package org.tuopin.io;

/**
 * The national data checks of the registration record (建档立卡), run on every roster read:
 * each names data that is likely wrong, as a {@link DataWarning} kept apart from the rejected
 * rows. A warning never rejects a row and never changes a verdict.
 *
 * <p>Each check has a key, used in messages and in the counts of {@link DataChecks}.
 */
public enum DataCheck {
  /** 因病 as the primary cause, yet every member is 健康 (each row's health given and healthy). */
  ILLNESS_ALL_HEALTHY("illness_all_healthy", "因病但成员均健康", "primary cause 因病 but every member healthy"),
  /**
   * A 特困 household (特困供养贫困户, 特困供养脱贫户, 低保特困供养贫困户) with an able-bodied member
   * (普通劳动力 or 技能劳动力) aged 16 to 65 at the end of the income year.
   */
  DESTITUTE_ABLE_BODIED("destitute_able_bodied", "特困户有16至65岁劳动力", "特困 household with an able-bodied member aged 16-65"),
  /** Per-capita net income at most 0, or above 100,000 yuan. */
  PER_CAPITA_INCOME("per_capita_income", "人均纯收入不大于0或超过10万元", "per-capita net income at most 0 or above 100,000"),
  /** The householder (户主) and a spouse (配偶) of one sex. */
  SAME_SEX_SPOUSE("same_sex_spouse", "户主与配偶同性别", "householder and spouse of one sex"),
  /** One resident ID (证件号码) in two households. */
  PERSON_IN_TWO_HOUSEHOLDS("person_in_two_households", "同一人在两户", "one person in two households"),
  /** Months worked (务工时间, the optional column {@code months_worked}) outside 0 to 12, or no number. */
  MONTHS_WORKED("months_worked", "务工时间不在0至12个月", "months worked outside 0-12");

  private final String key;
  private final String zh;
  private final String en;

  DataCheck(String key, String zh, String en) {
    this.key = key;
    this.zh = zh;
    this.en = en;
  }

  /**
   * Returns the key, such as {@code illness_all_healthy}.
   *
   * @return the key, not null
   */
  public String key() {
    return key;
  }

  /**
   * Returns what the check finds, in Chinese.
   *
   * @return the description, not null
   */
  public String zh() {
    return zh;
  }

  /**
   * Returns what the check finds, in English.
   *
   * @return the description, not null
   */
  public String en() {
    return en;
  }

  @Override
  public String toString() {
    return key;
  }
}
