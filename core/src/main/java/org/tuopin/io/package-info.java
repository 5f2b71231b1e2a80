/**
 * Reading and writing the files of the data contract: the roster
 * ({@link org.tuopin.io.RosterReader}, one row per person) and the village file
 * ({@link org.tuopin.io.VillageReader}, one row per administrative village), each headed by
 * English keys or Chinese aliases ({@link org.tuopin.io.RosterColumn},
 * {@link org.tuopin.io.VillageColumn}), with an account of every row
 * ({@link org.tuopin.io.RosterImport}, {@link org.tuopin.io.VillageImport},
 * {@link org.tuopin.io.RowError}). A file that cannot be read as its table at all throws a
 * {@link org.tuopin.io.TableFormatException}.
 */
@NullMarked
package org.tuopin.io;

import org.jspecify.annotations.NullMarked;
