package org.tuopin.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Yuan;
import org.tuopin.internal.Redaction;
import org.tuopin.registry.Health;
import org.tuopin.registry.HouseholdAttribute;
import org.tuopin.registry.HouseholdId;
import org.tuopin.registry.IncomeStatement;
import org.tuopin.registry.LabourSkill;
import org.tuopin.registry.PovertyCause;
import org.tuopin.registry.Relation;
import org.tuopin.registry.ResidentId;
import org.tuopin.registry.Sex;

/**
 * The national data checks ({@link DataCheck}) of one household, gathered row by row: the
 * one place their rules are written. {@link DataChecks} and {@link RosterReader} feed it the
 * rows they parse; a reader that parses rows itself, such as the columnar
 * {@code HouseholdTableReader}, feeds it the same values, so that every reader gives the same
 * warnings. Household-level values are taken from the first row that gives them, and the
 * household's size is its number of rows.
 *
 * <p>The check of one resident in two households spans the file; its warning is made by
 * {@link #residentInTwoHouseholds}.
 *
 * <p>This class is mutable and not thread-safe.
 */
public final class HouseholdChecks {

  /** The key of the optional months-worked column. */
  static final String MONTHS_KEY = "months_worked";
  /** Its Chinese alias. */
  static final String MONTHS_ZH = "务工时间";
  private static final Set<HouseholdAttribute> DESTITUTE = Sets.immutableEnumSet(HouseholdAttribute.DESTITUTE_POOR,
      HouseholdAttribute.DESTITUTE_EXITED, HouseholdAttribute.SUBSISTENCE_DESTITUTE_POOR);
  private static final Set<LabourSkill> ABLE = Sets.immutableEnumSet(LabourSkill.ORDINARY, LabourSkill.SKILLED);
  /** The per-capita income above which a household is flagged, in fen: 100,000 yuan. */
  private static final long MAX_PER_CAPITA_FEN = 100_000_00L;

  private final HouseholdId id;
  private final List<Long> lines = new ArrayList<>(4);
  private @Nullable PovertyCause cause;
  private @Nullable HouseholdAttribute attribute;
  private int year;
  private long net;
  private boolean netKnown;
  private boolean allHealthy = true;
  private final List<Member> able = new ArrayList<>(0);
  private final List<Member> householders = new ArrayList<>(1);
  private final List<Member> spouses = new ArrayList<>(1);
  /** The rows whose months worked are out of range, with the warning's detail. */
  private final List<Member> months = new ArrayList<>(0);

  /**
   * Starts the checks of a household.
   *
   * @param id  the household's id, not null
   */
  public HouseholdChecks(HouseholdId id) {
    this.id = requireNonNull(id, "id");
  }

  /**
   * Checks whether a header names the optional months-worked column, which only the checks
   * read.
   *
   * @param header  the header, trimmed, not null
   * @return true for {@code months_worked} (any case) or 务工时间
   */
  public static boolean isMonthsWorked(String header) {
    return header.toLowerCase(Locale.ROOT).equals(MONTHS_KEY) || header.equals(MONTHS_ZH);
  }

  /**
   * Returns the household's id.
   *
   * @return the id, not null
   */
  public HouseholdId id() {
    return id;
  }

  /**
   * Takes the household-level values of a row, each kept from the first row that gives it.
   *
   * @param cause  the primary cause, or null if empty or bad
   * @param attribute  the attribute, or null if empty or bad
   * @param incomeYear  the income year, or 0 if empty or bad
   * @param netFen  the net income in fen (the four incomes less the business expense), or null
   *     unless all five amounts parsed
   */
  public void household(@Nullable PovertyCause cause, @Nullable HouseholdAttribute attribute, int incomeYear,
      @Nullable Long netFen) {
    if (this.cause == null) {
      this.cause = cause;
    }
    if (this.attribute == null) {
      this.attribute = attribute;
    }
    if (year == 0) {
      year = incomeYear;
    }
    if (!netKnown && netFen != null) {
      net = netFen;
      netKnown = true;
    }
  }

  /**
   * Takes a row's member values; each is null if its field was empty or bad.
   *
   * @param line  the row's line, from 1 (the header)
   * @param relation  the relation to the householder
   * @param sex  the sex
   * @param health  the health
   * @param labour  the labour skill
   * @param birth  the birth date
   * @param monthsWorked  the non-empty text of the months-worked column, if the file has it
   */
  public void member(long line, @Nullable Relation relation, @Nullable Sex sex, @Nullable Health health,
      @Nullable LabourSkill labour, @Nullable LocalDate birth, @Nullable String monthsWorked) {
    lines.add(line);
    if (health != Health.HEALTHY) {
      allHealthy = false;
    }
    if (birth != null && ABLE.contains(labour)) {
      able.add(new Member(line, birth));
    }
    if (sex != null && relation == Relation.HOUSEHOLDER) {
      householders.add(new Member(line, sex));
    } else if (sex != null && relation == Relation.SPOUSE) {
      spouses.add(new Member(line, sex));
    }
    if (monthsWorked != null) {
      months(monthsWorked).ifPresent(detail -> months.add(new Member(line, detail)));
    }
  }

  /**
   * Returns a warning of these checks with its lines counted from a number of lines further
   * on: for a reader that numbers the rows of a part of a file before it knows where the part
   * starts.
   *
   * @param warning  the warning, not null
   * @param lines  the lines to add to each of its lines
   * @return the warning on the lines further on, not null
   */
  public static DataWarning offsetLines(DataWarning warning, long lines) {
    List<Long> moved = new ArrayList<>(warning.lines().size());
    for (long line : warning.lines()) {
      moved.add(line + lines);
    }
    String detail = warning.detail();
    if (warning.check() == DataCheck.SAME_SEX_SPOUSE) {
      // the lines are sorted, and the householder may come after the spouse: keep the order
      // the detail gives them in
      List<Long> lines0 = warning.lines();
      boolean householderFirst = detail.equals(sameSex(lines0.get(0), lines0.get(1)));
      detail = householderFirst ? sameSex(moved.get(0), moved.get(1)) : sameSex(moved.get(1), moved.get(0));
    }
    return DataWarning.of(warning.check(), warning.household(), moved, detail);
  }

  /** The details of the illness check by household size, made once (a national roster has millions). */
  private static final String[] ILLNESS = new String[32];

  static {
    for (int n = 0; n < ILLNESS.length; n++) {
      ILLNESS[n] = illnessDetail(n);
    }
  }

  private static String illness(int members) {
    return members < ILLNESS.length ? ILLNESS[members] : illnessDetail(members);
  }

  private static String illnessDetail(int members) {
    return "primary cause 因病 but all " + members + (members == 1 ? " member is" : " members are") + " 健康";
  }

  private static String sameSex(long householder, long spouse) {
    return "the householder (line " + householder + ") and the spouse (line " + spouse + ") are of one sex";
  }

  /**
   * Returns the warnings of the household: those of its rows as they came, then those of the
   * household as a whole, in the checks' order.
   *
   * @return the warnings, not null
   */
  public ImmutableList<DataWarning> warnings() {
    List<DataWarning> out = new ArrayList<>(0);
    for (Member m : months) {
      out.add(DataWarning.of(DataCheck.MONTHS_WORKED, id, List.of(m.line), (String) m.value));
    }
    if (cause == PovertyCause.ILLNESS && allHealthy) {
      out.add(DataWarning.of(DataCheck.ILLNESS_ALL_HEALTHY, id, lines, illness(lines.size())));
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
      Yuan perCapita = IncomeStatement.perCapita(Yuan.ofFen(net), lines.size());
      out.add(DataWarning.of(DataCheck.PER_CAPITA_INCOME, id, lines,
          "per-capita net income " + perCapita.toPlainString() + (net <= 0 ? " is at most 0" : " is above 100000")));
    }
    for (Member h : householders) {
      for (Member s : spouses) {
        if (h.value == s.value) {
          out.add(DataWarning.of(DataCheck.SAME_SEX_SPOUSE, id, List.of(h.line, s.line), sameSex(h.line, s.line)));
        }
      }
    }
    return ImmutableList.copyOf(out);
  }

  /**
   * Returns the warning of a resident found in a second household: the row of
   * {@code household} on {@code line} has a resident id first seen in another household.
   *
   * @param id  the resident id, not null
   * @param household  the household of the row, not null
   * @param line  the row's line
   * @param first  the household the id was first seen in, not null
   * @param firstLine  the line it was first seen on
   * @return the warning, not null
   */
  public static DataWarning residentInTwoHouseholds(ResidentId id, HouseholdId household, long line,
      HouseholdId first, long firstLine) {
    return DataWarning.of(DataCheck.PERSON_IN_TWO_HOUSEHOLDS, household, List.of(firstLine, line),
        "resident ID " + id + " is also in household " + first + " on line " + firstLine);
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

  /** A member's line and the one value a check needs of them. */
  private static final class Member {
    final long line;
    final Object value;

    Member(long line, Object value) {
      this.line = line;
      this.value = value;
    }
  }
}
