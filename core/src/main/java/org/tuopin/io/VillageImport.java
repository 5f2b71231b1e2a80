package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.tuopin.region.RegionCode;
import org.tuopin.village.Village;

/**
 * The result of reading a village file: the villages built from accepted rows, one for each,
 * and (as every {@link TableImport}) an account of every row.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VillageImport extends TableImport {

  private final ImmutableMap<RegionCode, Village> villages;

  VillageImport(String source, ImmutableMap<RegionCode, Village> villages, RowAccount account) {
    super(source, account);
    this.villages = requireNonNull(villages, "villages");
  }


  /**
   * Returns the villages built from accepted rows, in file order.
   *
   * @return the villages, not null
   */
  public ImmutableList<Village> villages() {
    return villages.values().asList();
  }

  /**
   * Finds a village by code.
   *
   * @param code  the village code, not null
   * @return the village, or empty if the file has no accepted row for it
   */
  public Optional<Village> village(RegionCode code) {
    return Optional.ofNullable(villages.get(requireNonNull(code, "code")));
  }







  @Override
  public String toString() {
    return source() + ": " + summary() + "; villages: " + villages.size();
  }
}
