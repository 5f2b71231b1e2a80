package org.tuopin.village;

import org.tuopin.basics.Ratio;

/**
 * The sample-survey counts of a county's exit inspection (第三方评估): sampled exits and the
 * wrong exits among them (错退), sampled non-registered rural people and the missed poor
 * among them (漏评), surveyed households and those approving (群众认可度).
 *
 * @param sampledExits  exited households or people sampled, positive
 * @param wrongExits  of them, wrongly exited, at most the sample
 * @param sampledNonRegistered  non-registered rural people sampled, positive
 * @param missedPoor  of them, poor but not registered, at most the sample
 * @param surveyedHouseholds  households surveyed for approval, positive
 * @param approving  of them, approving, at most the sample
 */
public record CountySurvey(long sampledExits, long wrongExits, long sampledNonRegistered, long missedPoor,
    long surveyedHouseholds, long approving) {

  /**
   * Creates a survey.
   *
   * @param sampledExits  exited households or people sampled, positive
   * @param wrongExits  of them, wrongly exited, at most the sample
   * @param sampledNonRegistered  non-registered rural people sampled, positive
   * @param missedPoor  of them, poor but not registered, at most the sample
   * @param surveyedHouseholds  households surveyed for approval, positive
   * @param approving  of them, approving, at most the sample
   * @throws IllegalArgumentException if a sample is not positive or a count exceeds its sample
   */
  public CountySurvey {
    check("wrong exits", wrongExits, sampledExits);
    check("missed poor", missedPoor, sampledNonRegistered);
    check("approving households", approving, surveyedHouseholds);
  }

  private static void check(String what, long count, long sample) {
    if (sample <= 0 || count < 0 || count > sample) {
      throw new IllegalArgumentException(what + " must be from 0 to a positive sample size: " + count + " of " + sample);
    }
  }

  /**
   * Returns the wrong-exit rate (错退率): wrong exits ÷ sampled exits.
   *
   * @return the rate, not null
   */
  public Ratio wrongExitRate() {
    return Ratio.of(wrongExits, sampledExits);
  }

  /**
   * Returns the missed-poor rate (漏评率): missed poor ÷ sampled non-registered people.
   *
   * @return the rate, not null
   */
  public Ratio missedRate() {
    return Ratio.of(missedPoor, sampledNonRegistered);
  }

  /**
   * Returns the approval rate (群众认可度): approving ÷ surveyed households.
   *
   * @return the rate, not null
   */
  public Ratio approvalRate() {
    return Ratio.of(approving, surveyedHouseholds);
  }
}
