package org.tuopin.standards;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Text;
import org.tuopin.basics.YearRange;
import org.tuopin.registry.Conditions;
import org.tuopin.registry.Household;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.HouseholdCriteria;
import org.tuopin.standard.IncomeLine;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSetId;
import org.tuopin.standard.StandardSets;

/**
 * The national standard ({@code cn.national}): the national rural poverty line (国家农村贫困
 * 标准, 2,300 yuan at 2010 prices, re-priced each year) and the household exit criteria of
 * the 2016 exit mechanism (《关于建立贫困退出机制的意见》).
 *
 * <p>A household may exit when its per-capita net income of the income year is
 * <em>strictly above</em> (稳定超过) that year's line and 两不愁三保障 hold: 不愁吃, 不愁穿,
 * 义务教育有保障, 基本医疗有保障, 住房安全有保障; for income years from 2019,
 * 饮水安全有保障 too. The line table covers income years 2010-2020, each figure with its
 * source; 2017-2020 are not confirmed by an official publication.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalStandard implements StandardSet {

  /** The national standard. */
  public static final NationalStandard INSTANCE = new NationalStandard();

  /** The first income year for which safe drinking water is part of the national check. */
  public static final int WATER_FROM = 2019;

  private final IncomeLine line;
  private final ImmutableList<Criterion<Household>> criteria;
  private final ImmutableList<Criterion<Household>> criteriaWithWater;

  private NationalStandard() {
    this.line = readLine();
    Criterion<Household> income = HouseholdCriteria.income(line, Comparison.ABOVE);
    ImmutableList<Criterion<Household>> guarantees = ImmutableList.of(
        HouseholdCriteria.condition(Conditions.FOOD),
        HouseholdCriteria.condition(Conditions.CLOTHING),
        HouseholdCriteria.condition(Conditions.EDUCATION),
        HouseholdCriteria.condition(Conditions.MEDICAL),
        HouseholdCriteria.condition(Conditions.HOUSING));
    this.criteria = ImmutableList.<Criterion<Household>>builder().add(income).addAll(guarantees).build();
    this.criteriaWithWater = ImmutableList.<Criterion<Household>>builder().addAll(criteria)
        .add(HouseholdCriteria.condition(Conditions.WATER)).build();
  }

  private static IncomeLine readLine() {
    Text name = Text.of("国家农村贫困标准", "national rural poverty line");
    try (InputStream in = NationalStandard.class.getResourceAsStream("national/income-line.csv")) {
      if (in == null) {
        throw new IllegalStateException("resource national/income-line.csv is missing from tuopin-standards");
      }
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return IncomeLine.readCsv(name, r);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public StandardSetId id() {
    return StandardSets.NATIONAL;
  }

  @Override
  public Text name() {
    return Text.of("国家农村贫困标准与贫困户退出标准（2016）", "national rural poverty standard and household exit criteria (2016)");
  }

  @Override
  public YearRange effectiveYears() {
    return line.years();
  }

  @Override
  public Optional<IncomeLine> incomeLine() {
    return Optional.of(line);
  }

  @Override
  public ImmutableList<Criterion<Household>> householdCriteria(int incomeYear) {
    checkYear(incomeYear);
    return incomeYear >= WATER_FROM ? criteriaWithWater : criteria;
  }

  @Override
  public String toString() {
    return id().toString();
  }
}
