import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** Component tests (`*.svelte.spec.ts`) run in a real browser; every other spec in Node. */
const componentSpecs = 'src/**/*.svelte.spec.ts';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173, fs: { allow: ['cypher'] } },
	test: {
		// Server modules log JSON lines; tests stay quiet unless LOG_LEVEL asks otherwise.
		// A fixed key for the tests' sealed account data; a deployment's own is in its .env.
		env: {
			LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
			MAILLAGE_SECRET_KEY: process.env.MAILLAGE_SECRET_KEY ?? 'test-key-for-sealed-account-data-not-a-secret'
		},
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'seed/**/*.spec.ts', 'scripts/**/*.spec.ts'],
					exclude: [componentSpecs],
					// A guard against a hang, not a speed claim: the property tests take a second of CPU
					// and took over 4 s on a loaded machine, past vitest's default of 5 s.
					testTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'component',
					include: [componentSpecs],
					// A failing test's screenshot lands with the other test reports.
					attachmentsDir: 'test-results/component',
					browser: {
						enabled: true,
						headless: true,
						// Debian's Chromium, as the end-to-end journeys use it: Playwright's own browser download is never needed.
						provider: playwright({
							launchOptions: {
								executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
								args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update']
							},
							contextOptions: { locale: 'fr-FR' }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			},
			{
				extends: true,
				test: {
					name: 'integration',
					environment: 'node',
					include: ['tests/integration/**/*.spec.ts'],
					globalSetup: ['tests/integration/global-setup.ts'],
					// One database is shared: files run one after the other so fixtures never collide.
					fileParallelism: false,
					testTimeout: 30_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
