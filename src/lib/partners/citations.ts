import type { Citation, Source } from '$lib/domain/entity';
import type { PartnerCandidate } from '$lib/domain/partners';
import { parseSourceReference } from '$lib/domain/source-reference';

/**
 * The citations behind a suggestion, as the entity page lists them: each excerpt of its evidence
 * with its document and section, then the candidate's other citations (without excerpt), each
 * once. `documents` gives titles and links.
 */
export function candidateCitations(candidate: Pick<PartnerCandidate, 'evidence' | 'sources'>, documents: readonly Source[]): Citation[] {
	const byId = new Map(documents.map((document) => [document.id, document]));
	const citations: Citation[] = [];
	const seen = new Set<string>();
	const add = (stored: string, evidence: string | undefined) => {
		const key = `${stored}\u0000${evidence ?? ''}`;
		if (seen.has(key)) return;
		seen.add(key);
		const { sourceId, section } = parseSourceReference(stored);
		citations.push({ source: byId.get(sourceId) ?? null, sourceId, ...(section ? { section } : {}), ...(evidence ? { evidence } : {}) });
	};
	for (const edge of candidate.evidence.edges)
		edge.sources.forEach((stored, index) => edge.evidence[index] && add(stored, edge.evidence[index]));
	const quoted = new Set(citations.map((citation) => `${citation.sourceId}#${citation.section ?? ''}`));
	for (const stored of candidate.sources) {
		const { sourceId, section } = parseSourceReference(stored);
		if (!quoted.has(`${sourceId}#${section ?? ''}`)) add(stored, undefined);
	}
	return citations;
}
