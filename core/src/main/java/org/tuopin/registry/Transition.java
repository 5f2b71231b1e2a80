package org.tuopin.registry;

import java.util.Optional;
import org.tuopin.basics.Text;

/**
 * How a household's registration changed between two snapshot years (年度动态调整): newly
 * identified, still poor, exited, returned to poverty, stayed exited, or removed.
 *
 * <p>Whether a household is poor or exited in a snapshot is read from its recorded exit
 * status (脱贫状态): {@link ExitStatus#NOT_EXITED 0 未脱贫} and
 * {@link ExitStatus#RETURNED 3 返贫} are poor; {@link ExitStatus#EXITED_WITH_POLICY
 * 1 已脱贫享受政策} and {@link ExitStatus#EXITED 4 已脱贫不再享受政策} are exited. A household
 * with no exit status recorded is treated as poor, since it is on the poverty register.
 *
 * <p>A household in both snapshots that is poor in both is {@link #RETURNED} when the later
 * snapshot records status 3 (返贫) and the earlier one does not, since it exited and fell
 * back between the two; when both record 3 it returned before the earlier year and is
 * {@link #STILL_POOR}, so a return is counted once.
 */
public enum Transition {
  /** Newly identified (新识别): in the later snapshot only. */
  NEWLY_IDENTIFIED("新识别", "newly identified"),
  /** Still poor (持续贫困): in both snapshots, poor in both. */
  STILL_POOR("持续贫困", "still poor"),
  /** Exited (脱贫): poor in the earlier snapshot, exited in the later. */
  EXITED("脱贫", "exited"),
  /**
   * Returned to poverty (返贫): exited in the earlier snapshot and poor in the later, or
   * poor in both with status 3 (返贫) newly recorded in the later.
   */
  RETURNED("返贫", "returned to poverty"),
  /** Stayed exited (稳定脱贫): exited in both snapshots. */
  STAYED_EXITED("稳定脱贫", "stayed exited"),
  /** Removed (清退/移出): in the earlier snapshot only. */
  REMOVED("清退/移出", "removed");

  private final Text label;

  Transition(String zh, String en) {
    this.label = Text.of(zh, en);
  }

  /**
   * Returns the label in Chinese and English.
   *
   * @return the label, not null
   */
  public Text label() {
    return label;
  }

  /**
   * Classifies a household from its records in an earlier and a later snapshot.
   *
   * @param earlier  the household in the earlier snapshot, or empty
   * @param later  the household in the later snapshot, or empty
   * @return the transition, not null
   * @throws IllegalArgumentException if both are empty
   */
  static Transition between(Optional<Household> earlier, Optional<Household> later) {
    if (earlier.isEmpty() && later.isEmpty()) {
      throw new IllegalArgumentException("a transition needs the household in at least one snapshot");
    }
    if (earlier.isEmpty()) {
      return NEWLY_IDENTIFIED;
    }
    if (later.isEmpty()) {
      return REMOVED;
    }
    Optional<ExitStatus> before = earlier.get().exitStatus();
    Optional<ExitStatus> after = later.get().exitStatus();
    boolean poorBefore = isPoor(before);
    boolean poorAfter = isPoor(after);
    if (poorBefore && poorAfter) {
      boolean newlyReturned = after.equals(Optional.of(ExitStatus.RETURNED))
          && !before.equals(Optional.of(ExitStatus.RETURNED));
      return newlyReturned ? RETURNED : STILL_POOR;
    }
    if (poorBefore) {
      return EXITED;
    }
    return poorAfter ? RETURNED : STAYED_EXITED;
  }

  /**
   * Checks whether a recorded exit status counts as poor: 0 and 3, or none recorded.
   *
   * @param status  the recorded status, or empty
   * @return true if poor, false if exited
   */
  static boolean isPoor(Optional<ExitStatus> status) {
    return status.map(ExitStatus::isPoor).orElse(true);
  }
}
