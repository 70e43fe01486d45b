import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { port: 5173, fs: { allow: ['cypher'] } },
	test: {
		// Server modules log JSON lines; tests stay quiet unless LOG_LEVEL asks otherwise.
		env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent' },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.spec.ts', 'seed/**/*.spec.ts', 'scripts/**/*.spec.ts']
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
