import { z } from 'zod';

/**
 * Who may do what. Reading stays open to everyone (a lecteur needs no account); the other roles
 * are ordered, each allowed what the ones below it are:
 * - contributeur: proposes facts (entities, links, properties), each with its source;
 * - curateur: publishes or rejects proposals, edits directly, merges duplicates, reverts changesets;
 * - administrateur: manages accounts and settings.
 */
export const roles = ['lecteur', 'contributeur', 'curateur', 'administrateur'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** True when `role` is `least` or above it. */
export function hasRole(role: Role, least: Role): boolean {
	return roles.indexOf(role) >= roles.indexOf(least);
}

/** Shortest password accepted (ANSSI's recommendation for a password alone: 12 characters at least). */
export const PASSWORD_MIN_LENGTH = 12;
/** Longest password accepted: Argon2 takes any length, but a 1 MB "password" is a denial of service. */
export const PASSWORD_MAX_LENGTH = 256;

export const passwordSchema = z
	.string()
	.min(PASSWORD_MIN_LENGTH, `doit compter au moins ${PASSWORD_MIN_LENGTH} caractères`)
	.max(PASSWORD_MAX_LENGTH, `doit compter au plus ${PASSWORD_MAX_LENGTH} caractères`);

export const emailSchema = z
	.string()
	.trim()
	.toLowerCase()
	.max(254, 'doit compter au plus 254 caractères')
	.pipe(z.email('doit être une adresse électronique (nom@domaine.fr)'));

export const displayNameSchema = z.string().trim().min(1, 'ne doit pas être vide').max(120, 'doit compter au plus 120 caractères');

/** An account's id: `acc-` and 16 random hex digits, never the e-mail (which may change). */
export const accountIdSchema = z.string().regex(/^acc-[0-9a-f]{16}$/, 'doit être l’identifiant d’un compte (acc-…)');

/** What the app and the pages know of an account: never its password hash, sessions or tokens. */
export const accountSchema = z.object({
	id: accountIdSchema,
	email: z.string(),
	name: z.string(),
	role: roleSchema,
	organisation: z.string().optional(),
	/** The graph actor the person works for, when they named one. */
	organisationId: z.string().optional(),
	active: z.boolean(),
	/** `local` (password) or the issuer of the single sign-on that created it. */
	origin: z.string(),
	createdAt: z.string(),
	lastSignInAt: z.string().optional(),
	/** Set by an administrator's reset: the next sign-in must choose a new password. */
	mustChangePassword: z.boolean()
});
export type Account = z.infer<typeof accountSchema>;

/** The signed-in person as a page sees it. */
export type Viewer = Pick<Account, 'id' | 'email' | 'name' | 'role'> & { csrf: string | null };

export const signInSchema = z.object({
	email: emailSchema,
	password: z.string().min(1, 'est obligatoire').max(PASSWORD_MAX_LENGTH, `doit compter au plus ${PASSWORD_MAX_LENGTH} caractères`)
});

export const newAccountSchema = z.object({
	email: emailSchema,
	name: displayNameSchema,
	role: roleSchema.default('contributeur'),
	organisation: z.string().trim().max(200, 'doit compter au plus 200 caractères').optional(),
	/** The graph actor the person works for (a cluster, a company, a body), when there is one. */
	organisationId: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'doit être l’identifiant d’une entité du graphe')
		.max(120)
		.optional()
});
export type NewAccount = z.infer<typeof newAccountSchema>;

export const passwordChangeSchema = z
	.object({
		current: z.string().max(PASSWORD_MAX_LENGTH),
		next: passwordSchema,
		confirmation: z.string()
	})
	.refine((change) => change.next === change.confirmation, {
		path: ['confirmation'],
		message: 'ne correspond pas au nouveau mot de passe'
	});

export const tokenNameSchema = z.string().trim().min(1, 'ne doit pas être vide').max(80, 'doit compter au plus 80 caractères');

/** An API token as listed: its secret is shown once, at creation, and never stored in clear. */
export const apiTokenSchema = z.object({
	id: z.string(),
	name: z.string(),
	/** The first characters of the secret, to tell tokens apart. */
	prefix: z.string(),
	createdAt: z.string(),
	lastUsedAt: z.string().optional()
});
export type ApiToken = z.infer<typeof apiTokenSchema>;
