import { z } from 'zod';
import { describeIssues } from '$lib/domain/issues';

const positiveInteger = (fallback: number, max: number) =>
	z.preprocess(
		(value) => (value === undefined || value === '' ? fallback : value),
		z.coerce.number().int('doit être un nombre entier').min(1, 'doit valoir au moins 1').max(max, `doit valoir au plus ${max}`)
	);

/** How long a session lasts and how sign-in resists guessing. Every value has a sensible default. */
export const accountSettingsSchema = z.object({
	/** A session ends this many hours after sign-in (a working day by default). */
	SESSION_HOURS: positiveInteger(12, 24 * 90),
	/** Failed sign-ins in a row that lock an account… */
	SIGN_IN_MAX_FAILURES: positiveInteger(5, 100),
	/** …for this many minutes. */
	SIGN_IN_LOCK_MINUTES: positiveInteger(15, 24 * 60)
});
export type AccountSettings = z.infer<typeof accountSettingsSchema>;

/** The settings from an environment; throws naming each wrong variable. */
export function readAccountSettings(env: Record<string, string | undefined>): AccountSettings {
	const parsed = accountSettingsSchema.safeParse(env);
	if (!parsed.success) throw new Error(`Configuration des comptes invalide — ${describeIssues(parsed.error.issues)}`);
	return parsed.data;
}
