package org.tuopin.assist.pairing;

import org.tuopin.basics.Text;

/**
 * Why re-planning did not keep an existing pair or village link.
 */
public enum Release {
  /** The household is no longer among the poor households planned for (exited, or not given). */
  HOUSEHOLD_GONE("帮扶对象已脱贫或不在名单", "household exited or not given"),
  /** The village is no longer among the weak villages. */
  VILLAGE_GONE("不再是经济薄弱村", "village no longer weak"),
  /** The cadre is no longer among the cadres planned with. */
  CADRE_GONE("帮扶责任人不在名单", "cadre not given"),
  /** The cadre already carries the quota of their rank. */
  OVER_QUOTA("超出帮扶任务", "over the cadre's quota");

  private final Text label;

  Release(String zh, String en) {
    this.label = Text.of(zh, en).keyed("Release." + name());
  }

  /**
   * Returns the label.
   *
   * @return the label in Chinese and English, not null
   */
  public Text label() {
    return label;
  }
}
