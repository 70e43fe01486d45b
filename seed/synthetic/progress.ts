/**
 * Progress of a long load on stderr: rows done out of the total, the rate and the time left.
 * On a terminal one line redrawn in place; in a log (CI, a pipe) a line every tenth, so that the
 * output shows the load is alive without flooding.
 */
export function rateProgress(
	label: string,
	total: number,
	{ stream = process.stderr, now = () => performance.now() }: { stream?: NodeJS.WriteStream; now?: () => number } = {}
): (done: number) => void {
	const started = now();
	let lastTenth = -1;
	return (done) => {
		const seconds = Math.max((now() - started) / 1000, 1e-3);
		const rate = done / seconds;
		const ratio = total === 0 ? 1 : Math.min(1, done / total);
		const left = rate > 0 ? (total - done) / rate : 0;
		const pace =
			done >= total
				? `${format(Math.round(rate))} rows/s, ${seconds.toFixed(1)} s`
				: done === 0
					? 'starting'
					: `${format(Math.round(rate))} rows/s, about ${Math.ceil(left)} s left`;
		const text = `${label} ${Math.round(ratio * 100)}% ${format(done)}/${format(total)} rows, ${pace}`;
		if (stream.isTTY) {
			const width = 24;
			const filled = Math.round(ratio * width);
			stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${text}\u001b[K`);
			if (done >= total) stream.write('\n');
			return;
		}
		const tenth = Math.floor(ratio * 10);
		if (tenth !== lastTenth) {
			lastTenth = tenth;
			stream.write(`${text}\n`);
		}
	};
}

function format(n: number): string {
	return n.toLocaleString('en');
}
