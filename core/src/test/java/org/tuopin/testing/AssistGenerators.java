package org.tuopin.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.tuopin.assist.pairing.Cadre;
import org.tuopin.assist.pairing.CadreId;
import org.tuopin.assist.pairing.Rank;
import org.tuopin.assist.pairing.Ranks;
import org.tuopin.basics.YearRange;
import org.tuopin.region.RegionCode;
import org.tuopin.region.RegionLevel;
import org.tuopin.registry.Household;

/**
 * QuickTheories generators for assistance: small regions of one or two counties, households
 * placed in their villages, and cadres of the built-in ranks placed in their villages,
 * townships and counties.
 *
 * <p>Households come from {@link Generators#households(YearRange)} and are moved into the
 * region's villages, so they carry every kind of recorded fact, exit statuses among them (so
 * some are not poor). Regions are small so that villages and townships are shared and the
 * planner's preferences matter.
 */
public final class AssistGenerators {

  private AssistGenerators() {
  }

  /**
   * A region to pair in: its counties, townships and villages.
   *
   * @param counties  the county codes
   * @param townships  the township codes
   * @param villages  the village codes
   */
  public record Region(List<RegionCode> counties, List<RegionCode> townships, List<RegionCode> villages) {
  }

  /**
   * A pairing problem: households, later households (to add when re-planning), cadres and weak
   * villages, all in one region.
   *
   * @param region  the region
   * @param households  the households, with unique ids, some not poor
   * @param added  further households with ids unique among all, for re-planning
   * @param cadres  the cadres, ids {@code c1} … {@code cN} in a random order
   * @param weakVillages  some of the region's villages
   */
  public record PairingScenario(Region region, List<Household> households, List<Household> added,
      List<Cadre> cadres, List<RegionCode> weakVillages) {

    @Override
    public String toString() {
      return households.size() + " households (+" + added.size() + "), " + cadres.size() + " cadres, "
          + weakVillages.size() + " weak villages in " + region.villages();
    }
  }

  /**
   * Regions of one or two counties, each of one to three townships of one to four villages.
   *
   * @return the generator, not null
   */
  public static Gen<Region> regions() {
    return in -> {
      List<RegionCode> counties = new ArrayList<>();
      List<RegionCode> townships = new ArrayList<>();
      List<RegionCode> villages = new ArrayList<>();
      int countyCount = integers().between(1, 2).generate(in);
      for (int c = 0; c < countyCount; c++) {
        RegionCode county = Generators.regionCodes(RegionLevel.COUNTY).generate(in);
        if (counties.contains(county)) {
          continue;
        }
        counties.add(county);
        int townshipCount = integers().between(1, 3).generate(in);
        for (int t = 1; t <= townshipCount; t++) {
          RegionCode township = RegionCode.of(county.toLong() + t * 1_000L);
          townships.add(township);
          int villageCount = integers().between(1, 4).generate(in);
          for (int v = 1; v <= villageCount; v++) {
            villages.add(RegionCode.of(township.toLong() + v));
          }
        }
      }
      return new Region(counties, townships, villages);
    };
  }

  /**
   * Households placed in a region's villages, with unique ids.
   *
   * @param region  the region, not null
   * @param max  the most households
   * @param avoid  ids not to use, not null; the ids generated are added to it
   * @return the generator, not null
   */
  public static Gen<List<Household>> households(Region region, int max, Set<String> avoid) {
    Gen<Household> households = Generators.households(YearRange.of(2015, 2016));
    Gen<RegionCode> villages = Generate.pick(region.villages());
    return in -> {
      int n = integers().between(0, max).generate(in);
      List<Household> result = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Household h = households.generate(in);
        if (avoid.add(h.id().toString())) {
          result.add(Household.builder().from(h).village(villages.generate(in)).build());
        }
      }
      return result;
    };
  }

  /**
   * Cadres of the built-in ranks: most at home in a village, some in a township, a few in a
   * county.
   *
   * @param region  the region, not null
   * @param max  the most cadres
   * @return the generator, not null
   */
  public static Gen<List<Cadre>> cadres(Region region, int max) {
    Gen<Rank> ranks = Generate.pick(Ranks.all());
    return in -> {
      int n = integers().between(0, max).generate(in);
      List<Cadre> cadres = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        int where = integers().between(0, 9).generate(in);
        List<RegionCode> places = where < 6 ? region.villages() : where < 9 ? region.townships() : region.counties();
        RegionCode home = places.get(integers().between(0, places.size() - 1).generate(in));
        cadres.add(Cadre.of(CadreId.of("c" + i), ranks.generate(in), home));
      }
      java.util.Collections.shuffle(cadres, new java.util.Random(integers().all().generate(in)));
      return cadres;
    };
  }

  /**
   * Pairing problems of up to 40 households (plus up to 15 added) and up to 20 cadres, with
   * up to two weak villages; the quotas sometimes suffice and sometimes do not.
   *
   * @return the generator, not null
   */
  public static Gen<PairingScenario> pairingScenarios() {
    return in -> {
      Region region = regions().generate(in);
      Set<String> ids = new HashSet<>();
      List<Household> households = households(region, 40, ids).generate(in);
      List<Household> added = households(region, 15, ids).generate(in);
      List<Cadre> cadres = cadres(region, 20).generate(in);
      List<RegionCode> weak = new ArrayList<>();
      int w = integers().between(0, Math.min(2, region.villages().size())).generate(in);
      for (int i = 0; i < w; i++) {
        RegionCode v = region.villages().get(integers().between(0, region.villages().size() - 1).generate(in));
        if (!weak.contains(v)) {
          weak.add(v);
        }
      }
      return new PairingScenario(region, households, added, cadres, weak);
    };
  }
}
