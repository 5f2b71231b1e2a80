package org.tuopin.registry;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.tuopin.basics.NotFoundException;
import org.tuopin.internal.Catalogue;

/**
 * The household conditions of the national registration record: 两不愁三保障 (food,
 * clothing, compulsory education, basic medical care, safe housing), safe drinking water,
 * electricity and broadcast television; and two facts of Guangxi's 八有一超, a stable source
 * of income and a road to the hamlet.
 *
 * <p>The keys are the column keys of the roster file.
 */
public final class Conditions {

  /** 不愁吃: enough to eat. */
  public static final Condition FOOD = Condition.of("food", "不愁吃", "enough food");
  /** 不愁穿: enough to wear. */
  public static final Condition CLOTHING = Condition.of("clothing", "不愁穿", "enough clothing");
  /** 义务教育有保障: compulsory education assured. */
  public static final Condition EDUCATION =
      Condition.of("education", "义务教育有保障", "compulsory education assured");
  /** 基本医疗有保障: basic medical care assured. */
  public static final Condition MEDICAL = Condition.of("medical", "基本医疗有保障", "basic medical care assured");
  /** 住房安全有保障: safe housing assured. */
  public static final Condition HOUSING = Condition.of("housing", "住房安全有保障", "safe housing assured");
  /** 饮水安全有保障: safe drinking water assured. */
  public static final Condition WATER = Condition.of("water", "饮水安全有保障", "safe drinking water assured");
  /** 生活用电: household electricity. */
  public static final Condition ELECTRICITY = Condition.of("electricity", "生活用电", "household electricity");
  /** 广播电视: broadcast television (闭路电视, 有电视看). */
  public static final Condition TV = Condition.of("tv", "广播电视", "broadcast television");

  /** 有稳定收入来源: a stable source of income (Guangxi's 八有一超). */
  public static final Condition STABLE_INCOME = Condition.of("stable_income", "有稳定收入来源", "stable source of income");
  /** 路通村屯: a road reaching the hamlet (Guangxi's 八有一超). */
  public static final Condition ROAD = Condition.of("road", "路通村屯", "road to the hamlet");

  private static final Catalogue<Condition> CATALOGUE = Catalogue.of("condition", Condition::key,
      FOOD, CLOTHING, EDUCATION, MEDICAL, HOUSING, WATER, ELECTRICITY, TV, STABLE_INCOME, ROAD);

  private Conditions() {
  }

  /**
   * Returns the national conditions, in the order of the roster's columns.
   *
   * @return the conditions, not null
   */
  public static ImmutableList<Condition> all() {
    return CATALOGUE.all();
  }

  /**
   * Obtains a national condition by key.
   *
   * @param key  the key, such as {@code housing}, not null
   * @return the condition, not null
   * @throws NotFoundException naming the key and the known keys if none has it
   */
  public static Condition of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a national condition by key.
   *
   * @param key  the key, such as {@code housing}, not null
   * @return the condition, or empty if the key is not a national one
   */
  public static Optional<Condition> find(String key) {
    return CATALOGUE.find(key);
  }
}
