package org.tuopin.assist.pairing;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.tuopin.basics.NotFoundException;
import org.tuopin.internal.Catalogue;

/**
 * The ranks of the pairing arrangements in the seed documents (结对帮扶 / 挂包帮), most
 * senior first. The quotas of each rank are data of a {@link QuotaPolicy}, not of the rank.
 */
public final class Ranks {

  /** 县领导、部门负责人: county leader (县四套班子领导) or head of a county department. */
  public static final Rank COUNTY_LEADER =
      Rank.of("county_leader", "县领导、部门负责人", "county leader or department head");
  /** 镇党政主要负责人: township principal leader (Party secretary, township head). */
  public static final Rank TOWNSHIP_PRINCIPAL =
      Rank.of("township_principal", "镇党政主要负责人", "township principal leader");
  /** 镇三套班子领导: other member of the township's leading bodies. */
  public static final Rank TOWNSHIP_LEADER = Rank.of("township_leader", "镇三套班子领导", "other township leader");
  /** 助理级、办事员及大学生村官: township assistant, clerk or college-graduate village official. */
  public static final Rank TOWNSHIP_STAFF = Rank.of("township_staff", "助理级、办事员及大学生村官",
      "assistant, clerk or college-graduate village official");
  /** 村党员干部: village Party cadre. */
  public static final Rank VILLAGE_CADRE = Rank.of("village_cadre", "村党员干部", "village Party cadre");

  private static final Catalogue<Rank> CATALOGUE = Catalogue.of("rank", Rank::key,
      COUNTY_LEADER, TOWNSHIP_PRINCIPAL, TOWNSHIP_LEADER, TOWNSHIP_STAFF, VILLAGE_CADRE);

  private Ranks() {
  }

  /**
   * Returns the built-in ranks, most senior first.
   *
   * @return the ranks, not null
   */
  public static ImmutableList<Rank> all() {
    return CATALOGUE.all();
  }

  /**
   * Obtains a built-in rank by key.
   *
   * @param key  the key, such as {@code village_cadre}, not null
   * @return the rank, not null
   * @throws NotFoundException naming the key and the known keys if none has it
   */
  public static Rank of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a built-in rank by key.
   *
   * @param key  the key, such as {@code village_cadre}, not null
   * @return the rank, or empty if no built-in rank has the key
   */
  public static Optional<Rank> find(String key) {
    return CATALOGUE.find(key);
  }
}
