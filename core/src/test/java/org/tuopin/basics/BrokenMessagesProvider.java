package org.tuopin.basics;

import org.tuopin.basics.spi.AbstractMessagesProvider;

/**
 * A language module's provider that cannot be made, listed in the test class path's
 * {@code META-INF/services}: {@link BrokenLanguageModuleTest} shows it is left out.
 */
public final class BrokenMessagesProvider extends AbstractMessagesProvider {

  /** Fails, as a provider whose module is missing a class would. */
  public BrokenMessagesProvider() {
    throw new IllegalStateException("this language module is broken on purpose");
  }
}
