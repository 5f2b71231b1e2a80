package org.tuopin.basics.spi;

import java.util.Locale;
import java.util.spi.AbstractResourceBundleProvider;

/**
 * A {@link MessagesProvider} whose bundles are properties files (UTF-8) in the package of the
 * subclass, named as the JDK names a bundle's files: {@code messages_bo.properties} for
 * Tibetan, {@code messages_ug.properties} for Uyghur, {@code messages_bo_CN.properties} for a
 * country's variant. A subclass needs no body (see {@link MessagesProvider} for a language
 * module whole); being a service provider, it must be public with a public constructor.
 *
 * <p>The files sit in the language module's own package rather than in
 * {@code org/tuopin/basics}: two named modules may not share a package.
 */
public abstract class AbstractMessagesProvider extends AbstractResourceBundleProvider implements MessagesProvider {

  /**
   * Creates a provider of properties files.
   */
  protected AbstractMessagesProvider() {
    super("java.properties");
  }

  /**
   * Returns the bundle's name in the package of this provider's class, such as
   * {@code org.example.tuopin.bo.messages_bo} for {@code org.tuopin.basics.messages} in
   * Tibetan.
   *
   * @param baseName  the base name, {@code org.tuopin.basics.messages}, not null
   * @param locale  the locale, not null
   * @return the bundle name, not null
   */
  @Override
  protected String toBundleName(String baseName, Locale locale) {
    String name = super.toBundleName(baseName, locale);
    return getClass().getPackageName() + name.substring(name.lastIndexOf('.'));
  }
}
