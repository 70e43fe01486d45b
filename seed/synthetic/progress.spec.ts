import { describe, expect, it } from 'vitest';
import { rateProgress } from './progress';

/** A log (not a terminal) that keeps what is written. */
function log() {
	const lines: string[] = [];
	return { lines, stream: { isTTY: false, write: (text: string) => lines.push(text) } as unknown as NodeJS.WriteStream };
}

describe('rateProgress', () => {
	it('writes a line per tenth in a log, with the rate and the time left', () => {
		const { lines, stream } = log();
		let now = 0;
		const progress = rateProgress('Loading', 1_000, { stream, now: () => now });
		progress(0);
		for (let done = 50; done <= 1_000; done += 50) {
			now += 500;
			progress(done);
		}
		expect(lines).toHaveLength(11);
		expect(lines[0]).toMatch(/^Loading 0% 0\/1,000 rows, starting/);
		// 500 rows after 5 s: 100 rows/s, 5 s left.
		expect(lines[5]).toBe('Loading 50% 500/1,000 rows, 100 rows/s, about 5 s left\n');
		expect(lines[10]).toBe('Loading 100% 1,000/1,000 rows, 100 rows/s, 10.0 s\n');
	});
});
