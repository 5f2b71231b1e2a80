/**
 * Reading and writing the files of the data contract: the roster
 * ({@link org.tuopin.io.RosterReader}, one row per person, English or Chinese headers),
 * with an account of every row ({@link org.tuopin.io.RosterImport},
 * {@link org.tuopin.io.RowError}).
 */
@NullMarked
package org.tuopin.io;

import org.jspecify.annotations.NullMarked;
