/**
 * Test support shared through core's test-jar: {@link org.tuopin.testing.Theories} (QuickTheories
 * with a fixed seed), {@link org.tuopin.testing.Generators} (domain generators built from the rules
 * of DOMAIN.md, not from the code under test), {@link org.tuopin.testing.Fixtures} (the worked
 * example, the national line, typical households, a test standard set) and
 * {@link org.tuopin.testing.StandardSetContract}, which every built-in standard set should pass.
 */
package org.tuopin.testing;
