package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.tuopin.basics.Text;

/**
 * A criterion made of its id, its label and a function that tests a subject; the one
 * implementation behind the built-in criteria and {@link Criterion#of}.
 *
 * @param <T>  the type of subject tested
 */
final class FunctionCriterion<T> implements Criterion<T> {

  private final CriterionId id;
  private final Text label;
  private final Function<? super T, Finding> test;
  private final String description;
  /** What the test computes, as data a compiler can read (a condition, an income test), or null. */
  private final @Nullable Object form;

  FunctionCriterion(CriterionId id, Text label, Function<? super T, Finding> test, String description) {
    this(id, label, test, description, null);
  }

  FunctionCriterion(CriterionId id, Text label, Function<? super T, Finding> test, String description,
      @Nullable Object form) {
    this.id = requireNonNull(id, "id");
    this.label = requireNonNull(label, "label");
    this.test = requireNonNull(test, "test");
    this.description = requireNonNull(description, "description");
    this.form = form;
  }

  /**
   * Returns what the test computes, as data, if the criterion was made from data.
   *
   * @return the form, or null for custom logic
   */
  @Nullable Object form() {
    return form;
  }

  @Override
  public CriterionId id() {
    return id;
  }

  @Override
  public Text label() {
    return label;
  }

  @Override
  public Finding test(T subject) {
    return requireNonNull(test.apply(requireNonNull(subject, "subject")), "the finding of " + id);
  }

  @Override
  public String toString() {
    return description;
  }

  /**
   * Compares criteria made from data: two criteria of the same id made from equal forms (a
   * condition, a facility) test the same; any other criterion equals only itself.
   *
   * @param obj  the other object
   * @return true if equal
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return form != null && obj instanceof FunctionCriterion<?> o && id.equals(o.id) && form.equals(o.form);
  }

  @Override
  public int hashCode() {
    return form == null ? System.identityHashCode(this) : id.hashCode() * 31 + form.hashCode();
  }
}
