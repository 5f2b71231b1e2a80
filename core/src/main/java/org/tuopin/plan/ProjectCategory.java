package org.tuopin.plan;

import org.tuopin.basics.FactKey;
import org.tuopin.basics.Text;
import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The category of a project (项目类别), such as 产业发展 (industry) or 基础设施
 * (infrastructure); the set is open.
 *
 * <p>The common categories are constants of {@link ProjectCategories}; a user defines
 * others with {@link #of(String, String, String)}. Two categories are equal when their keys
 * are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProjectCategory extends FactKey<ProjectCategory> {

  private static final long serialVersionUID = 1L;

  private ProjectCategory(String key, Text label) {
    super("project category", key, label);
  }

  /**
   * Obtains a category from its key and labels.
   *
   * @param key  the key: lower-case letters, digits and underscores, starting with a letter
   * @param zh  the Chinese label, not null
   * @param en  the English label, not null
   * @return the category, not null
   * @throws IllegalArgumentException if the key is malformed
   */
  public static ProjectCategory of(String key, String zh, String en) {
    return new ProjectCategory(key, Text.of(zh, en));
  }

  /** JSON: the built-in projectcategory of that key, or a key labelled by itself. */
  @JsonCreator
  private static ProjectCategory ofJson(String key) {
    return ProjectCategories.find(key).orElseGet(() -> of(key, key, key));
  }
}
