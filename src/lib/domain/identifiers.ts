/**
 * French company identifiers. A SIREN (9 digits) and a SIRET (SIREN + 5-digit establishment
 * number) end with a Luhn check digit; La Poste's establishments (SIREN 356 000 000) are the one
 * exception, whose SIRET digits add up to a multiple of 5 instead.
 */

const LA_POSTE_SIREN = '356000000';

/** The Luhn checksum of a string of digits is valid. */
export function passesLuhn(digits: string): boolean {
	let sum = 0;
	for (let index = 0; index < digits.length; index++) {
		let digit = Number(digits[digits.length - 1 - index]);
		if (index % 2 === 1) {
			digit *= 2;
			if (digit > 9) digit -= 9;
		}
		sum += digit;
	}
	return sum % 10 === 0;
}

/** Spaces and dots people type between groups (« 552 100 554 ») set aside. */
export function compactIdentifier(text: string): string {
	return text.replace(/[\s.\u00a0\u202f]/g, '');
}

/** Null when `text` is a valid SIREN, else why not, in French. */
export function sirenProblem(text: string): string | null {
	const digits = compactIdentifier(text);
	if (!/^\d{9}$/.test(digits)) return 'un SIREN compte 9 chiffres';
	return passesLuhn(digits) ? null : 'ce SIREN a une clé de contrôle fausse (une faute de frappe ?)';
}

/** Null when `text` is a valid SIRET, else why not, in French. */
export function siretProblem(text: string): string | null {
	const digits = compactIdentifier(text);
	if (!/^\d{14}$/.test(digits)) return 'un SIRET compte 14 chiffres';
	if (digits.startsWith(LA_POSTE_SIREN)) {
		const sum = [...digits].reduce((total, digit) => total + Number(digit), 0);
		return sum % 5 === 0 ? null : 'ce SIRET de La Poste a une clé de contrôle fausse';
	}
	if (sirenProblem(digits.slice(0, 9))) return 'les 9 premiers chiffres de ce SIRET ne forment pas un SIREN valide';
	return passesLuhn(digits) ? null : 'ce SIRET a une clé de contrôle fausse (une faute de frappe ?)';
}
