package org.tuopin.examples.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tuopin.basics.Comparison;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Household;
import org.tuopin.standard.Criterion;
import org.tuopin.standard.HouseholdCriteria;
import org.tuopin.standard.StandardSet;
import org.tuopin.standard.StandardSets;

/**
 * The peer of benchmark P1: the regions report's province totals computed by DuckDB's SQL
 * from the roster file, for a standard set, printed as {@code region_code,registered_poor,remaining_poor}.
 *
 * <p>The SQL is generated from the standard set: for each effective year, the line in fen with
 * its comparison against the household's net income (wage + business + property + transfer −
 * business expense) times its size, and the conditions it requires met (是/1/true/yes); a
 * year outside the set's years, or an observation rule, leaves the household remaining poor.
 * Of the row checks of the data contract it repeats only the one the synthetic rosters
 * ({@link NationalRoster}, {@link CountyRoster}) exercise: the resident ID's ISO 7064 check
 * character; a household with a failing row is remaining poor, as an incomplete household is
 * in Tuopin. It is thus the same rule on these files, not a validating reader.
 *
 * <p>It needs the DuckDB JDBC driver on the class path (the {@code bench} profile copies it to
 * {@code examples/target/bench-lib}); it is run as a process by {@link RegionsBenchmark}.
 */
public final class DuckDbRegions {

  private DuckDbRegions() {
  }

  /**
   * Runs the SQL.
   *
   * @param args  the roster file and the standard set id
   * @throws Exception if DuckDB fails
   */
  public static void main(String[] args) throws Exception {
    String sql = sql(args[0], StandardSets.of(args[1]));
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      StringBuilder out = new StringBuilder("region_code,registered_poor,remaining_poor\n");
      while (r.next()) {
        out.append(r.getString(1)).append(',').append(r.getLong(2)).append(',').append(r.getLong(3)).append('\n');
      }
      System.out.print(out);
    }
  }

  /** The SQL of the regions report's province totals for a standard set. */
  static String sql(String file, StandardSet standard) {
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
        } else if (condition.isPresent()) {
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
    StringBuilder check = new StringBuilder("(");
    int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    for (int i = 0; i < 17; i++) {
      check.append(i == 0 ? "" : " + ").append("TRY_CAST(substr(id_number, ").append(i + 1).append(", 1) AS INTEGER) * ")
          .append(weights[i]);
    }
    check.append(") % 11");
    String idOk = "(id_number IS NULL OR trim(id_number) = '' OR (length(id_number) = 18"
        + " AND regexp_full_match(substr(id_number, 1, 17), '[0-9]{17}')"
        + " AND substr('10X98765432', CAST(" + check + " AS INTEGER) + 1, 1) = upper(substr(id_number, 18, 1))))";
    String conditions = String.join(", ", List.of("food", "clothing", "education", "medical", "housing", "water",
        "electricity", "tv").stream().map(k -> "any_value(" + k + ") AS " + k).toList());
    return String.format(Locale.ROOT, """
        WITH rows AS (
          SELECT * FROM read_csv('%s', header = true, all_varchar = true)
        ), households AS (
          SELECT village_code AS v, count(*) AS n, bool_and(%s) AS ok,
            CAST(any_value(income_year) AS INTEGER) AS y,
            CAST(round((CAST(any_value(wage_income) AS DECIMAL(18,2)) + CAST(any_value(business_income) AS DECIMAL(18,2))
              + CAST(any_value(property_income) AS DECIMAL(18,2)) + CAST(any_value(transfer_income) AS DECIMAL(18,2))
              - CAST(any_value(business_expense) AS DECIMAL(18,2))) * 100) AS BIGINT) AS net,
            %s
          FROM rows GROUP BY village_code, household_id
        )
        SELECT substr(v, 1, 2) || '0000000000' AS region_code, sum(n) AS registered_poor,
          sum(CASE WHEN %s THEN 0 ELSE n END) AS remaining_poor
        FROM households GROUP BY 1 ORDER BY 1
        """, file.replace("'", "''"), idOk, conditions, assessed);
  }
}
