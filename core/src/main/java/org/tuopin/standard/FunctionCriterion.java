package org.tuopin.standard;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
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

  FunctionCriterion(CriterionId id, Text label, Function<? super T, Finding> test, String description) {
    this.id = requireNonNull(id, "id");
    this.label = requireNonNull(label, "label");
    this.test = requireNonNull(test, "test");
    this.description = requireNonNull(description, "description");
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
}
