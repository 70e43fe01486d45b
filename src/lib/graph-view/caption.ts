import { escapeText } from '$lib/export/xml';

/**
 * Images leave Maillage without their page, so the attribution is drawn under the picture:
 * a white band with the credit line, wrapped to the image's width.
 */

/** Splits text into lines at spaces, each line as long as `fits` allows (a single long word keeps its line). */
export function wrapCaption(text: string, fits: (line: string) => boolean): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const longer = line === '' ? word : `${line} ${word}`;
		if (line !== '' && !fits(longer)) {
			lines.push(line);
			line = word;
		} else line = longer;
	}
	if (line !== '') lines.push(line);
	return lines;
}

/** Caption font size for an image this wide: legible on a slide, never larger than the graph's own labels. */
export function captionFontSize(width: number): number {
	return Math.round(Math.min(24, Math.max(11, width / 110)));
}

/** An SVG (as `graphSvg` writes it: a root with numeric `width` and `height`) with the caption below it. */
export function captionSvg(svg: string, caption: string): string {
	const root = /<svg\b[^>]*>/.exec(svg);
	const width = Number(/\swidth="([\d.]+)"/.exec(root?.[0] ?? '')?.[1]);
	const height = Number(/\sheight="([\d.]+)"/.exec(root?.[0] ?? '')?.[1]);
	const close = svg.lastIndexOf('</svg>');
	if (!root || close === -1) return svg;
	const desc = `<desc>${escapeText(caption)}</desc>`;
	if (!(width > 0 && height > 0)) return svg.slice(0, close) + desc + svg.slice(close);
	const size = captionFontSize(width);
	const padding = size;
	// An average glyph of a sans-serif font is about half its size wide.
	const lines = wrapCaption(caption, (line) => line.length * size * 0.55 <= width - 2 * padding);
	const band = lines.length * size * 1.3 + padding;
	const text = lines
		.map((line, index) => `<tspan x="${padding}" y="${height + padding / 2 + size + index * size * 1.3}">${escapeText(line)}</tspan>`)
		.join('');
	const drawn =
		`${desc}<rect x="0" y="${height}" width="${width}" height="${band}" fill="#ffffff"/>` +
		`<text font-family="sans-serif" font-size="${size}" fill="#334155">${text}</text>`;
	const resized = root[0].replace(/(\sheight=")[\d.]+"/, `$1${height + band}"`);
	return svg.slice(0, root.index) + resized + svg.slice(root.index + root[0].length, close) + drawn + svg.slice(close);
}

/** A PNG with the caption band added below it (browser only: draws on a canvas). */
export async function captionPng(png: Blob, caption: string): Promise<Blob> {
	const image = await createImageBitmap(png);
	const size = captionFontSize(image.width);
	const padding = size;
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d');
	if (!context) return png;
	const font = `${size}px sans-serif`;
	context.font = font;
	const lines = wrapCaption(caption, (line) => context.measureText(line).width <= image.width - 2 * padding);
	canvas.width = image.width;
	canvas.height = Math.ceil(image.height + lines.length * size * 1.3 + padding);
	context.fillStyle = '#ffffff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.drawImage(image, 0, 0);
	context.font = font; // resizing the canvas reset it
	context.fillStyle = '#334155';
	context.textBaseline = 'top';
	lines.forEach((line, index) => context.fillText(line, padding, image.height + padding / 2 + index * size * 1.3));
	image.close();
	return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob ?? png), 'image/png'));
}
