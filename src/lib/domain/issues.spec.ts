import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeIssue, describeIssues, issuePath } from './issues';

describe('issuePath', () => {
	it('writes keys with dots and list positions in brackets', () => {
		expect(issuePath(['nodes', 3, 'sources', 0, 'doc'])).toBe('nodes[3].sources[0].doc');
		expect(issuePath(['params', '1x'])).toBe('params.1x');
		expect(issuePath([2, 'id'])).toBe('[2].id');
		expect(issuePath([])).toBe('');
	});
});

describe('describeIssues', () => {
	it('names the field of each issue in French, in order, separated by semicolons', () => {
		const parsed = z.object({ q: z.string().min(1, 'ne doit pas être vide'), limit: z.number().max(50, 'au plus 50') }).safeParse({
			q: '',
			limit: 99
		});
		expect(describeIssues(parsed.error!.issues)).toBe('champ « q » : ne doit pas être vide ; champ « limit » : au plus 50');
	});

	it('gives the message alone for an issue about the whole input', () => {
		expect(describeIssue({ path: [], message: 'le corps de la requête doit être un objet JSON' })).toBe(
			'le corps de la requête doit être un objet JSON'
		);
	});

	it('takes the wording of environment variables and command-line options', () => {
		const issues = [
			{ path: ['seed'], message: 'must be a non-negative integer' },
			{ path: ['batch-size'], message: 'must be between 1 and 100000' }
		];
		expect(describeIssues(issues, { noun: 'option', prefix: '--', separator: '\n' })).toBe(
			'option « --seed » : must be a non-negative integer\noption « --batch-size » : must be between 1 and 100000'
		);
		expect(describeIssue({ path: ['NEO4J_URI'], message: 'x' }, { noun: 'variable' })).toBe('variable « NEO4J_URI » : x');
	});
});
