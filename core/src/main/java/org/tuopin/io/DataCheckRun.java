package org.tuopin.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Yuan;
import org.tuopin.internal.Redaction;
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
  /** The key of the optional months-worked column. */
  static final String MONTHS_KEY = "months_worked";
  /** Its Chinese alias. */
  static final String MONTHS_ZH = "务工时间";
  private static final Set<HouseholdAttribute> DESTITUTE = Sets.immutableEnumSet(HouseholdAttribute.DESTITUTE_POOR,
      HouseholdAttribute.DESTITUTE_EXITED, HouseholdAttribute.SUBSISTENCE_DESTITUTE_POOR);
  private static final Set<LabourSkill> ABLE = Sets.immutableEnumSet(LabourSkill.ORDINARY, LabourSkill.SKILLED);
  /** The per-capita income above which a household is flagged, in fen: 100,000 yuan. */
  private static final long MAX_PER_CAPITA_FEN = 100_000_00L;
  private static final RosterColumn[] AMOUNTS = {RosterColumn.WAGE_INCOME, RosterColumn.BUSINESS_INCOME,
      RosterColumn.PROPERTY_INCOME, RosterColumn.TRANSFER_INCOME, RosterColumn.BUSINESS_EXPENSE};

  private final Map<HouseholdId, Facts> households = new LinkedHashMap<>();
  private final Map<ResidentId, Seen> residents = new HashMap<>();
  private final List<DataWarning> warnings = new ArrayList<>();

  /**
   * Checks whether a header names the optional months-worked column.
   *
   * @param header  the header, trimmed, not null
   * @return true for {@code months_worked} (any case) or 务工时间
   */
  static boolean isMonthsWorked(String header) {
    return header.toLowerCase(Locale.ROOT).equals(MONTHS_KEY) || header.equals(MONTHS_ZH);
  }

  /**
   * Takes a row of a household, whatever its errors: the values that parsed.
   *
   * @param row  the row, not null
   * @param household  its household, not null
   */
  void row(TableParse.Row<RosterColumn> row, HouseholdId household) {
    Facts f = households.computeIfAbsent(household, Facts::new);
    f.lines.add(row.line);
    if (f.cause == null) {
      f.cause = row.<PovertyCause>get(RosterColumn.PRIMARY_CAUSE).orElse(null);
    }
    if (f.attribute == null) {
      f.attribute = row.<HouseholdAttribute>get(RosterColumn.ATTRIBUTE).orElse(null);
    }
    if (f.year == 0) {
      f.year = row.<Integer>get(RosterColumn.INCOME_YEAR).orElse(0);
    }
    if (!f.netKnown && amountsPresent(row)) {
      long net = 0;
      for (RosterColumn c : AMOUNTS) {
        long fen = row.<Yuan>require(c).fen();
        net += c == RosterColumn.BUSINESS_EXPENSE ? -fen : fen;
      }
      f.net = net;
      f.netKnown = true;
    }
    if (row.<Health>get(RosterColumn.HEALTH).orElse(null) != Health.HEALTHY) {
      f.allHealthy = false;
    }
    LocalDate birth = row.<LocalDate>get(RosterColumn.BIRTH_DATE).orElse(null);
    if (birth != null && ABLE.contains(row.<LabourSkill>get(RosterColumn.LABOR).orElse(null))) {
      f.able.add(new Member(row.line, birth));
    }
    Relation relation = row.<Relation>get(RosterColumn.RELATION).orElse(null);
    Sex sex = row.<Sex>get(RosterColumn.SEX).orElse(null);
    if (sex != null && relation == Relation.HOUSEHOLDER) {
      f.householders.add(new Member(row.line, sex));
    } else if (sex != null && relation == Relation.SPOUSE) {
      f.spouses.add(new Member(row.line, sex));
    }
    row.<ResidentId>get(RosterColumn.ID_NUMBER).ifPresent(id -> {
      Seen first = residents.putIfAbsent(id, new Seen(household, row.line));
      if (first != null && !first.household.equals(household)) {
        warnings.add(DataWarning.of(DataCheck.PERSON_IN_TWO_HOUSEHOLDS, household, List.of(first.line, row.line),
            "resident ID " + id + " is also in household " + first.household + " on line " + first.line));
      }
    });
    if (row.kept != null) {
      months(row.kept).ifPresent(detail ->
          warnings.add(DataWarning.of(DataCheck.MONTHS_WORKED, household, List.of(row.line), detail)));
    }
  }

  private static boolean amountsPresent(TableParse.Row<RosterColumn> row) {
    for (RosterColumn c : AMOUNTS) {
      if (!row.values.containsKey(c)) {
        return false;
      }
    }
    return true;
  }

  /** The warning's detail if a months-worked text is no number of months from 0 to 12. */
  private static Optional<String> months(String text) {
    long tenths;
    try {
      tenths = TableValues.digits(MONTHS_KEY, text, 1);
    } catch (IllegalArgumentException ex) {
      tenths = -1;
    }
    if (tenths >= 0 && tenths <= 120) {
      return Optional.empty();
    }
    String what = tenths == TableValues.NEGATIVE ? "negative" : tenths < 0 ? "not a number of months" : "more than 12";
    return Optional.of("months worked " + Redaction.quote(text) + " is " + what);
  }

  /**
   * Finds the household-level warnings and returns every warning, ordered by first line.
   *
   * @return the checks, not null
   */
  DataChecks finish() {
    for (Facts f : households.values()) {
      f.check(warnings);
    }
    households.clear();
    residents.clear();
    return new DataChecks(ImmutableList.sortedCopyOf(warnings));
  }

  /** A household's first-row facts and the members the checks need. */
  private static final class Facts {
    final HouseholdId id;
    final List<Long> lines = new ArrayList<>(4);
    @Nullable PovertyCause cause;
    @Nullable HouseholdAttribute attribute;
    int year;
    long net;
    boolean netKnown;
    boolean allHealthy = true;
    final List<Member> able = new ArrayList<>(0);
    final List<Member> householders = new ArrayList<>(1);
    final List<Member> spouses = new ArrayList<>(1);

    Facts(HouseholdId id) {
      this.id = id;
    }

    void check(List<DataWarning> out) {
      if (cause == PovertyCause.ILLNESS && allHealthy) {
        out.add(DataWarning.of(DataCheck.ILLNESS_ALL_HEALTHY, id, lines,
            "primary cause 因病 but all " + lines.size() + (lines.size() == 1 ? " member is" : " members are")
                + " 健康"));
      }
      if (attribute != null && DESTITUTE.contains(attribute) && year != 0) {
        LocalDate end = LocalDate.of(year, 12, 31);
        for (Member m : able) {
          int age = Period.between((LocalDate) m.value, end).getYears();
          if (age >= 16 && age <= 65) {
            out.add(DataWarning.of(DataCheck.DESTITUTE_ABLE_BODIED, id, List.of(m.line),
                attribute.label().zh() + " with an able-bodied member aged " + age + " at the end of " + year));
          }
        }
      }
      if (netKnown && (net <= 0 || net > MAX_PER_CAPITA_FEN * lines.size())) {
        Yuan perCapita = Yuan.ofFen(net).dividedBy(lines.size(), RoundingMode.HALF_UP);
        out.add(DataWarning.of(DataCheck.PER_CAPITA_INCOME, id, lines,
            "per-capita net income " + perCapita.toPlainString() + (net <= 0 ? " is at most 0" : " is above 100000")));
      }
      for (Member h : householders) {
        for (Member s : spouses) {
          if (h.value == s.value) {
            out.add(DataWarning.of(DataCheck.SAME_SEX_SPOUSE, id, List.of(h.line, s.line),
                "the householder (line " + h.line + ") and the spouse (line " + s.line + ") are of one sex"));
          }
        }
      }
    }
  }

  /** A member's line and the one value a check needs of them. */
  private static final class Member {
    final long line;
    final Object value;

    Member(long line, Object value) {
      this.line = line;
      this.value = value;
    }
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
