import { hash, verify } from '@node-rs/argon2';

/**
 * Passwords are hashed with Argon2id, memory-hard, with the parameters OWASP recommends as a
 * minimum (19 MiB, 2 passes, 1 lane): about 30 ms per hash on one core, which bounds what a
 * stolen database yields to an attacker while keeping sign-in quick.
 */
// `algorithm: 2` is the package's `Algorithm.Argon2id`, a const enum that isolated modules cannot import.
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The PHC string of a password (`$argon2id$v=19$m=19456,t=2,p=1$…`): salt and parameters included. */
export function hashPassword(password: string): Promise<string> {
	return hash(password, OPTIONS);
}

/** A hash of nothing in particular, verified when the account does not exist, so that timing does not tell which e-mails have one. */
let decoy: Promise<string> | undefined;

/** Whether `password` matches `stored`; false (after the same work) when there is no stored hash. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
	if (stored === null) {
		decoy ??= hashPassword('maillage-decoy-password');
		await verify(await decoy, password).catch(() => false);
		return false;
	}
	return verify(stored, password).catch(() => false);
}
