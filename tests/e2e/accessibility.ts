import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Resolves once the page's DOM has not changed for `quietMs` (or after `limitMs` at most).
 * axe builds a selector for every node it reports from a cache made when the scan starts; a node
 * that an editor or a list re-renders during the scan has no entry there and axe throws inside its
 * selector builder. Scanning a page that holds still is the page a person reads.
 */
async function domHoldsStill(page: Page, quietMs = 400, limitMs = 10_000): Promise<void> {
	await page.evaluate(
		({ quietMs, limitMs }) =>
			new Promise<void>((resolve) => {
				let quietTimer = setTimeout(done, quietMs);
				const limitTimer = setTimeout(done, limitMs);
				const observer = new MutationObserver(() => {
					clearTimeout(quietTimer);
					quietTimer = setTimeout(done, quietMs);
				});
				observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
				function done() {
					observer.disconnect();
					clearTimeout(quietTimer);
					clearTimeout(limitTimer);
					resolve();
				}
			}),
		{ quietMs, limitMs }
	);
}

/** The serious and critical accessibility violations of the page, one readable line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const scan = await scanWhenStill(page);
	return scan.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/**
 * One axe scan of a page that holds still. A page can still change after a quiet spell (the Cypher
 * editor re-classes its words in idle time, on a slow machine well after 400 ms), and axe then throws
 * inside its selector builder: that crash is no finding about the page, so the scan is made again
 * once the page is quiet, up to three times. Violations are never retried away.
 */
async function scanWhenStill(page: Page, attempts = 3): ReturnType<AxeBuilder['analyze']> {
	for (let attempt = 1; ; attempt++) {
		await domHoldsStill(page);
		try {
			return await new AxeBuilder({ page }).analyze();
		} catch (error) {
			const changedUnderfoot = error instanceof Error && /nthChild|selector|DqElement/.test(`${error.message}\n${error.stack ?? ''}`);
			if (!changedUnderfoot || attempt >= attempts) throw error;
		}
	}
}
