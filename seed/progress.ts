/**
 * A one-line progress bar on stderr for terminals, and a line per quarter in logs (CI), so long
 * imports show they are alive without flooding the output.
 */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
	let lastQuarter = -1;
	return (done, total) => {
		const ratio = total === 0 ? 1 : done / total;
		if (stream.isTTY) {
			const width = 30;
			const filled = Math.round(ratio * width);
			stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(ratio * 100)}% ${done}/${total}`);
			if (done >= total) stream.write('\n');
			return;
		}
		const quarter = Math.floor(ratio * 4);
		if (quarter !== lastQuarter) {
			lastQuarter = quarter;
			stream.write(`${label}: ${done}/${total} (${Math.round(ratio * 100)}%)\n`);
		}
	};
}
