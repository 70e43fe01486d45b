import { z } from 'zod';
import { widen, type StoredKey } from '$lib/export/columns';
import type { FieldType } from '$lib/export/export-graph';

/**
 * The type a file declares for one of Neo4j's value types (`valueType()`): lists whatever their
 * items, integers and floats as such; a list Neo4j stored empty (`LIST<NOTHING>`) is a list too.
 */
export function fieldTypeOf(valueType: string): FieldType {
	const type = valueType.replace(/ NOT NULL$/, '');
	if (type.startsWith('LIST')) return 'list';
	if (type === 'INTEGER') return 'int';
	if (type === 'FLOAT') return 'double';
	if (type === 'BOOLEAN') return 'boolean';
	return 'string';
}

/** `export/list-stored-keys`: a stored key of nodes or edges and the one type that holds all its values. */
export const storedKeyRow = z
	.object({ holder: z.enum(['node', 'edge']), key: z.string().min(1), types: z.array(z.string()).min(1) })
	.transform(({ holder, key, types }): { holder: 'node' | 'edge' } & StoredKey => ({
		holder,
		key,
		type: types.map(fieldTypeOf).reduce(widen)
	}));
