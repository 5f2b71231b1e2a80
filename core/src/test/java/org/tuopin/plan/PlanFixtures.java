package org.tuopin.plan;

import java.time.LocalDate;
import java.util.List;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.DateRange;
import org.tuopin.basics.Quantity;
import org.tuopin.indicator.Indicator;
import org.tuopin.region.RegionCode;

/** A township of five villages and helpers to build plans for the plan tests. */
final class PlanFixtures {

  static final RegionCode COUNTY_CODE = RegionCode.parse("511921");
  static final RegionCode TOWNSHIP_CODE = RegionCode.parse("511921105000");
  static final Scope COUNTY = Scope.of(COUNTY_CODE);
  static final Scope TOWNSHIP = Scope.of(TOWNSHIP_CODE);
  static final List<RegionCode> VILLAGE_CODES = List.of(RegionCode.parse("511921105201"),
      RegionCode.parse("511921105202"), RegionCode.parse("511921105203"), RegionCode.parse("511921105204"),
      RegionCode.parse("511921105205"));
  static final List<Scope> VILLAGES = VILLAGE_CODES.stream().map(Scope::of).toList();
  static final DateRange YEAR = DateRange.ofYear(2016);
  static final LocalDate END = LocalDate.of(2016, 12, 31);

  private PlanFixtures() {
  }

  static Quantity q(String text) {
    return Quantity.parse(text);
  }

  static Target atLeast(Indicator indicator, Scope scope, String quantity) {
    return Target.of(indicator, scope, Comparison.AT_LEAST, q(quantity), END);
  }

  static Target target(Indicator indicator, Scope scope, Comparison comparison, String quantity) {
    return Target.of(indicator, scope, comparison, q(quantity), END);
  }

  static Plan.Builder plan(String name, Scope scope) {
    return Plan.builder().name(name).scope(scope).period(YEAR);
  }

  static Plan village(int i, Target... targets) {
    return plan("村" + (i + 1), VILLAGES.get(i)).addTargets(targets).build();
  }
}
