/** Saves a file in the browser: a temporary object URL clicked through an `<a download>`. */
export function downloadBlob(filename: string, blob: Blob): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once cancels the download in some browsers (Safari); a delay costs nothing.
	setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/** Saves text as a UTF-8 file of the given type (`text/csv;charset=utf-8`, `application/json`…). */
export function downloadText(filename: string, mime: string, text: string): void {
	downloadBlob(filename, new Blob([text], { type: mime }));
}
