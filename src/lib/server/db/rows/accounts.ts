import { z } from 'zod';
import { accountSchema, roleSchema, type Account } from '$lib/domain/accounts';

/**
 * Rows of the account, session and token statements. Accounts are written by the app alone, so
 * their rows are strict: a malformed one is a bug, not data to tolerate. The e-mail and the
 * password hash come sealed; the accounts module opens them.
 */

/** An account as stored: its fields, with the e-mail still sealed (absent properties come as null). */
export type StoredAccount = Omit<Account, 'email'> & { emailSealed: string };

/** An account's fields as the statements project them (absent properties come as null). */
export const accountFields = z
	.object({
		id: z.string(),
		emailSealed: z.string(),
		name: z.string(),
		role: roleSchema,
		organisation: z.string().nullish(),
		organisationId: z.string().nullish(),
		active: z.boolean().nullish(),
		origin: z.string(),
		createdAt: z.string(),
		lastSignInAt: z.string().nullish(),
		mustChangePassword: z.boolean().nullish()
	})
	.transform(({ organisation, organisationId, active, lastSignInAt, mustChangePassword, emailSealed, ...rest }): StoredAccount => ({
		...accountSchema.omit({ email: true }).parse({
			...rest,
			...(organisation ? { organisation } : {}),
			...(organisationId ? { organisationId } : {}),
			...(lastSignInAt ? { lastSignInAt } : {}),
			active: active ?? true,
			mustChangePassword: mustChangePassword ?? false
		}),
		emailSealed
	}));

export const accountRow = z.object({ account: accountFields });
export const accountWithHashRow = z.object({ account: accountFields, passwordSealed: z.string().nullable() });
export const credentialsRow = z.object({
	account: accountFields,
	passwordSealed: z.string().nullable(),
	failedSignIns: z.number(),
	lockedUntil: z.string().nullable()
});
export const listedAccountRow = z.object({ account: accountFields, sessions: z.number(), tokens: z.number() });
export const sessionRow = z.object({ account: accountFields });
export const failureRow = z.object({ failedSignIns: z.number(), lockedUntil: z.string().nullable() });
export const idRow = z.object({ id: z.string() });
export const deletedRow = z.object({ deleted: z.number() });
export const countRow = z.object({ count: z.number() });
export const keyRow = z.object({ key: z.string() });
export const apiTokenRow = z.object({
	token: z
		.object({ key: z.string(), name: z.string(), prefix: z.string(), createdAt: z.string(), lastUsedAt: z.string().nullish() })
		.transform(({ key, lastUsedAt, ...rest }) => ({ id: key, ...rest, ...(lastUsedAt ? { lastUsedAt } : {}) }))
});
