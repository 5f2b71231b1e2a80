/**
 * The service provider interface of Tuopin's messages: how a module of its own gives the
 * explanations in a third language ({@link org.tuopin.basics.spi.MessagesProvider},
 * {@link org.tuopin.basics.spi.AbstractMessagesProvider}).
 */
package org.tuopin.basics.spi;
