package org.tuopin.examples.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Coded;
import org.tuopin.basics.Comparison;
import org.tuopin.io.DataCheck;
import org.tuopin.io.HouseholdChecks;
import org.tuopin.region.RegionCode;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Health;
import org.tuopin.registry.Household;
import org.tuopin.registry.HouseholdAttribute;
import org.tuopin.registry.LabourSkill;
import org.tuopin.registry.PovertyCause;
import org.tuopin.registry.Relation;
import org.tuopin.registry.Sex;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.HouseholdCriteria;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;

/**
 * The peer of benchmark P1: what the command line's {@code assess --report regions} computes,
 * done by DuckDB's SQL from the roster file: the province totals for a standard set, printed
 * on standard output as {@code region_code,registered_poor,remaining_poor}, and the counts of
 * the national data checks ({@link DataCheck}), printed on standard error in the command
 * line's form ({@code data checks: 12 warnings (illness_all_healthy 7, …)}).
 *
 * <p>One connection runs three statements: the roster's columns that the two queries read are
 * loaded once into a table {@code roster} ({@code read_csv}, every field as text, insertion
 * order kept, so that the table's {@code rowid} follows the file's lines); the regions query
 * and the checks query then read that table.
 *
 * <p><b>Regions.</b> The SQL is generated from the standard set: for each effective year, the
 * line in fen with its comparison against the household's net income (wage + business +
 * property + transfer − business expense) times its size, and the conditions it requires met
 * (是/1/true/yes); a year outside the set's years, or an observation rule, leaves the
 * household remaining poor. Of the row checks of the data contract it repeats only the one
 * the synthetic rosters ({@link NationalRoster}, {@link CountyRoster}) exercise: the resident
 * ID's ISO 7064 check character; a household with a failing row is remaining poor, as an
 * incomplete household is in Tuopin. It is thus the same rule on these files, not a
 * validating reader.
 *
 * <p><b>Data checks.</b> The rules of {@code io.HouseholdChecks}, written in SQL: the rows of
 * every household with a valid id (1 to 64 letters, digits and {@code - _ . :}), rejected rows
 * included, each value counted only where it parses by the roster's rule — codes by their
 * code, Chinese label, English label or constant name in any case (the lists are generated
 * from the library's enums), birth dates as a real {@code YYYY-MM-DD}, income years of four
 * digits from 1978 to 2100, amounts as digits with at most two decimals up to 100,000,000
 * yuan, resident IDs as the library parses them (18 characters with the check character, or
 * 15 digits; a real birth date; a GB/T 2260 province and a well-formed county code). A
 * household's cause, attribute, income year and net income are those of its first row (by
 * line) that gives them, its size its number of rows. Counted as the library counts them:
 * <ul>
 *   <li>{@code illness_all_healthy}: one per household whose cause is 因病 and every row's
 *       health 健康;
 *   <li>{@code destitute_able_bodied}: one per row of a 特困 household (特困供养贫困户,
 *       特困供养脱贫户, 低保特困供养贫困户) with a birth date and 普通/技能劳动力, aged 16 to 65
 *       at the end of the income year (the income year less the birth year);
 *   <li>{@code per_capita_income}: one per household whose net income is at most 0 or above
 *       100,000 yuan times its size;
 *   <li>{@code same_sex_spouse}: one per pair of a householder and a spouse row of one sex;
 *   <li>{@code person_in_two_households}: one per row whose resident ID was first seen (by
 *       line) in another household;
 *   <li>{@code months_worked}: one per non-empty field of the optional {@code months_worked}
 *       (务工时间) column that is not digits with at most one decimal from 0 to 12.
 * </ul>
 * Values are trimmed of spaces only (Java's {@code trim} also strips control characters).
 *
 * <p>It needs the DuckDB JDBC driver on the class path (the {@code bench} profile copies it to
 * {@code examples/target/bench-lib}); it is run as a process by {@link RegionsBenchmark}.
 */
public final class DuckDbRegions {

  /** The eight conditions of the roster (两不愁三保障 and the village's facilities). */
  private static final List<String> CONDITIONS =
      List.of("food", "clothing", "education", "medical", "housing", "water", "electricity", "tv");
  /** The roster columns the two queries read. */
  private static final List<String> COLUMNS = List.of("village_code", "household_id", "id_number", "relation", "sex",
      "birth_date", "health", "labor", "attribute", "primary_cause", "income_year", "wage_income", "business_income",
      "property_income", "transfer_income", "business_expense");
  private static final String[] AMOUNTS =
      {"wage_income", "business_income", "property_income", "transfer_income", "business_expense"};

  private DuckDbRegions() {
  }

  /**
   * Runs the SQL.
   *
   * @param args  the roster file and the standard set id
   * @throws Exception if DuckDB fails
   */
  public static void main(String[] args) throws Exception {
    String file = args[0];
    StandardSet standard = StandardSets.of(args[1]);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      String months = monthsColumn(s, file);
      s.execute("SET preserve_insertion_order = true");
      s.execute(load(file, months));
      StringBuilder out = new StringBuilder("region_code,registered_poor,remaining_poor\n");
      try (ResultSet r = s.executeQuery(regions(standard))) {
        while (r.next()) {
          out.append(r.getString(1)).append(',').append(r.getLong(2)).append(',').append(r.getLong(3)).append('\n');
        }
      }
      System.out.print(out);
      Map<DataCheck, Long> counts = new EnumMap<>(DataCheck.class);
      try (ResultSet r = s.executeQuery(checks(months != null))) {
        r.next();
        for (DataCheck check : DataCheck.values()) {
          counts.put(check, r.getLong(check.key()));
        }
      }
      System.err.println(summary(counts));
    }
  }

  /** The header of the file's months-worked column, as the library recognises it, or null. */
  private static @Nullable String monthsColumn(Statement s, String file) throws SQLException {
    try (ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + readCsv(file))) {
      while (r.next()) {
        String name = r.getString("column_name");
        if (HouseholdChecks.isMonthsWorked(name.trim())) {
          return name;
        }
      }
    }
    return null;
  }

  private static String readCsv(String file) {
    return "read_csv('" + file.replace("'", "''") + "', header = true, all_varchar = true)";
  }

  /** The statement loading the columns the queries read into the table {@code roster}, in file order. */
  static String load(String file, @Nullable String monthsColumn) {
    Set<String> columns = new LinkedHashSet<>(COLUMNS);
    columns.addAll(CONDITIONS);
    String select = String.join(", ", columns)
        + (monthsColumn == null ? "" : ", \"" + monthsColumn.replace("\"", "\"\"") + "\" AS months_worked");
    return "CREATE TABLE roster AS SELECT " + select + " FROM " + readCsv(file);
  }

  /** The SQL of the regions report's province totals for a standard set, over the table {@code roster}. */
  static String regions(StandardSet standard) {
    StringBuilder eligible = new StringBuilder("CASE y");
    for (int year = standard.effectiveYears().first(); year <= standard.effectiveYears().last(); year++) {
      List<String> terms = new ArrayList<>();
      for (Criterion<Household> c : standard.householdCriteria(year)) {
        Optional<HouseholdCriteria.IncomeTest> income = HouseholdCriteria.incomeTestOf(c);
        Optional<Condition> condition = HouseholdCriteria.conditionOf(c);
        if (income.isPresent()) {
          Comparison comparison = income.get().comparison();
          long line = income.get().line().amount(year).fen();
          List<String> signs = new ArrayList<>();
          for (int sign = -1; sign <= 1; sign++) {
            if (comparison.test(sign)) {
              signs.add(Integer.toString(sign));
            }
          }
          terms.add("sign(net - " + line + " * n) IN (" + String.join(",", signs) + ")");
        } else if (condition.isPresent() && CONDITIONS.contains(condition.get().key())) {
          terms.add("lower(trim(coalesce(" + condition.get().key() + ", ''))) IN ('是','1','true','yes')");
        } else {
          throw new IllegalArgumentException("no SQL for criterion " + c.id());
        }
      }
      eligible.append(" WHEN ").append(year).append(" THEN ")
          .append(terms.isEmpty() ? "true" : String.join(" AND ", terms));
    }
    eligible.append(" ELSE false END");
    String assessed = standard.observationRule().isPresent() ? "false" : "ok AND " + eligible;
    String idOk = "(id_number IS NULL OR trim(id_number) = '' OR (length(id_number) = 18"
        + " AND regexp_full_match(substr(id_number, 1, 17), '[0-9]{17}')"
        + " AND " + checkCharacterOk("id_number", "id17") + "))";
    String conditions = CONDITIONS.stream().map(k -> "any_value(" + k + ") AS " + k).collect(Collectors.joining(", "));
    return String.format(Locale.ROOT, """
        WITH households AS (
          SELECT village_code AS v, count(*) AS n, bool_and(%s) AS ok,
            CAST(any_value(income_year) AS INTEGER) AS y,
            CAST(round((CAST(any_value(wage_income) AS DECIMAL(18,2)) + CAST(any_value(business_income) AS DECIMAL(18,2))
              + CAST(any_value(property_income) AS DECIMAL(18,2)) + CAST(any_value(transfer_income) AS DECIMAL(18,2))
              - CAST(any_value(business_expense) AS DECIMAL(18,2))) * 100) AS BIGINT) AS net,
            %s
          FROM (SELECT *, %s AS id17 FROM roster) GROUP BY village_code, household_id
        )
        SELECT substr(v, 1, 2) || '0000000000' AS region_code, sum(n) AS registered_poor,
          sum(CASE WHEN %s THEN 0 ELSE n END) AS remaining_poor
        FROM households GROUP BY 1 ORDER BY 1
        """, idOk, conditions, first17("id_number"), assessed);
  }

  /**
   * Whether an 18-character resident ID's last character is its ISO 7064 MOD 11-2 check
   * character, given its first 17 characters as a number (which the caller computes once a
   * row): the digits are taken from the number by integer arithmetic, far cheaper in DuckDB
   * than a cast of each character.
   */
  private static String checkCharacterOk(String id, String first17) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    StringBuilder sum = new StringBuilder("(");
    long power = 10_000_000_000_000_000L;
    for (int i = 0; i < 17; i++, power /= 10) {
      sum.append(i == 0 ? "" : " + ").append("(").append(first17).append(" // ").append(power).append(" % 10) * ")
          .append(weights[i]);
    }
    sum.append(") % 11");
    return "substr('10X98765432', CAST(" + sum + " AS INTEGER) + 1, 1) = upper(substr(" + id + ", 18, 1))";
  }

  /** The first 17 characters of a resident ID as a number, or NULL. */
  private static String first17(String id) {
    return "TRY_CAST(substr(" + id + ", 1, 17) AS BIGINT)";
  }

  /**
   * The SQL of the national data checks' counts over the table {@code roster}: one row, one
   * column per check named by its key.
   */
  static String checks(boolean monthsColumn) {
    String amounts = Arrays.stream(AMOUNTS).map(a -> "  " + amountFen(a) + " AS " + a)
        .collect(Collectors.joining(",\n"));
    String months = monthsColumn
        ? "CASE WHEN trim(months_worked) <> '' THEN NOT coalesce(length(trim(months_worked)) <= 18"
            + " AND regexp_full_match(trim(months_worked), '[0-9]+(\\.[0-9])?')"
            + " AND TRY_CAST(trim(months_worked) AS DECIMAL(18,1)) <= 12, false) END"
        : "NULL::BOOLEAN";
    return String.format(Locale.ROOT, """
        WITH parsed AS (
          SELECT rowid AS line, trim(household_id) AS h, upper(trim(id_number)) AS u, %s AS u17,
            lower(trim(relation)) AS relation, lower(trim(sex)) AS sex, lower(trim(health)) AS health,
            lower(trim(labor)) AS labor, lower(trim(attribute)) AS attribute, lower(trim(primary_cause)) AS cause,
            CASE WHEN regexp_full_match(trim(birth_date), '[0-9]{4}-[0-9]{2}-[0-9]{2}')
              THEN year(TRY_CAST(trim(birth_date) AS DATE)) END AS born,
            CASE WHEN regexp_full_match(trim(income_year), '[0-9]{4}')
              AND TRY_CAST(trim(income_year) AS INTEGER) BETWEEN 1978 AND 2100 THEN TRY_CAST(trim(income_year) AS INTEGER) END AS y,
          %s,
            %s AS months_bad
          FROM roster
          WHERE length(trim(household_id)) BETWEEN 1 AND 64
            AND regexp_full_match(trim(household_id), '[\\p{L}\\p{Nd}_.:-]+')
        ), r AS MATERIALIZED (
          SELECT line, h, CASE WHEN %s THEN u END AS rid,
            relation IN (%s) AS householder, relation IN (%s) AS spouse,
            sex IN (%s) AS male, sex IN (%s) AS female,
            coalesce(health IN (%s), false) AS healthy, labor IN (%s) AS able, born,
            CASE WHEN attribute IN (%s) THEN attribute IN (%s) END AS destitute,
            CASE WHEN cause IN (%s) THEN cause IN (%s) END AS illness,
            y, %s AS net,
            months_bad
          FROM parsed
        ), households AS MATERIALIZED (
          SELECT h, count(*) AS n, bool_and(healthy) AS all_healthy,
            arg_min(illness, line) FILTER (WHERE illness IS NOT NULL) AS illness,
            arg_min(destitute, line) FILTER (WHERE destitute IS NOT NULL) AS destitute,
            arg_min(y, line) FILTER (WHERE y IS NOT NULL) AS y,
            arg_min(net, line) FILTER (WHERE net IS NOT NULL) AS net,
            count(*) FILTER (WHERE householder AND male) AS hm, count(*) FILTER (WHERE householder AND female) AS hf,
            count(*) FILTER (WHERE spouse AND male) AS sm, count(*) FILTER (WHERE spouse AND female) AS sf
          FROM r GROUP BY h
        ), per_household AS (
          SELECT count(*) FILTER (WHERE illness AND all_healthy) AS illness_all_healthy,
            count(*) FILTER (WHERE net <= 0 OR net > 10000000 * n) AS per_capita_income,
            coalesce(sum(hm * sm + hf * sf), 0) AS same_sex_spouse
          FROM households
        ), able_bodied AS (
          SELECT count(*) AS destitute_able_bodied
          FROM r JOIN households USING (h)
          WHERE households.destitute AND r.able AND households.y - r.born BETWEEN 16 AND 65
        ), first_seen AS (
          SELECT rid, arg_min(h, line) AS first FROM r WHERE rid IS NOT NULL GROUP BY rid
        ), two_households AS (
          SELECT count(*) AS person_in_two_households
          FROM r JOIN first_seen USING (rid) WHERE r.h <> first_seen.first
        )
        SELECT illness_all_healthy, destitute_able_bodied, per_capita_income, same_sex_spouse,
          person_in_two_households, (SELECT count(*) FROM r WHERE months_bad) AS months_worked
        FROM per_household, able_bodied, two_households
        """, first17("upper(trim(id_number))"), amounts, months, residentIdOk("u", "u17"),
        texts(Relation.class, Relation.HOUSEHOLDER::equals), texts(Relation.class, Relation.SPOUSE::equals),
        texts(Sex.class, Sex.MALE::equals), texts(Sex.class, Sex.FEMALE::equals),
        texts(Health.class, Health.HEALTHY::equals),
        texts(LabourSkill.class, l -> l == LabourSkill.ORDINARY || l == LabourSkill.SKILLED),
        texts(HouseholdAttribute.class, a -> true),
        texts(HouseholdAttribute.class, a -> a == HouseholdAttribute.DESTITUTE_POOR
            || a == HouseholdAttribute.DESTITUTE_EXITED || a == HouseholdAttribute.SUBSISTENCE_DESTITUTE_POOR),
        texts(PovertyCause.class, c -> true), texts(PovertyCause.class, PovertyCause.ILLNESS::equals),
        Arrays.stream(AMOUNTS).map(a -> (a.equals("business_expense") ? " - " : " + ") + capped(a))
            .collect(Collectors.joining()).substring(3));
  }

  /**
   * An amount column in fen where it is written by the roster's number rule (digits with at
   * most two decimals, at most 18 characters), else NULL; {@link #capped} then applies the
   * plausible cap.
   */
  private static String amountFen(String column) {
    String t = "trim(" + column + ")";
    return "CASE WHEN length(" + t + ") <= 18 AND regexp_full_match(" + t + ", '[0-9]+(\\.[0-9]{1,2})?')"
        + " THEN TRY_CAST(TRY_CAST(" + t + " AS DECIMAL(18,2)) * 100 AS BIGINT) END";
  }

  /** An amount in fen if at most the plausible cap (100,000,000 yuan), else NULL. */
  private static String capped(String fen) {
    return "CASE WHEN " + fen + " <= 10000000000 THEN " + fen + " END";
  }

  /**
   * Whether an upper-cased, trimmed resident ID parses as the library's {@code ResidentId}:
   * 18 characters (17 digits and a digit or X, with its check character) or 15 digits, a
   * real birth date, and a county code under a GB/T 2260 province with no county part under
   * a zero prefecture part.
   */
  private static String residentIdOk(String u, String first17) {
    List<String> provinces = new ArrayList<>();
    for (int p = 10; p <= 99; p++) {
      try {
        RegionCode.parse(p + "0000000000");
        provinces.add(Integer.toString(p));
      } catch (IllegalArgumentException ex) {
        // not a province code
      }
    }
    return "(CASE length(" + u + ")"
        + " WHEN 18 THEN regexp_full_match(" + u + ", '[0-9]{17}[0-9X]') AND " + checkCharacterOk(u, first17)
        + " AND TRY_CAST(substr(" + u + ", 7, 4) || '-' || substr(" + u + ", 11, 2) || '-' || substr(" + u
        + ", 13, 2) AS DATE) IS NOT NULL"
        + " WHEN 15 THEN regexp_full_match(" + u + ", '[0-9]{15}')"
        + " AND TRY_CAST('19' || substr(" + u + ", 7, 2) || '-' || substr(" + u + ", 9, 2) || '-' || substr(" + u
        + ", 11, 2) AS DATE) IS NOT NULL"
        + " ELSE false END"
        + " AND TRY_CAST(substr(" + u + ", 1, 2) AS INTEGER) IN (" + String.join(",", provinces) + ")"
        + " AND NOT (substr(" + u + ", 3, 2) = '00' AND substr(" + u + ", 5, 2) <> '00'))";
  }

  /**
   * The SQL list of the lower-case texts that parse, as the library's code lists parse them
   * (code, Chinese label, English label or constant name, the first constant claiming a text
   * keeping it), to a constant of an enum that a test accepts.
   */
  private static <E extends Enum<E> & Coded> String texts(Class<E> type, Predicate<E> test) {
    Map<String, E> byText = new LinkedHashMap<>();
    for (E e : type.getEnumConstants()) {
      byText.putIfAbsent(e.code().toLowerCase(Locale.ROOT), e);
      byText.putIfAbsent(e.label().zh().toLowerCase(Locale.ROOT), e);
      byText.putIfAbsent(e.label().en().toLowerCase(Locale.ROOT), e);
      byText.putIfAbsent(e.name().toLowerCase(Locale.ROOT), e);
    }
    return byText.entrySet().stream().filter(e -> test.test(e.getValue()))
        .map(e -> "'" + e.getKey().replace("'", "''") + "'").collect(Collectors.joining(","));
  }

  /** The counts in the command line's form: {@code data checks: 3 warnings (same_sex_spouse 2, months_worked 1)}. */
  static String summary(Map<DataCheck, Long> counts) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    if (total == 0) {
      return "data checks: no warnings";
    }
    return "data checks: " + total + (total == 1 ? " warning (" : " warnings (")
        + counts.entrySet().stream().filter(e -> e.getValue() > 0).map(e -> e.getKey().key() + " " + e.getValue())
            .collect(Collectors.joining(", "))
        + ")";
  }
}
