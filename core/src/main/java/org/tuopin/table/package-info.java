/**
 * The columnar household registry for national-scale work: {@link org.tuopin.table.HouseholdTable}
 * holds one row per household in primitive columns (villages dictionary-encoded, conditions
 * packed as three-state bits, codes as bytes, optional person columns), built from a
 * {@code Registry}, a {@code RosterImport} or by streaming a roster file
 * ({@link org.tuopin.table.HouseholdTableReader}) with the roster's row accounting. A
 * standard set compiles to a {@link org.tuopin.table.CompiledStandard}, whose
 * {@link org.tuopin.table.TableAssessment} gives the object path's verdicts and unmet
 * criteria and rolls up to villages, townships, counties, prefectures and provinces; a
 * {@link org.tuopin.table.TableComparison} holds one per set, for several sets side by side.
 */
@NullMarked
package org.tuopin.table;

import org.jspecify.annotations.NullMarked;
