// The built app's server: `node scripts/serve.js [build directory]` (by default `build/`), what
// `node build` does, with one step in front. A request whose method the Fetch API will not carry
// (TRACE) makes adapter-node answer « Bad Request » in plain text before the app runs, with
// none of its headers. Here it reaches the app under a method no route implements, and gets what
// every other unsupported method gets: a 405 in JSON naming the allowed methods, with the security
// headers. Same variables as `node build`: HOST (0.0.0.0), PORT (3000), SHUTDOWN_TIMEOUT (30 s),
// and ORIGIN, BODY_SIZE_LIMIT, ADDRESS_HEADER… read by the app (docs/deployment.md).
import http from 'node:http';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

/** Methods that Node's parser accepts and `new Request()` refuses: the adapter could not hand them to the app. */
const REFUSED_BY_FETCH = new Set(['TRACE']);

const directory = path.resolve(process.argv[2] ?? 'build');
const { handler } = await import(pathToFileURL(path.join(directory, 'handler.js')).href);

const host = process.env.HOST || '0.0.0.0';
const port = Number(process.env.PORT || '3000');
const shutdownSeconds = Number(process.env.SHUTDOWN_TIMEOUT || '30');
for (const [name, value] of [
	['PORT', port],
	['SHUTDOWN_TIMEOUT', shutdownSeconds]
]) {
	if (!Number.isInteger(value) || value < 0) {
		console.error(`✖ ${name} doit être un entier positif (reçu « ${process.env[name]} »).`);
		process.exit(1);
	}
}

const server = http.createServer((request, response) => {
	// « TRACE-UNSUPPORTED »: a name no route implements, which says in the logs what it was.
	if (REFUSED_BY_FETCH.has(request.method ?? '')) request.method = `${request.method}-UNSUPPORTED`;
	handler(request, response, () => {
		response.statusCode = 404;
		response.end();
	});
});

server.listen({ host, port }, () => {
	console.log(`Listening on http://${host}:${port}`);
});

// As `node build`: finish the requests under way, then let the app close its database driver.
let stopping = false;
function shutdown(reason) {
	if (stopping) return;
	stopping = true;
	server.closeIdleConnections();
	server.close((error) => {
		if (!error) process.emit('sveltekit:shutdown', reason);
	});
	setTimeout(() => server.closeAllConnections(), shutdownSeconds * 1000).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
