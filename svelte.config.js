import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	kit: {
		adapter: adapter({ out: 'build' }),
		// The origin check on forms is made by hooks.server.ts (src/lib/server/http/cross-site.ts): the
		// same refusal, in French, and a script sending a file with its API token needs no Origin header.
		csrf: { trustedOrigins: ['*'] },
		// Every page is rendered on the server; forms and links work before the JavaScript loads.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Graph libraries set element styles; scripts stay nonce- or hash-only.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none']
			}
		}
	}
};

export default config;
