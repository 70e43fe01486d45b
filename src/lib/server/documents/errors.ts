/** Refuses to decide twice, or on a proposal that does not exist: 404 / 409. */
export class ProposalStateError extends Error {
	override name = 'ProposalStateError';
	constructor(
		readonly status: 404 | 409,
		message: string
	) {
		super(message);
	}
}
