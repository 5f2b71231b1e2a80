package org.tuopin.registry;

import static java.util.Objects.requireNonNull;

import org.tuopin.basics.Coded;
import org.tuopin.internal.Codes;

/**
 * A member's relation to the householder (与户主关系), as listed on the registration form.
 *
 * <p>The codes are the positions in the form's list. Common variants are read too:
 * 之父 and 之母 as {@link #PARENT}, 妻子 and 丈夫 as {@link #SPOUSE}.
 */
public enum Relation implements Coded {
  /** The householder (户主); a household has exactly one. */
  HOUSEHOLDER("01", "户主", "householder"),
  /** Spouse (配偶). */
  SPOUSE("02", "配偶", "spouse"),
  /** Son (之子). */
  SON("03", "之子", "son"),
  /** Daughter (之女). */
  DAUGHTER("04", "之女", "daughter"),
  /** Daughter-in-law (之儿媳). */
  DAUGHTER_IN_LAW("05", "之儿媳", "daughter-in-law"),
  /** Son-in-law (之女婿). */
  SON_IN_LAW("06", "之女婿", "son-in-law"),
  /** Grandson, son's son (之孙子). */
  GRANDSON("07", "之孙子", "grandson"),
  /** Granddaughter, son's daughter (之孙女). */
  GRANDDAUGHTER("08", "之孙女", "granddaughter"),
  /** Grandson, daughter's son (之外孙子). */
  DAUGHTERS_SON("09", "之外孙子", "daughter's son"),
  /** Granddaughter, daughter's daughter (之外孙女). */
  DAUGHTERS_DAUGHTER("10", "之外孙女", "daughter's daughter"),
  /** Father or mother (之父母). */
  PARENT("11", "之父母", "parent"),
  /** Father- or mother-in-law (之岳父母 / 之公婆). */
  PARENT_IN_LAW("12", "之岳父母", "parent-in-law"),
  /** Grandparent (之祖父母). */
  GRANDPARENT("13", "之祖父母", "grandparent"),
  /** Brother or sister (之兄弟姐妹). */
  SIBLING("14", "之兄弟姐妹", "sibling"),
  /** Any other relation (其他). */
  OTHER("15", "其他", "other");

  Relation(String code, String zh, String en) {
    Codes.define(this, code, zh, en);
  }

  /**
   * Obtains a relation from its code, its label, its English name or a common variant.
   *
   * @param text  the text, not null
   * @return the relation, not null
   * @throws IllegalArgumentException naming the text and the accepted values if none matches
   */
  public static Relation parse(String text) {
    requireNonNull(text, "text");
    switch (text.trim()) {
      case "本人":
        return HOUSEHOLDER;
      case "妻子": case "丈夫": case "之妻": case "之夫": case "妻": case "夫":
        return SPOUSE;
      case "子": case "儿子":
        return SON;
      case "女": case "女儿":
        return DAUGHTER;
      case "之父": case "之母": case "父亲": case "母亲":
        return PARENT;
      case "之公婆": case "之公公": case "之婆婆": case "之岳父": case "之岳母":
        return PARENT_IN_LAW;
      case "之祖父": case "之祖母":
        return GRANDPARENT;
      case "之兄弟": case "之姐妹": case "之兄": case "之弟": case "之姐": case "之妹":
        return SIBLING;
      default:
        return Codes.parse(Relation.class, "relation", text);
    }
  }
}
