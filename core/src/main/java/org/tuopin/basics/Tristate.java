package org.tuopin.basics;

/**
 * Whether a fact or a criterion holds: met, not met, or unknown.
 *
 * <p>Unknown is a state of its own, never a default for "no": a household whose facts are
 * unknown is not assessed as if they failed or passed. Combined with {@link #and}, the
 * three states follow Kleene's logic: one unmet part makes the whole unmet whatever is
 * unknown, and otherwise one unknown part makes the whole unknown.
 */
public enum Tristate {
  /** The fact holds (是). */
  MET,
  /** The fact does not hold (否). */
  NOT_MET,
  /** The fact is not known (未知). */
  UNKNOWN;

  /**
   * Obtains the state of a known yes/no answer.
   *
   * @param met  whether the fact holds
   * @return {@code MET} or {@code NOT_MET}, not null
   */
  public static Tristate of(boolean met) {
    return met ? MET : NOT_MET;
  }

  /**
   * Combines this state with another as a logical "and" (Kleene).
   *
   * @param other  the other state, not null
   * @return {@code NOT_MET} if either is, else {@code UNKNOWN} if either is, else {@code MET}
   */
  public Tristate and(Tristate other) {
    if (this == NOT_MET || other == NOT_MET) {
      return NOT_MET;
    }
    return this == UNKNOWN || other == UNKNOWN ? UNKNOWN : MET;
  }

  /**
   * Checks whether the state is known.
   *
   * @return true unless {@code UNKNOWN}
   */
  public boolean isKnown() {
    return this != UNKNOWN;
  }

  /**
   * Returns the state as a word: 是 / 否 / 未知, yes / no / unknown.
   *
   * @return the word in Chinese and English, not null
   */
  public Text label() {
    return Text.message("tristate." + name());
  }
}
