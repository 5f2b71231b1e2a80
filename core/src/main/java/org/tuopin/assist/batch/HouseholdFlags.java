package org.tuopin.assist.batch;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.tuopin.basics.NotFoundException;
import org.tuopin.internal.Catalogue;

/**
 * The built-in household flags: lists kept beside the registration record that the default
 * strategy rules look at.
 */
public final class HouseholdFlags {

  /**
   * 易地扶贫搬迁对象: listed for poverty-relief relocation, the household's place offering no
   * means of living (一方水土养不起一方人).
   */
  public static final HouseholdFlag RELOCATION =
      HouseholdFlag.of("relocation", "易地扶贫搬迁对象", "listed for poverty-relief relocation");
  /**
   * 生态补偿对象: helped through ecological compensation, such as 退耕还林 payments or a post as
   * ecological forest ranger (生态护林员).
   */
  public static final HouseholdFlag ECOLOGICAL_COMPENSATION = HouseholdFlag.of("ecological_compensation",
      "生态补偿对象", "helped through ecological compensation");

  private static final Catalogue<HouseholdFlag> CATALOGUE = Catalogue.of("household flag", HouseholdFlag::key,
      RELOCATION, ECOLOGICAL_COMPENSATION);

  private HouseholdFlags() {
  }

  /**
   * Returns the built-in flags.
   *
   * @return the flags, not null
   */
  public static ImmutableList<HouseholdFlag> all() {
    return CATALOGUE.all();
  }

  /**
   * Obtains a built-in flag by key.
   *
   * @param key  the key, such as {@code relocation}, not null
   * @return the flag, not null
   * @throws NotFoundException naming the key and the known keys if none has it
   */
  public static HouseholdFlag of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a built-in flag by key.
   *
   * @param key  the key, such as {@code relocation}, not null
   * @return the flag, or empty if no built-in flag has the key
   */
  public static Optional<HouseholdFlag> find(String key) {
    return CATALOGUE.find(key);
  }
}
