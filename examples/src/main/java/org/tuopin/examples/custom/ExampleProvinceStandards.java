package org.tuopin.examples.custom;

import java.util.List;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Units;
import org.tuopin.basics.YearRange;
import org.tuopin.basics.Yuan;
import org.tuopin.registry.Conditions;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.Provenance;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetProvider;
import org.tuopin.standard.Threshold;
import org.tuopin.standard.ThresholdKey;
import org.tuopin.village.Facilities;

/**
 * How an integrator publishes a province's own standard: a provider, named in
 * {@code META-INF/services/org.tuopin.standard.StandardSetProvider}, that builds the set with
 * {@code StandardSet.builder}. After that, {@code StandardSets.of("cn.example.province.2018")}
 * finds it, and so does the command line's {@code --standard}.
 *
 * <p>The figures are illustrative, not a real province's: a 3,500-yuan provincial line
 * reached (达到), 两不愁三保障 with safe water and electricity, and villages with incidence
 * below 2.5%, a clinic and at least 50,000 yuan of collective income.
 */
public final class ExampleProvinceStandards implements StandardSetProvider {

  /** The id of the example standard. */
  public static final String ID = "cn.example.province.2018";

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public ExampleProvinceStandards() {
  }

  @Override
  public List<StandardSet> standardSets() {
    Provenance source = Provenance.of("illustrative example figures, not a real province's standard", false);
    IncomeLine line = IncomeLine.constant(Text.of("示例省定标准", "example provincial line"), Yuan.of(3500),
        YearRange.of(2016, 2020), source);
    StandardSet province = StandardSet.builder(ID)
        .name("示例省贫困退出标准（2018）", "example province exit standard (2018)")
        .years(2016, 2020)
        .incomeLine(line, Comparison.AT_LEAST)
        .householdCondition(Conditions.FOOD)
        .householdCondition(Conditions.CLOTHING)
        .householdCondition(Conditions.EDUCATION)
        .householdCondition(Conditions.MEDICAL)
        .householdCondition(Conditions.HOUSING)
        .householdCondition(Conditions.WATER)
        .householdCondition(Conditions.ELECTRICITY)
        .threshold(Threshold.of(ThresholdKey.VILLAGE_INCIDENCE, Comparison.BELOW, Quantity.of("2.5", Units.PERCENT),
            source))
        .villageFacility(Facilities.CLINIC)
        .threshold(Threshold.of(ThresholdKey.VILLAGE_COLLECTIVE_INCOME, Comparison.AT_LEAST,
            Quantity.from(Yuan.of(50_000)), source))
        .build();
    return List.of(province);
  }
}
