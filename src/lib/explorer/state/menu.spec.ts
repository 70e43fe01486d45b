import { describe, expect, it } from 'vitest';
import { Menu } from './menu.svelte';

describe('Menu', () => {
	it('opens on one node where it was asked for, and closes', () => {
		const menu = new Menu();
		const node = { id: 'tenerrdis', label: 'Tenerrdis', pinned: false, groupable: true, group: false };
		menu.show(node, 120, 45);
		expect(menu.current).toEqual({ node, x: 120, y: 45 });
		menu.show({ ...node, id: 'ademe', label: 'ADEME' }, 10, 10);
		expect(menu.current?.node.label).toBe('ADEME');
		menu.close();
		expect(menu.current).toBeNull();
	});
});
