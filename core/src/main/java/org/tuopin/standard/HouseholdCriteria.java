package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Text;
import org.tuopin.basics.Tristate;
import org.tuopin.basics.Yuan;
import org.tuopin.registry.Condition;
import org.tuopin.registry.Household;

/**
 * Ready-made criteria for households, from which standard sets are built.
 */
public final class HouseholdCriteria {

  private HouseholdCriteria() {
  }

  /**
   * Obtains the income criterion: per-capita net income compared with the line of the
   * income's own year.
   *
   * <p>The comparison is exact: net income is compared with the line times the household
   * size, so no rounding of the per-capita figure can move a household across the line.
   *
   * @param line  the income line, not null
   * @param comparison  how income is compared with the line ({@code ABOVE} for 超过,
   *     {@code AT_LEAST} for 达到), not null
   * @return the criterion, with id {@link CriterionId#INCOME}, not null
   */
  public static Criterion<Household> income(IncomeLine line, Comparison comparison) {
    requireNonNull(line, "line");
    requireNonNull(comparison, "comparison");
    Text label = Text.message("criterion.income");
    return new FunctionCriterion<Household>(CriterionId.INCOME, label, h -> {
      int year = h.income().year();
      Yuan amount = line.amount(year);
      boolean met = comparison.test(h.income().net(), amount.multipliedBy(h.size()));
      String net = h.income().net().toPlainString();
      return Finding.of(CriterionId.INCOME, label, comparison, new FindingValue.Money(amount),
              Optional.of(new FindingValue.Money(h.perCapitaNetIncome())), Tristate.of(met))
          .withNotes(Text.message("finding.note.line_year", year),
              Text.message("finding.note.per_capita", net, h.size()));
    }, "income " + comparison.symbol() + " " + line, new IncomeTest(line, comparison));
  }

  /**
   * Obtains a criterion that a household condition is met; unknown when not recorded.
   *
   * @param condition  the condition, not null
   * @return the criterion, with the condition's key as id, not null
   */
  public static Criterion<Household> condition(Condition condition) {
    requireNonNull(condition, "condition");
    CriterionId id = CriterionId.of(condition.key());
    FindingValue required = new FindingValue.Fact(Tristate.MET);
    return new FunctionCriterion<Household>(id, condition.label(), h -> {
      Tristate state = h.condition(condition);
      return Finding.of(id, condition.label(), required, new FindingValue.Fact(state), state);
    }, condition.key(), condition);
  }

  /**
   * Returns the condition a criterion tests, if it was made by {@link #condition(Condition)}:
   * what a compiler of criteria (the columnar table's) reads instead of calling the test.
   *
   * @param criterion  the criterion, not null
   * @return the condition, or empty for any other criterion
   */
  public static Optional<Condition> conditionOf(Criterion<Household> criterion) {
    return formOf(criterion, Condition.class);
  }

  /**
   * Returns the income test of a criterion, if it was made by
   * {@link #income(IncomeLine, Comparison)}: the line and the comparison as data.
   *
   * @param criterion  the criterion, not null
   * @return the income test, or empty for any other criterion
   */
  public static Optional<IncomeTest> incomeTestOf(Criterion<Household> criterion) {
    return formOf(criterion, IncomeTest.class);
  }

  private static <F> Optional<F> formOf(Criterion<Household> criterion, Class<F> type) {
    requireNonNull(criterion, "criterion");
    if (criterion instanceof FunctionCriterion) {
      Object form = ((FunctionCriterion<Household>) criterion).form();
      if (type.isInstance(form)) {
        return Optional.of(type.cast(form));
      }
    }
    return Optional.empty();
  }

  /**
   * The income criterion as data: net income compared, as the comparison says, with the
   * line of the income's year times the household size.
   *
   * @param line  the income line, not null
   * @param comparison  the comparison, not null
   */
  public record IncomeTest(IncomeLine line, Comparison comparison) {
    /**
     * Creates the test.
     *
     * @param line  the income line, not null
     * @param comparison  the comparison, not null
     */
    public IncomeTest {
      requireNonNull(line, "line");
      requireNonNull(comparison, "comparison");
    }
  }
}
