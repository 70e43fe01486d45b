import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { env } from '$env/dynamic/private';

/**
 * Account data that must not be readable from the database by whoever can query it (the console,
 * a backup, a Community-edition user with no per-label rights): e-mails and password hashes are
 * sealed with AES-256-GCM, and looked up by an HMAC digest. Both keys derive (HKDF-SHA-256) from
 * MAILLAGE_SECRET_KEY, which `npm start` generates once into .env. Losing the key loses the
 * accounts (not the graph); changing it means re-creating them.
 */

const MIN_KEY_LENGTH = 32;

interface Keys {
	seal: Buffer;
	digest: Buffer;
}

let cached: { source: string; keys: Keys } | undefined;

/** The keys from MAILLAGE_SECRET_KEY; a French error says what to do when it is missing or short. */
function keys(): Keys {
	// SvelteKit's env in the app; the process's in the test runner, where SvelteKit's is not filled.
	const source = env.MAILLAGE_SECRET_KEY || process.env.MAILLAGE_SECRET_KEY || '';
	if (source.length < MIN_KEY_LENGTH) {
		throw new Error(
			`MAILLAGE_SECRET_KEY ${source ? `doit compter au moins ${MIN_KEY_LENGTH} caractères` : 'est absente'} : ` +
				'« npm start » la crée dans .env ; en production, définissez-la (par exemple « openssl rand -base64 32 ») et gardez-la.'
		);
	}
	if (cached?.source !== source) {
		const derive = (purpose: string) => Buffer.from(hkdfSync('sha256', source, 'maillage', purpose, 32));
		cached = { source, keys: { seal: derive('seal-account-data'), digest: derive('digest-account-data') } };
	}
	return cached.keys;
}

/** An HMAC-SHA-256 digest (hex): the same text always gives the same digest, which reveals nothing without the key. */
export function digest(text: string): string {
	return createHmac('sha256', keys().digest).update(text, 'utf8').digest('hex');
}

/** Seals a text: `v1.` and base64url of a random IV, the ciphertext and its tag. */
export function seal(text: string): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', keys().seal, iv);
	const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
	return `v1.${Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64url')}`;
}

/** Opens a sealed text; throws when it was not sealed with this key (or was altered). */
export function open(sealed: string): string {
	if (!sealed.startsWith('v1.')) throw new Error('Donnée de compte illisible : format inconnu.');
	const bytes = Buffer.from(sealed.slice(3), 'base64url');
	const decipher = createDecipheriv('aes-256-gcm', keys().seal, bytes.subarray(0, 12));
	decipher.setAuthTag(bytes.subarray(bytes.length - 16));
	return Buffer.concat([decipher.update(bytes.subarray(12, bytes.length - 16)), decipher.final()]).toString('utf8');
}
