package org.tuopin.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tuopin.basics.Yuan;
import org.tuopin.registry.Health;
import org.tuopin.registry.HouseholdAttribute;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.LabourSkill;
import org.tuopin.registry.PovertyCause;
import org.tuopin.registry.Relation;
import org.tuopin.registry.ResidentId;
import org.tuopin.registry.Sex;

/**
 * One run of the national data checks over the rows of a roster, in any order: it gathers a
 * few facts per household as rows arrive and finds the warnings at the end. Used by the
 * roster reader and by the streaming pass of {@link DataChecks}, so that both give the same
 * warnings.
 */
final class DataCheckRun {

  /** The columns the checks read. */
  static final Set<RosterColumn> READ = Sets.immutableEnumSet(RosterColumn.HOUSEHOLD_ID, RosterColumn.ID_NUMBER,
      RosterColumn.RELATION, RosterColumn.SEX, RosterColumn.BIRTH_DATE, RosterColumn.HEALTH, RosterColumn.LABOR,
      RosterColumn.ATTRIBUTE, RosterColumn.PRIMARY_CAUSE, RosterColumn.INCOME_YEAR, RosterColumn.WAGE_INCOME,
      RosterColumn.BUSINESS_INCOME, RosterColumn.PROPERTY_INCOME, RosterColumn.TRANSFER_INCOME,
      RosterColumn.BUSINESS_EXPENSE);
  private static final RosterColumn[] AMOUNTS = {RosterColumn.WAGE_INCOME, RosterColumn.BUSINESS_INCOME,
      RosterColumn.PROPERTY_INCOME, RosterColumn.TRANSFER_INCOME, RosterColumn.BUSINESS_EXPENSE};

  private final Map<HouseholdId, HouseholdChecks> households = new LinkedHashMap<>();
  private final Map<ResidentId, Seen> residents = new HashMap<>();
  private final List<DataWarning> warnings = new ArrayList<>();

  /**
   * Checks whether a header names the optional months-worked column.
   *
   * @param header  the header, trimmed, not null
   * @return true for {@code months_worked} (any case) or 务工时间
   */
  static boolean isMonthsWorked(String header) {
    return HouseholdChecks.isMonthsWorked(header);
  }

  /**
   * Takes a row of a household, whatever its errors: the values that parsed.
   *
   * @param row  the row, not null
   * @param household  its household, not null
   */
  void row(TableParse.Row<RosterColumn> row, HouseholdId household) {
    HouseholdChecks f = households.computeIfAbsent(household, HouseholdChecks::new);
    Long net = null;
    if (amountsPresent(row)) {
      long sum = 0;
      for (RosterColumn c : AMOUNTS) {
        long fen = row.<Yuan>require(c).fen();
        sum += c == RosterColumn.BUSINESS_EXPENSE ? -fen : fen;
      }
      net = sum;
    }
    f.household(row.<PovertyCause>get(RosterColumn.PRIMARY_CAUSE).orElse(null),
        row.<HouseholdAttribute>get(RosterColumn.ATTRIBUTE).orElse(null),
        row.<Integer>get(RosterColumn.INCOME_YEAR).orElse(0), net);
    f.member(row.line, row.<Relation>get(RosterColumn.RELATION).orElse(null),
        row.<Sex>get(RosterColumn.SEX).orElse(null), row.<Health>get(RosterColumn.HEALTH).orElse(null),
        row.<LabourSkill>get(RosterColumn.LABOR).orElse(null), row.<LocalDate>get(RosterColumn.BIRTH_DATE).orElse(null),
        row.kept);
    row.<ResidentId>get(RosterColumn.ID_NUMBER).ifPresent(id -> {
      Seen first = residents.putIfAbsent(id, new Seen(household, row.line));
      if (first != null && !first.household.equals(household)) {
        warnings.add(HouseholdChecks.residentInTwoHouseholds(id, household, row.line, first.household, first.line));
      }
    });
  }

  private static boolean amountsPresent(TableParse.Row<RosterColumn> row) {
    for (RosterColumn c : AMOUNTS) {
      if (!row.values.containsKey(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Finds the household-level warnings and returns every warning, ordered by first line.
   *
   * @return the checks, not null
   */
  DataChecks finish() {
    for (HouseholdChecks f : households.values()) {
      warnings.addAll(f.warnings());
    }
    households.clear();
    residents.clear();
    return new DataChecks(ImmutableList.sortedCopyOf(warnings));
  }

  /** Where a resident ID was first seen. */
  private static final class Seen {
    final HouseholdId household;
    final long line;

    Seen(HouseholdId household, long line) {
      this.household = household;
      this.line = line;
    }
  }
}
