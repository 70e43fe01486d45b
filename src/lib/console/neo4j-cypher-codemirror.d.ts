// @neo4j-cypher/codemirror ships its types (src/codemirror.d.ts) but its `exports` map does not
// point at them, so TypeScript's bundler resolution cannot find them: the part we use, declared.
declare module '@neo4j-cypher/codemirror' {
	export interface EditorSupportSchema {
		labels?: string[];
		relationshipTypes?: string[];
		propertyKeys?: string[];
	}

	export interface EditorApi {
		/** The CodeMirror 6 view. */
		codemirror: import('@codemirror/view').EditorView;
		destroy(): void;
		setValue(value?: string, parseOnSetValue?: boolean): void;
		setSchema(schema?: EditorSupportSchema): void;
		onValueChanged(listener: (value: string) => void): () => void;
		onKeyDown(listener: (event: KeyboardEvent) => void): () => void;
	}

	export interface EditorOptions {
		value?: string;
		schema?: EditorSupportSchema;
		placeholder?: string;
		autofocus?: boolean;
		lineNumbers?: boolean;
		lineNumberFormatter?: (line: number, lineCount: number) => string;
		lineWrapping?: boolean;
		tabKey?: boolean;
		/** The package's own completion (on by default). */
		autocomplete?: boolean;
		theme?: 'light' | 'dark' | 'auto';
		/** CodeMirror extensions added after the Cypher ones. */
		postExtensions?: unknown[];
	}

	/** Its own d.ts says EditorApi; the code (es/codemirror.js) returns it wrapped, as its README shows. */
	export function createCypherEditor(parent: Element | DocumentFragment, options: EditorOptions): { editor: EditorApi };
}

declare module '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
