/**
 * Report rendering: the {@link org.tuopin.report.TextTable} that lays out reports for
 * terminals, counting wide (East Asian) characters as two columns. Reports carry typed values;
 * rendering them as text is a separate step that happens here.
 */
@NullMarked
package org.tuopin.report;

import org.jspecify.annotations.NullMarked;
