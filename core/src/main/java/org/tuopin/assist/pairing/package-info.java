/**
 * Pairing (结对帮扶, 挂包帮): who helps which poor household and weak village.
 *
 * <p>{@link org.tuopin.assist.pairing.Cadre Cadres}, known by
 * {@link org.tuopin.assist.pairing.CadreId}, have a {@link org.tuopin.assist.pairing.Rank rank}
 * (the seeds' ranks in {@link org.tuopin.assist.pairing.Ranks}); a
 * {@link org.tuopin.assist.pairing.QuotaPolicy} (the built-in {@code ganyu} in
 * {@link org.tuopin.assist.pairing.QuotaPolicies}) fixes the
 * {@link org.tuopin.assist.pairing.Quota} of households and weak villages each rank carries.
 *
 * <p>A {@link org.tuopin.assist.pairing.PairingPlanner} pairs every poor household it can within
 * the quotas, nearest helpers first (by {@link org.tuopin.assist.pairing.Proximity}), keeping
 * existing pairs, into a {@link org.tuopin.assist.pairing.PairingPlan} of
 * {@link org.tuopin.assist.pairing.Pairing pairs} and
 * {@link org.tuopin.assist.pairing.VillageLink village links}. The plan says what is left
 * ({@link org.tuopin.assist.pairing.Shortfall}) and why an existing pair was let go
 * ({@link org.tuopin.assist.pairing.Release}).
 *
 * <p>The built-in quota policies are data in resources beside these classes
 * ({@code quota-policies.csv}, {@code quotas.csv}), every quota with its source. Personal data
 * of cadres (names) is redacted wherever it is printed.
 */
@NullMarked
@TuopinStyle
package org.tuopin.assist.pairing;

import org.jspecify.annotations.NullMarked;
import org.tuopin.internal.TuopinStyle;
