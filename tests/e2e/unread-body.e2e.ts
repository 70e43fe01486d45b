import { connect } from 'node:net';
import { expect, test } from '@playwright/test';

/**
 * What one keep-alive socket receives for these requests, written in pieces: the raw answers, or
 * what arrived before the server closed it.
 */
function exchange(baseURL: string, pieces: string[]): Promise<{ text: string; closedEarly: boolean }> {
	const { hostname, port } = new URL(baseURL);
	return new Promise((resolve, reject) => {
		const socket = connect(Number(port), hostname);
		let text = '';
		const done = (closedEarly: boolean) => {
			socket.destroy();
			resolve({ text, closedEarly });
		};
		socket.on('data', (chunk) => {
			text += chunk.toString('utf8');
			if ((text.match(/HTTP\/1\.1 \d{3} /g) ?? []).length === 2 && text.trimEnd().endsWith('}')) done(false);
		});
		socket.on('close', () => done(true));
		socket.on('error', reject);
		socket.on('connect', async () => {
			for (const piece of pieces) {
				socket.write(piece);
				// Pieces apart, as a slow network delivers them: the server answers before the body is in.
				await new Promise((wait) => setTimeout(wait, 50));
			}
		});
	});
}

test('a request refused before its body is read leaves the connection usable for the next one', async ({ baseURL }) => {
	const body = JSON.stringify({ projection: 'actors-by-project', padding: 'x'.repeat(6_000) });
	const head = (length: number) =>
		`POST /api/analysis/write HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nConnection: keep-alive\r\n\r\n`;
	const half = Math.floor(body.length / 2);
	const { text, closedEarly } = await exchange(baseURL!, [head(body.length) + body.slice(0, half), body.slice(half), head(2) + '{}']);
	const statuses = [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((match) => match[1]);
	// Both refused for want of the token, on the same socket: the first body was read to its end.
	expect(statuses).toEqual(['401', '401']);
	expect(closedEarly).toBe(false);
	expect(text).not.toMatch(/^connection: close/im);
});
