package org.tuopin.io;

import java.util.Optional;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Conditions;

/**
 * The columns of the roster file (建档立卡 roster, one row per person), each with its
 * English key and Chinese alias; either may head the column.
 *
 * <p>Household-level columns repeat on each of the household's rows and must agree.
 */
public enum RosterColumn implements TableColumn {
  /** 行政区划代码: the 12-digit code of the administrative village. */
  VILLAGE_CODE("village_code", "行政区划代码", true, true),
  /** 村民小组: villager group. */
  GROUP("group", "村民小组", false, true),
  /** 户编号: household id. */
  HOUSEHOLD_ID("household_id", "户编号", true, true),
  /** 人编号: person id, unique across the file. */
  PERSON_ID("person_id", "人编号", true, false),
  /** 姓名: name (personal data). */
  NAME("name", "姓名", false, false),
  /** 证件号码: resident ID (personal data). */
  ID_NUMBER("id_number", "证件号码", false, false),
  /** 与户主关系: relation to the householder. */
  RELATION("relation", "与户主关系", true, false),
  /** 性别: sex. */
  SEX("sex", "性别", false, false),
  /** 出生日期: birth date, YYYY-MM-DD. */
  BIRTH_DATE("birth_date", "出生日期", false, false),
  /** 健康状况: health. */
  HEALTH("health", "健康状况", false, false),
  /** 劳动技能: labour capacity. */
  LABOR("labor", "劳动技能", false, false),
  /** 贫困户属性: household attribute. */
  ATTRIBUTE("attribute", "贫困户属性", false, true),
  /** 主要致贫原因: main cause of poverty. */
  PRIMARY_CAUSE("primary_cause", "主要致贫原因", false, true),
  /** 识别年度: year identified. */
  IDENTIFIED_YEAR("identified_year", "识别年度", false, true),
  /** 脱贫年度: year exited. */
  EXIT_YEAR("exit_year", "脱贫年度", false, true),
  /** 脱贫状态: exit status, 0 未脱贫, 1 已脱贫享受政策, 3 返贫, 4 已脱贫不再享受政策 (an addition to the contract). */
  EXIT_STATUS("exit_status", "脱贫状态", false, true),
  /** 收入年度: the year the incomes were earned. */
  INCOME_YEAR("income_year", "收入年度", true, true),
  /** 工资性收入: wage income, household total. */
  WAGE_INCOME("wage_income", "工资性收入", true, true),
  /** 生产经营性收入: business income, household total. */
  BUSINESS_INCOME("business_income", "生产经营性收入", true, true),
  /** 财产性收入: property income, household total. */
  PROPERTY_INCOME("property_income", "财产性收入", true, true),
  /** 转移性收入: transfer income, household total. */
  TRANSFER_INCOME("transfer_income", "转移性收入", true, true),
  /** 生产经营性支出: business expense, household total, subtracted. */
  BUSINESS_EXPENSE("business_expense", "生产经营性支出", true, true),
  /** 不愁吃: flag. */
  FOOD("food", "不愁吃", false, true),
  /** 不愁穿: flag. */
  CLOTHING("clothing", "不愁穿", false, true),
  /** 义务教育有保障: flag. */
  EDUCATION("education", "义务教育有保障", false, true),
  /** 基本医疗有保障: flag. */
  MEDICAL("medical", "基本医疗有保障", false, true),
  /** 住房安全有保障: flag. */
  HOUSING("housing", "住房安全有保障", false, true),
  /** 饮水安全有保障: flag. */
  WATER("water", "饮水安全有保障", false, true),
  /** 生活用电: flag. */
  ELECTRICITY("electricity", "生活用电", false, true),
  /** 广播电视: flag. */
  TV("tv", "广播电视", false, true),
  /** 有稳定收入来源: flag (Guangxi's 八有一超; an addition to the contract). */
  STABLE_INCOME("stable_income", "有稳定收入来源", false, true),
  /** 路通村屯: flag (Guangxi's 八有一超; an addition to the contract). */
  ROAD("road", "路通村屯", false, true);

  private final boolean householdLevel;

  RosterColumn(String key, String zh, boolean required, boolean householdLevel) {
    Header.define(this, key, zh, required);
    this.householdLevel = householdLevel;
  }

  /**
   * Checks whether the column describes the household and so repeats on each of its rows.
   *
   * @return true for household-level columns
   */
  public boolean isHouseholdLevel() {
    return householdLevel;
  }

  /**
   * Checks whether the column holds personal data of a person: every column that is not
   * household-level (person id, name, ID, relation, sex, birth date, health, labour).
   *
   * @return true for person-level columns
   */
  @Override
  public boolean isPersonal() {
    return !householdLevel;
  }

  /**
   * Checks whether the column places a row: the household id alone.
   *
   * @return true for {@link #HOUSEHOLD_ID}
   */
  @Override
  public boolean placesRows() {
    return this == HOUSEHOLD_ID;
  }

  /**
   * Returns the household condition this flag column records, if it is a flag.
   *
   * @return the condition, or empty for other columns
   */
  public Optional<Condition> condition() {
    return Conditions.find(key());
  }

  /**
   * Finds the column headed by a key or a Chinese alias.
   *
   * @param header  the header text, trimmed, not null
   * @return the column, or empty if the header names none
   */
  public static Optional<RosterColumn> find(String header) {
    return TableColumn.find(RosterColumn.class, header);
  }
}
