package org.tuopin.basics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tuopin.internal.Catalogue;

/**
 * The built-in units of measure of the poverty-alleviation plans: counts of people,
 * households, villages and livestock, lengths, areas, money and percentages.
 *
 * <p>Conversions are exact within a dimension: 1 公里 = 1,000 米, 1 万元 = 10,000 元,
 * 1 亿元 = 10,000 万元, 1 公顷 = 15 亩 = 10,000 平方米, 1 吨 = 1,000 公斤. Each counting
 * unit is a dimension of its own.
 */
public final class Units {

  /** 人: people. */
  public static final Unit PERSON = Unit.of("person", "人", "people");
  /** 户: households. */
  public static final Unit HOUSEHOLD = Unit.of("household", "户", "households");
  /** 个: items (projects, points, cooperatives …), the general classifier. */
  public static final Unit ITEM = Unit.of("item", "个", "items");
  /** 村: villages. */
  public static final Unit VILLAGE = Unit.of("village", "村", "villages");
  /** 乡镇: townships. */
  public static final Unit TOWNSHIP = Unit.of("township", "乡镇", "townships");
  /** 米: metres, the base unit of length. */
  public static final Unit METRE = Unit.of("m", "米", "m");
  /** 公里: kilometres, 1,000 米. */
  public static final Unit KILOMETRE = Unit.ofMultiple("km", "公里", "km", BigDecimal.valueOf(1000), METRE);
  /** 平方米: square metres, the base unit of area. */
  public static final Unit SQUARE_METRE = Unit.of("m2", "平方米", "m²");
  /** 公顷: hectares, 10,000 平方米. */
  public static final Unit HECTARE = Unit.ofMultiple("ha", "公顷", "ha", BigDecimal.valueOf(10_000), SQUARE_METRE);
  /** 亩: mu, 1/15 公顷 (2000/3 平方米). */
  public static final Unit MU = Unit.ofFraction("mu", "亩", "mu", 1, 15, HECTARE);
  /** 立方米: cubic metres. */
  public static final Unit CUBIC_METRE = Unit.of("m3", "立方米", "m³");
  /** 公斤: kilograms, the base unit of mass. */
  public static final Unit KILOGRAM = Unit.of("kg", "公斤", "kg");
  /** 吨: tonnes, 1,000 公斤. */
  public static final Unit TONNE = Unit.ofMultiple("t", "吨", "t", BigDecimal.valueOf(1000), KILOGRAM);
  /** 头: head (cattle, pigs, sheep). */
  public static final Unit HEAD = Unit.of("head", "头", "head");
  /** 只: animals counted one by one (chickens, ducks, goats). */
  public static final Unit ANIMAL = Unit.of("animal", "只", "animals");
  /** 羽: birds (poultry). */
  public static final Unit BIRD = Unit.of("bird", "羽", "birds");
  /** 口: ponds, wells, pits and tanks. */
  public static final Unit KOU = Unit.of("kou", "口", "kou");
  /** 座: structures (stations, bridges, reservoirs). */
  public static final Unit STRUCTURE = Unit.of("structure", "座", "structures");
  /** 处: sites (hazard sites, water works). */
  public static final Unit SITE = Unit.of("site", "处", "sites");
  /** 套: sets (dwellings, equipment). */
  public static final Unit SET = Unit.of("set", "套", "sets");
  /** 人次: person-times (attendances). */
  public static final Unit PERSON_TIME = Unit.of("person_time", "人次", "person-times");
  /** 天: days (the posting days of a procedure). */
  public static final Unit DAY = Unit.of("day", "天", "days");
  /** 年: years (the years a standard looks back). */
  public static final Unit YEAR = Unit.of("year", "年", "years");
  /** 个环节: stages of a procedure (the counts of a procedure case's findings). */
  public static final Unit STAGE = Unit.of("stage", "个环节", "stages");
  /** 元: yuan, the base unit of money. */
  public static final Unit YUAN = Unit.of("yuan", "元", "yuan");
  /** 万元: ten thousand yuan. */
  public static final Unit WAN_YUAN = Unit.ofMultiple("wan_yuan", "万元", "wan yuan", BigDecimal.valueOf(10_000), YUAN);
  /** 亿元: a hundred million yuan. */
  public static final Unit YI_YUAN = Unit.ofMultiple("yi_yuan", "亿元", "yi yuan", BigDecimal.valueOf(100_000_000), YUAN);
  /** %: per cent, for rates and shares. */
  public static final Unit PERCENT = Unit.of("percent", "%", "%");

  private static final Catalogue<Unit> CATALOGUE = Catalogue.of("unit", Unit::key,
      PERSON, HOUSEHOLD, ITEM, VILLAGE, TOWNSHIP, METRE, KILOMETRE, SQUARE_METRE, HECTARE, MU,
      CUBIC_METRE, KILOGRAM, TONNE, HEAD, ANIMAL, BIRD, KOU, STRUCTURE, SITE, SET, PERSON_TIME, STAGE, DAY, YEAR,
      YUAN, WAN_YUAN, YI_YUAN, PERCENT);
  private static final ImmutableMap<String, Unit> ALIASES = ImmutableMap.of(
      "千米", KILOMETRE, "平米", SQUARE_METRE, "㎡", SQUARE_METRE, "千克", KILOGRAM, "人民币元", YUAN);

  private Units() {
  }

  /**
   * Returns the built-in units.
   *
   * @return the units, counts first, then lengths, areas, volumes, masses, money and %, not null
   */
  public static ImmutableList<Unit> all() {
    return CATALOGUE.all();
  }

  /**
   * Obtains a built-in unit by its Chinese symbol (亩), its English symbol (mu, ignoring case),
   * its key ({@code mu}) or a common alias (千米, 平米), as {@link #find(String)} does.
   *
   * @param text  the symbol or key, surrounding space ignored, not null
   * @return the unit, not null
   * @throws NotFoundException naming the text and the known keys if no unit matches
   */
  public static Unit of(String text) {
    return find(text).orElseThrow(() -> CATALOGUE.notFound(text));
  }

  /**
   * Finds a built-in unit by its Chinese symbol (亩), its English symbol (mu, ignoring case),
   * its key ({@code mu}) or a common alias (千米, 平米).
   *
   * @param text  the symbol or key, surrounding space ignored, not null
   * @return the unit, or empty if none matches
   */
  public static Optional<Unit> find(String text) {
    requireNonNull(text, "text");
    String t = text.strip();
    for (Unit u : CATALOGUE.all()) {
      if (u.symbol().zh().equals(t)) {
        return Optional.of(u);
      }
    }
    String lower = t.toLowerCase(Locale.ROOT);
    for (Unit u : CATALOGUE.all()) {
      if (u.symbol().en().toLowerCase(Locale.ROOT).equals(lower) || u.key().equals(lower)) {
        return Optional.of(u);
      }
    }
    return Optional.ofNullable(ALIASES.get(t));
  }

  /** The Chinese symbols of the built-in units, for messages. */
  static String symbols() {
    return CATALOGUE.all().stream().map(u -> u.symbol().zh()).collect(Collectors.joining(", "));
  }
}
