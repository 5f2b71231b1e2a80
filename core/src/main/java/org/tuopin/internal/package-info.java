/**
 * Implementation details shared by Tuopin's packages; not part of the API and not exported.
 */
@NullMarked
package org.tuopin.internal;

import org.jspecify.annotations.NullMarked;
