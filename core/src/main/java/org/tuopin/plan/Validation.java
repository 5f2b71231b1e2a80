package org.tuopin.plan;

import org.tuopin.basics.Quantity;
import org.tuopin.basics.Units;
import org.tuopin.indicator.Indicator;

/** Argument checks shared by the plan's value types. */
final class Validation {

  private Validation() {
  }

  /**
   * Checks that a quantity measures an indicator.
   *
   * @param what  what the quantity is, for the message
   * @param indicator  the indicator
   * @param quantity  the quantity
   * @throws IllegalArgumentException naming both units if they measure different things
   */
  static void checkUnit(String what, Indicator indicator, Quantity quantity) {
    if (!quantity.isCompatibleWith(indicator.unit())) {
      throw new IllegalArgumentException(what + " of " + indicator + " must be in a unit like "
          + indicator.unit() + ", not " + quantity.unit() + ": '" + quantity + "'");
    }
  }

  /**
   * Checks that a quantity is money.
   *
   * @param what  what the quantity is, for the message
   * @param quantity  the quantity
   * @throws IllegalArgumentException naming the unit if it is not money
   */
  static void checkMoney(String what, Quantity quantity) {
    if (!quantity.isCompatibleWith(Units.YUAN)) {
      throw new IllegalArgumentException(what + " must be money (元, 万元, 亿元), not " + quantity.unit()
          + ": '" + quantity + "'");
    }
  }
}
