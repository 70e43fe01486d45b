import type { Mention } from '$lib/domain/documents';

/**
 * Amounts, years and dates as French texts write them: « 23,6 millions d'euros », « 42 M€ »,
 * « 850 000 € », « 1,2 Md€ », « 2024 », « 12 juin 2024 », « 12/06/2024 ».
 */

const SPACE = '[\\s\\u00a0\\u202f]';
const NUMBER = `\\d{1,3}(?:${SPACE}?\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?`;
const SCALE = `milliards?|mds?|md|millions?|mns?|m|milliers?|k`;
const CURRENCY = `€|euros?|d['’]euros|eur\\b`;
const AMOUNT = new RegExp(`(?<![\\w,.])(${NUMBER})${SPACE}*(?:(${SCALE})${SPACE}*)?(${CURRENCY}|(?<=m|md|k)€)`, 'giu');
const AMOUNT_SHORT = new RegExp(`(?<![\\w,.])(${NUMBER})${SPACE}*(M€|Md€|k€|MEUR|M\\s?d'euros)`, 'gu');
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const DATE = new RegExp(`\\b(?:(1er|\\d{1,2})${SPACE}+)?(${MONTHS.join('|')})${SPACE}+((?:19|20)\\d{2})\\b`, 'giu');
const NUMERIC_DATE = /\b(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})\b/g;
const YEAR = /(?<![\d,.]|\d[\s\u00a0\u202f])\b((?:19[5-9]|20[0-4])\d)\b(?![\s\u00a0\u202f]?(?:€|euros|\d))/g;

function numberOf(written: string): number {
	return Number(written.replace(/[\s\u00a0\u202f]/gu, '').replace(',', '.'));
}

function scaleOf(scale: string | undefined, unit: string): number {
	const word = (scale ?? '').toLowerCase();
	const folded = unit.toLowerCase();
	if (word.startsWith('milliard') || word.startsWith('md') || folded.startsWith('md')) return 1e9;
	if (
		word.startsWith('million') ||
		word === 'm' ||
		word.startsWith('mn') ||
		folded.startsWith('m€') ||
		folded.startsWith('meur') ||
		folded.startsWith('m ') ||
		folded.startsWith('m d')
	)
		return 1e6;
	if (word.startsWith('millier') || word === 'k' || folded.startsWith('k')) return 1e3;
	return 1;
}

export function amountsIn(text: string): Mention[] {
	const mentions: Mention[] = [];
	const seen = new Set<number>();
	for (const pattern of [AMOUNT_SHORT, AMOUNT]) {
		for (const match of text.matchAll(pattern)) {
			const start = match.index ?? 0;
			if (seen.has(start)) continue;
			const value = Math.round(
				numberOf(match[1]) * scaleOf(pattern === AMOUNT ? match[2] : undefined, pattern === AMOUNT ? (match[2] ?? '') + match[3] : match[2])
			);
			if (!Number.isFinite(value) || value <= 0) continue;
			seen.add(start);
			mentions.push({ text: match[0], start, end: start + match[0].length, name: match[0], kind: 'Amount', category: 'amount', value });
		}
	}
	return mentions;
}

export function datesIn(text: string): Mention[] {
	// Both patterns give the year as their third group.
	return [...text.matchAll(DATE), ...text.matchAll(NUMERIC_DATE)].map((match) => {
		const start = match.index ?? 0;
		return { text: match[0], start, end: start + match[0].length, name: match[0], kind: 'Date', category: 'date', value: Number(match[3]) };
	});
}

/** Years standing alone (not inside a date, an amount or a longer number). */
export function yearsIn(text: string, dates: readonly Mention[]): Mention[] {
	const mentions: Mention[] = [];
	for (const match of text.matchAll(YEAR)) {
		const start = match.index ?? 0;
		if (dates.some((date) => start >= date.start && start < date.end)) continue;
		mentions.push({ text: match[0], start, end: start + 4, name: match[0], kind: 'Year', category: 'year', value: Number(match[1]) });
	}
	return mentions;
}
