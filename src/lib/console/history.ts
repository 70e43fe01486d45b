import { z } from 'zod';

/** One query run from the console, as the browser keeps it. */
export const historyEntrySchema = z.object({
	cypher: z.string(),
	params: z.string(),
	/** When it last ran, ms since 1970. */
	at: z.number()
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const HISTORY_KEY = 'maillage.requetes.historique';
/** Entries kept: enough to come back to yesterday's work, little enough for localStorage. */
export const HISTORY_SIZE = 30;

/** The history with `entry` first; the same query run again moves up instead of repeating. */
export function remember(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
	const others = history.filter((item) => item.cypher.trim() !== entry.cypher.trim() || item.params.trim() !== entry.params.trim());
	return [entry, ...others].slice(0, HISTORY_SIZE);
}

/** The history stored as JSON; anything damaged or foreign reads as empty, entries one by one. */
export function readHistory(stored: string | null): HistoryEntry[] {
	if (!stored) return [];
	try {
		const parsed: unknown = JSON.parse(stored);
		if (!Array.isArray(parsed)) return [];
		return parsed.flatMap((item) => {
			const entry = historyEntrySchema.safeParse(item);
			return entry.success ? [entry.data] : [];
		});
	} catch {
		return [];
	}
}
