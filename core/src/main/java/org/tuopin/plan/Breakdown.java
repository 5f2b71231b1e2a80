package org.tuopin.plan;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.tuopin.basics.Comparison;
import org.tuopin.basics.Quantity;
import org.tuopin.basics.Text;
import org.tuopin.basics.Units;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.tuopin.internal.JsonBinding;
import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * A decomposition (分解) of a whole into named parts: the households of each of the 五个一批
 * batches, the uses of a fund (资金用途), the rows of an allocation table (资金分配表), a
 * county's yearly tasks by township.
 *
 * <p>The whole is either stated here or, for counts in 户 or 人, taken from the plan's
 * registered households or people. How the parts relate to the whole is the
 * {@link #relation() relation}: {@link Comparison#AT_MOST at most} (the default: categories
 * that may leave some out but must not count anyone twice), {@link Comparison#EXACTLY exactly}
 * (uses that spend a fund, an allocation table whose rows make its 合计), or
 * {@link Comparison#AT_LEAST at least} (tasks whose parts must cover the whole). For
 * "exactly" {@link Plan#check()} reports a shortfall and an excess alike, with the exact
 * difference and the parts named.
 *
 * <p>A part may be {@link #blanks() blank}: a cell left empty in the source is unknown, not
 * zero. The check then reports the gap the blanks leave between the known parts and the
 * whole, and names the blank rows. A part may name its {@link #recipients() recipient}, a
 * {@link Scope} such as a county or an organisation (a state forest farm, a department).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@JsonBinding
public abstract class Breakdown implements WithBreakdown {

  Breakdown() {
  }

  /**
   * Obtains a breakdown of the plan's registered population.
   *
   * @param name  the name, such as 五个一批（户）, not null
   * @param parts  the count of each category, in order, all measured alike, not null
   * @return the breakdown, not null
   * @throws IllegalArgumentException if there are no parts or they are measured differently
   */
  public static Breakdown of(Text name, Map<String, Quantity> parts) {
    return builder().name(name).parts(parts).build();
  }

  /**
   * Obtains a breakdown of a stated whole.
   *
   * @param name  the name, not null
   * @param parts  the count of each category, in order, all measured like the whole, not null
   * @param whole  the whole the parts divide, not null
   * @return the breakdown, not null
   * @throws IllegalArgumentException if there are no parts or they are measured differently
   */
  public static Breakdown of(Text name, Map<String, Quantity> parts, Quantity whole) {
    requireNonNull(whole, "whole");
    return builder().name(name).parts(parts).whole(whole).build();
  }

  /**
   * Obtains a breakdown whose parts must add up to a stated whole exactly, such as the uses
   * of a fund or the rows of an allocation table.
   *
   * @param name  the name, not null
   * @param parts  the parts, in order, all measured like the whole, not null
   * @param whole  the whole the parts make up, not null
   * @return the breakdown, not null
   * @throws IllegalArgumentException if there are no parts or they are measured differently
   */
  public static Breakdown ofExactly(Text name, Map<String, Quantity> parts, Quantity whole) {
    requireNonNull(whole, "whole");
    return builder().name(name).parts(parts).whole(whole).relation(Comparison.EXACTLY).build();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the name.
   *
   * @return the name, not null
   */
  @JsonProperty("name")
  public abstract Text name();

  /**
   * Returns the count of each category, in the order given.
   *
   * @return the parts, at least one, not null
   */
  @JsonProperty("parts")
  public abstract ImmutableMap<String, Quantity> parts();

  /**
   * Returns the whole the parts divide, if stated here.
   *
   * @return the whole, if stated
   */
  public abstract Optional<Quantity> whole();

  /**
   * Returns how the parts relate to the whole: {@link Comparison#AT_MOST} (the default),
   * {@link Comparison#EXACTLY} or {@link Comparison#AT_LEAST}.
   *
   * @return the relation, not null
   */
  @Value.Default
  @JsonProperty("relation")
  public Comparison relation() {
    return Comparison.AT_MOST;
  }

  /**
   * Returns the parts whose figure is blank in the source: unknown, not zero.
   *
   * @return the names of the blank parts, in order, not null
   */
  @JsonProperty("blanks")
  public abstract ImmutableList<String> blanks();

  /**
   * Returns the recipient of each part that names one: the region or organisation a row of
   * an allocation table goes to.
   *
   * @return the recipients by part name, not null
   */
  @JsonProperty("recipients")
  public abstract ImmutableMap<String, Scope> recipients();

  /**
   * Returns the sum of the known parts: blank parts are left out.
   *
   * @return the exact total, not null
   */
  public Quantity total() {
    if (parts().isEmpty()) {
      return Quantity.of(0, whole().orElseThrow().unit());
    }
    return Quantity.sum(parts().values());
  }

  /**
   * Checks whether every part's figure is known.
   *
   * @return true if no part is blank
   */
  public boolean isComplete() {
    return blanks().isEmpty();
  }

  /**
   * Returns the whole the parts divide in a plan: the stated whole, else the plan's registered
   * households for parts in 户 or registered people for parts in 人.
   *
   * @param plan  the plan, not null
   * @return the whole, if known
   */
  public Optional<Quantity> wholeIn(Plan plan) {
    requireNonNull(plan, "plan");
    if (whole().isPresent()) {
      return whole();
    }
    if (parts().isEmpty()) {
      return Optional.empty();
    }
    Quantity first = parts().values().iterator().next();
    if (first.unit().equals(Units.HOUSEHOLD) && plan.registeredHouseholds().isPresent()) {
      return Optional.of(Quantity.of(plan.registeredHouseholds().getAsLong(), Units.HOUSEHOLD));
    }
    if (first.unit().equals(Units.PERSON) && plan.registeredPeople().isPresent()) {
      return Optional.of(Quantity.of(plan.registeredPeople().getAsLong(), Units.PERSON));
    }
    return Optional.empty();
  }

  /**
   * Compares this statement of a table with another of the same table (the text of a notice
   * and its table, a published table and a copy): the rows whose figures differ, with the
   * other's figure minus this one's. A row in one only, or blank in one only, is listed with
   * its figure (negated when only this one has it); rows blank in both are not listed.
   *
   * @param other  the other statement, not null
   * @return the differences by row, this one's rows first, in order, not null
   */
  public ImmutableMap<String, Optional<Quantity>> differences(Breakdown other) {
    requireNonNull(other, "other");
    Map<String, Optional<Quantity>> out = new java.util.LinkedHashMap<>();
    java.util.Set<String> rows = new java.util.LinkedHashSet<>(parts().keySet());
    rows.addAll(blanks());
    rows.addAll(other.parts().keySet());
    rows.addAll(other.blanks());
    for (String r : rows) {
      Quantity a = parts().get(r);
      Quantity b = other.parts().get(r);
      if (a != null && b != null) {
        if (a.compareTo(b) != 0) {
          out.put(r, Optional.of(PlanChecker.diff(b, a)));
        }
      } else if (a != null || b != null) {
        out.put(r, Optional.of(a != null ? a.negated() : b));
      }
    }
    return ImmutableMap.copyOf(out);
  }

  @Value.Check
  void check() {
    if (parts().isEmpty() && (blanks().isEmpty() || whole().isEmpty())) {
      throw new IllegalArgumentException("breakdown " + name().zh() + " needs at least one part");
    }
    if (!EnumSet.of(Comparison.AT_MOST, Comparison.EXACTLY, Comparison.AT_LEAST).contains(relation())) {
      throw new IllegalArgumentException("breakdown " + name().zh()
          + " relates its parts to the whole exactly, at most or at least, not '" + relation().symbol() + "'");
    }
    for (String b : blanks()) {
      if (parts().containsKey(b) || blanks().indexOf(b) != blanks().lastIndexOf(b)) {
        throw new IllegalArgumentException("breakdown " + name().zh() + " lists a part twice: '" + b + "'");
      }
    }
    for (String r : recipients().keySet()) {
      if (!parts().containsKey(r) && !blanks().contains(r)) {
        throw new IllegalArgumentException("breakdown " + name().zh() + " names the recipient of no part: '" + r + "'");
      }
    }
    Quantity first = parts().isEmpty() ? whole().orElseThrow() : parts().values().iterator().next();
    for (Map.Entry<String, Quantity> e : parts().entrySet()) {
      if (!e.getValue().isCompatibleWith(first.unit())) {
        throw new IllegalArgumentException("breakdown " + name().zh() + " mixes " + first.unit() + " and "
            + e.getValue().unit() + ": '" + e.getKey() + "'");
      }
    }
    whole().ifPresent(w -> {
      if (!w.isCompatibleWith(first.unit())) {
        throw new IllegalArgumentException("breakdown " + name().zh() + " counts in " + first.unit()
            + " a whole in " + w.unit() + ": '" + w + "'");
      }
    });
  }

  /**
   * A builder of breakdowns.
   */
  public static final class Builder extends ImmutableBreakdown.Builder {
    Builder() {
    }

    /**
     * Adds a part with its recipient, after the parts already added: a row of an allocation
     * table.
     *
     * @param label  the row's label as printed, such as 巴州区, not null
     * @param recipient  the region or organisation the row goes to, not null
     * @param amount  the row's figure, not null
     * @return this builder, not null
     */
    public Builder row(String label, Scope recipient, Quantity amount) {
      putParts(label, amount);
      putRecipients(label, recipient);
      return this;
    }

    /**
     * Adds a row whose figure is blank in the source, after the parts already added.
     *
     * @param label  the row's label as printed, not null
     * @param recipient  the region or organisation the row goes to, not null
     * @return this builder, not null
     */
    public Builder blankRow(String label, Scope recipient) {
      addBlanks(label);
      putRecipients(label, recipient);
      return this;
    }
  }

  // JSON binding (see JsonBinding): written from the marked accessors, read back through
  // the builder, so the checks of the value run on JSON input too.

  @JsonProperty("whole")
  private @Nullable Quantity wholeJson() {
    return whole().orElse(null);
  }

  @JsonCreator
  private static Breakdown ofJson(
      @JsonProperty("name") Text name,
      @JsonProperty("parts") @Nullable Map<String, Quantity> parts,
      @JsonProperty("whole") @Nullable Quantity whole,
      @JsonProperty("relation") @Nullable Comparison relation,
      @JsonProperty("blanks") @Nullable List<String> blanks,
      @JsonProperty("recipients") @Nullable Map<String, Scope> recipients) {
    ImmutableBreakdown.Builder b = ImmutableBreakdown.builder();
    b.name(name);
    if (parts != null) {
      b.parts(parts);
    }
    if (whole != null) {
      b.whole(whole);
    }
    if (relation != null) {
      b.relation(relation);
    }
    if (blanks != null) {
      b.blanks(blanks);
    }
    if (recipients != null) {
      b.recipients(recipients);
    }
    return b.build();
  }
}
