/**
 * The built-in standard sets, found by id through
 * {@link org.tuopin.standard.StandardSets}: {@code cn.national}
 * ({@link org.tuopin.standards.NationalStandard}) and the local standards of the seed
 * documents ({@link org.tuopin.standards.LocalStandards}). Their figures live in resources
 * beside the classes, each with its source and whether it is confirmed.
 */
@NullMarked
package org.tuopin.standards;

import org.jspecify.annotations.NullMarked;
