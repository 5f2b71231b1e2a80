package org.tuopin.plan;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.tuopin.basics.NotFoundException;
import org.tuopin.internal.Catalogue;

/**
 * The common project categories of the poverty-alleviation plans: the 六大扶贫工程 of seed
 * 000 and the 五个一批 measures.
 */
public final class ProjectCategories {

  /** 产业发展: industry (crops, livestock, processing, tourism). */
  public static final ProjectCategory INDUSTRY = ProjectCategory.of("industry", "产业发展", "industry");
  /** 基础设施: infrastructure (roads, water, power, networks). */
  public static final ProjectCategory INFRASTRUCTURE =
      ProjectCategory.of("infrastructure", "基础设施", "infrastructure");
  /** 易地扶贫搬迁: relocation. */
  public static final ProjectCategory RELOCATION = ProjectCategory.of("relocation", "易地扶贫搬迁", "relocation");
  /** 住房保障: housing (危房改造, new homes). */
  public static final ProjectCategory HOUSING = ProjectCategory.of("housing", "住房保障", "housing");
  /** 教育扶贫: education. */
  public static final ProjectCategory EDUCATION = ProjectCategory.of("education", "教育扶贫", "education");
  /** 健康扶贫: health. */
  public static final ProjectCategory HEALTH = ProjectCategory.of("health", "健康扶贫", "health");
  /** 技能培训与就业: training and employment. */
  public static final ProjectCategory TRAINING = ProjectCategory.of("training", "技能培训与就业", "training and jobs");
  /** 生态扶贫: ecology (退耕还林, 生态补偿). */
  public static final ProjectCategory ECOLOGY = ProjectCategory.of("ecology", "生态扶贫", "ecology");
  /** 社会保障兜底: social security. */
  public static final ProjectCategory SOCIAL_SECURITY =
      ProjectCategory.of("social_security", "社会保障兜底", "social security");
  /** 金融扶贫: finance (小额信贷, 贴息). */
  public static final ProjectCategory FINANCE = ProjectCategory.of("finance", "金融扶贫", "finance");
  /** 公共服务: public services (clinics, culture rooms, squares). */
  public static final ProjectCategory PUBLIC_SERVICES =
      ProjectCategory.of("public_services", "公共服务", "public services");
  /** 基层组织建设: grassroots organisation. */
  public static final ProjectCategory ORGANISATION = ProjectCategory.of("organisation", "基层组织建设", "organisation");
  /** 整村推进 / 整乡推进: whole-village or whole-township development. */
  public static final ProjectCategory AREA_DEVELOPMENT =
      ProjectCategory.of("area_development", "整村整乡推进", "whole-area development");

  private static final Catalogue<ProjectCategory> CATALOGUE = Catalogue.of("project category", ProjectCategory::key,
      INDUSTRY, INFRASTRUCTURE, RELOCATION, HOUSING, EDUCATION, HEALTH, TRAINING, ECOLOGY, SOCIAL_SECURITY, FINANCE,
      PUBLIC_SERVICES, ORGANISATION, AREA_DEVELOPMENT);

  private ProjectCategories() {
  }

  /**
   * Returns the common categories.
   *
   * @return the categories, not null
   */
  public static ImmutableList<ProjectCategory> all() {
    return CATALOGUE.all();
  }

  /**
   * Obtains a common category by key.
   *
   * @param key  the key, such as {@code infrastructure}, not null
   * @return the category, not null
   * @throws NotFoundException naming the key and the known keys if none has it
   */
  public static ProjectCategory of(String key) {
    return CATALOGUE.of(key);
  }

  /**
   * Finds a common category by key.
   *
   * @param key  the key, such as {@code infrastructure}, not null
   * @return the category, or empty if none has that key
   */
  public static Optional<ProjectCategory> find(String key) {
    return CATALOGUE.find(key);
  }
}
