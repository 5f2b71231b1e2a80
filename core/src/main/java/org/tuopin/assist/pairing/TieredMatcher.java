package org.tuopin.assist.pairing;

import java.util.Arrays;
import org.tuopin.region.RegionLevel;

/**
 * Matches demand (households, weak villages) with supply (cadres with capacity) tier by
 * tier: first within the same village, then township, county, prefecture, province, and
 * last anywhere.
 *
 * <p>Within a tier each region is matched on its own: its unmatched demand, in demand order,
 * takes the capacity of its eligible suppliers, in supply order, filling each supplier
 * before the next. A supplier is eligible at a tier when its place is at that level or
 * below and, when there is a scope, the tier is not above the scope level or is the level
 * of the supplier's own place: a supplier never goes beyond the scope region of its place,
 * nor beyond its place when that is larger. Per region this gives as many matches as can be made at that tier given the tiers
 * before it, so the number of matches within every region is the largest possible, and the
 * result depends only on the two orders. Everything is done on primitive arrays: each tier
 * is a sort of the region keys and a pass over the buckets.
 */
final class TieredMatcher {

  /** The divisor of the 12-digit code that leaves the region of each level, then 10^12 for "anywhere". */
  private static final long[] DIVISOR = {10_000_000_000L, 100_000_000L, 1_000_000L, 1_000L, 1L};
  private static final long ANYWHERE = 1_000_000_000_000L;

  private TieredMatcher() {
  }

  /**
   * Matches demand with supply.
   *
   * @param demandCode  the 12-digit village code of each demand item, in preference order
   * @param assigned  per demand item, the supplier matched, or -1 if still open; open items are matched in place
   * @param supplyCode  the 12-digit code of each supplier's place, in preference order
   * @param supplyLevel  the ordinal of the level of each supplier's place
   * @param capacity  the capacity left per supplier, used up in place
   * @param scope  the level to stay within, or null to match anywhere at last
   */
  static void match(long[] demandCode, int[] assigned, long[] supplyCode, int[] supplyLevel, int[] capacity,
      RegionLevel scope) {
    int scopeLevel = scope == null ? -1 : scope.ordinal();
    for (int level = RegionLevel.VILLAGE.ordinal(); level >= -1; level--) {
      if (!tier(demandCode, assigned, supplyCode, supplyLevel, capacity, level, scopeLevel)) {
        return;
      }
    }
  }

  private static boolean eligible(int supplierLevel, int level, int scopeLevel) {
    return supplierLevel >= level && (level >= scopeLevel || level == supplierLevel);
  }

  /** Runs one tier; returns false when nothing is left to match at all. */
  private static boolean tier(long[] demandCode, int[] assigned, long[] supplyCode, int[] supplyLevel,
      int[] capacity, int level, int scopeLevel) {
    long divisor = level < 0 ? ANYWHERE : DIVISOR[level];
    int open = 0;
    for (int a : assigned) {
      if (a < 0) {
        open++;
      }
    }
    int suppliers = 0;
    for (int i = 0; i < capacity.length; i++) {
      if (capacity[i] > 0 && eligible(supplyLevel[i], level, scopeLevel)) {
        suppliers++;
      }
    }
    if (open == 0) {
      return false;
    }
    if (suppliers == 0) {
      return true;
    }
    int[] demand = new int[open];
    long[] keys = new long[open];
    for (int i = 0, k = 0; i < assigned.length; i++) {
      if (assigned[i] < 0) {
        demand[k] = i;
        keys[k++] = demandCode[i] / divisor;
      }
    }
    long[] regions = distinctSorted(keys);
    int[] demandStart = new int[regions.length + 1];
    int[] demandRegion = new int[open];
    for (int k = 0; k < open; k++) {
      demandRegion[k] = Arrays.binarySearch(regions, keys[k]);
      demandStart[demandRegion[k] + 1]++;
    }
    int[] demandBucket = bucket(demand, demandRegion, demandStart);

    int[] supply = new int[suppliers];
    int[] supplyRegion = new int[suppliers];
    int[] supplyStart = new int[regions.length + 1];
    int s = 0;
    for (int j = 0; j < capacity.length; j++) {
      if (capacity[j] > 0 && eligible(supplyLevel[j], level, scopeLevel)) {
        int r = Arrays.binarySearch(regions, supplyCode[j] / divisor);
        if (r >= 0) {
          supply[s] = j;
          supplyRegion[s++] = r;
          supplyStart[r + 1]++;
        }
      }
    }
    int[] supplyBucket = bucket(Arrays.copyOf(supply, s), Arrays.copyOf(supplyRegion, s), supplyStart);

    for (int r = 0; r < regions.length; r++) {
      int d = demandStart[r];
      int j = supplyStart[r];
      while (d < demandStart[r + 1] && j < supplyStart[r + 1]) {
        int supplier = supplyBucket[j];
        if (capacity[supplier] == 0) {
          j++;
          continue;
        }
        assigned[demandBucket[d++]] = supplier;
        capacity[supplier]--;
      }
    }
    return true;
  }

  private static long[] distinctSorted(long[] keys) {
    long[] sorted = keys.clone();
    Arrays.sort(sorted);
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return Arrays.copyOf(sorted, n);
  }

  /**
   * Groups items by region, keeping their order within a region; turns the counts in
   * {@code start[r + 1]} into start offsets.
   */
  private static int[] bucket(int[] items, int[] region, int[] start) {
    for (int r = 1; r < start.length; r++) {
      start[r] += start[r - 1];
    }
    int[] next = Arrays.copyOf(start, start.length - 1);
    int[] bucket = new int[items.length];
    for (int k = 0; k < items.length; k++) {
      bucket[next[region[k]]++] = items[k];
    }
    return bucket;
  }
}
