package org.tuopin.basics.spi;

import java.util.spi.ResourceBundleProvider;

/**
 * The service by which a module of its own gives Tuopin's message bundle,
 * {@code org.tuopin.basics.messages}, in another language: a third language as a file in a
 * language module, on the module path as on the class path.
 *
 * <p>Tuopin's Chinese and English are inside {@code org.tuopin.core}. On the class path a third
 * language can be a file {@code org/tuopin/basics/messages_xx.properties} anywhere on it; on the
 * module path the named module {@code org.tuopin.core} does not see such a file in another
 * module, so a language module provides this service instead. Core {@code uses} it, and every
 * explanation ({@link org.tuopin.basics.Text#message(String, Object...)}) reads a locale for
 * which core has no file from the first provider that gives a bundle for it, a key it lacks
 * from English.
 *
 * <p>A language module is a file and three lines, most easily with
 * {@link AbstractMessagesProvider}:
 *
 * <pre>{@code
 * // src/main/java/module-info.java
 * module org.example.tuopin.bo {
 *   requires org.tuopin.core;
 *   provides org.tuopin.basics.spi.MessagesProvider with org.example.tuopin.bo.TibetanMessages;
 * }
 *
 * // src/main/java/org/example/tuopin/bo/TibetanMessages.java
 * package org.example.tuopin.bo;
 * public final class TibetanMessages extends org.tuopin.basics.spi.AbstractMessagesProvider {
 * }
 *
 * // src/main/resources/org/example/tuopin/bo/messages_bo.properties: the keys of
 * // org/tuopin/basics/messages.properties, UTF-8
 * }</pre>
 *
 * <p>On the class path the same jar works when it also lists the class in
 * {@code META-INF/services/org.tuopin.basics.spi.MessagesProvider}.
 *
 * <p>The JDK's own look-up of bundle providers in named modules ({@link java.util.ResourceBundle})
 * would ask for an interface named after the bundle, {@code org.tuopin.basics.spi.messagesProvider};
 * Tuopin asks its providers itself, through this interface, so that its rules hold for them
 * too: English, never the machine's default locale, for a language no one gives.
 */
public interface MessagesProvider extends ResourceBundleProvider {
}
