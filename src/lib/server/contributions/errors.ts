/** The request names something the graph lacks, or that cannot be used so: answered 400 naming the field. */
export class ContributionError extends Error {
	override name = 'ContributionError';
	constructor(
		readonly field: string,
		message: string
	) {
		super(message);
	}
}
