/**
 * Procedures (程序) as auditable stages: identification (两公示一公告), household exit, village
 * exit and local variants such as seed 004's exit sequence.
 *
 * <p>A {@link org.tuopin.procedure.Procedure} is data: its {@link org.tuopin.procedure.Stage
 * stages} in order, each an act, a posting (公示) with its least length in days, or an
 * announcement (公告), and the body expected to act. The built-ins in
 * {@link org.tuopin.procedure.Procedures} are read from resources with their sources, like the
 * strategy taxonomies; a county's variant is another definition, never code.
 *
 * <p>A {@link org.tuopin.procedure.ProcedureCase} records what happened to one household or
 * village: for each stage, its {@link org.tuopin.procedure.StageRecord date, body and outcome}.
 * {@link org.tuopin.procedure.ProcedureCase#check()} gives a
 * {@link org.tuopin.procedure.CaseReport} of {@link org.tuopin.standard.Finding findings}, one
 * vocabulary with the standards and plan checks: stages missing, out of order, postings too
 * short, a stage not passed, and a {@link org.tuopin.procedure.CaseReport#missing() list of
 * what is missing}. {@link org.tuopin.procedure.ExitAudit} runs a procedure from a registry's
 * yearly history: every household marked exited must have a complete case whose stages all
 * fall on or before the end of the year the registry marks it, and an exit with no case on
 * record is itself a finding.
 */
@NullMarked
@TuopinStyle
package org.tuopin.procedure;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
