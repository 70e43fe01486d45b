import { error, fail, redirect } from '@sveltejs/kit';
import { hasRole } from '$lib/domain/accounts';
import { importOptionsSchema, rowFilterSchema, rowStatusSchema } from '$lib/domain/imports';
import * as changesets from '$lib/server/changesets';
import { database } from '$lib/server/db/database';
import { answer } from '$lib/server/http/answer';
import { authorise } from '$lib/server/http/caller';
import { ownImport } from '$lib/server/http/imports';
import { requirePageRole } from '$lib/server/http/pages';
import { actWrite } from '$lib/server/http/writes';
import { jobs, mappings } from '$lib/server/imports';
import { explorerLinkOf } from '$lib/server/imports/explorer-link';
import { decisionsFromForm, mappingFromForm } from '$lib/server/imports/page-forms';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** Rows per page of the preview. */
const PAGE_SIZE = 100;

/** An import, its progress while it is read or applied, then its preview one page at a time, then its report. */
export const load: PageServerLoad = async (event) => {
	const caller = requirePageRole(event, 'contributeur');
	const job = ownImport(caller.account, event.params.id);
	const status = rowStatusSchema.safeParse(event.url.searchParams.get('statut'));
	const page = Math.max(1, Number(event.url.searchParams.get('page')) || 1);
	const view = jobs.viewOf(
		job,
		rowFilterSchema.parse({ status: status.success ? status.data : undefined, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE })
	);
	if (job.state === 'applied' && job.explorerHref === undefined) job.explorerHref = await answer(() => explorerLinkOf(database(), job));
	return {
		view,
		status: status.success ? status.data : null,
		page,
		pageSize: PAGE_SIZE,
		publishes: hasRole(caller.account.role, 'curateur'),
		explorerHref: job.explorerHref ?? null
	};
};

/** The import of the address, for an action: the caller (with the form's CSRF token) must own it. */
async function acting(event: RequestEvent, least: 'contributeur' | 'curateur' = 'contributeur') {
	const form = await event.request.formData();
	const caller = authorise(event, least, String(form.get('csrf') ?? ''));
	return { form, caller, job: ownImport(caller.account, event.params.id) };
}

/** Back to the page the person was on (its filter and page kept). */
const back = (event: RequestEvent) => redirect(303, event.url.pathname + event.url.search.replace(/[?&]\/[a-z]+/i, ''));

function busy(run: () => void) {
	try {
		run();
		return null;
	} catch (caught) {
		if (caught instanceof jobs.ImportBusyError) return fail(409, { message: caught.message });
		throw caught;
	}
}

export const actions: Actions = {
	/** Rows set aside, matches settled, values fixed on this page: read again. */
	revise: async (event) => {
		const { form, job } = await acting(event);
		const refused = busy(() => jobs.revise(database(), job, { decisions: decisionsFromForm(job, form) }));
		if (refused) return refused;
		back(event);
	},
	/** Other columns: read again. */
	remap: async (event) => {
		const { form, job } = await acting(event);
		const options = importOptionsSchema.safeParse({ ...job.options, mapping: mappingFromForm(job, form) });
		if (!options.success) return fail(400, { message: options.error.issues.map((issue) => issue.message).join(' ; ') });
		const refused = busy(() => jobs.revise(database(), job, { options: options.data }));
		if (refused) return refused;
		redirect(303, event.url.pathname);
	},
	/**
	 * Another sheet of the workbook: other columns and other rows, so neither the columns mapped by
	 * hand nor the decisions taken on this one carry over; the preset guesses the columns again.
	 */
	sheet: async (event) => {
		const { form, job } = await acting(event);
		const sheet = String(form.get('sheet') ?? '');
		if (!job.preview?.sheet.sheets.includes(sheet)) return fail(400, { message: 'Feuille : ce classeur n’en a pas de ce nom.' });
		if (sheet === job.preview.sheet.sheet) redirect(303, event.url.pathname);
		const options = importOptionsSchema.safeParse({ ...job.options, sheet, mapping: undefined });
		if (!options.success) return fail(400, { message: options.error.issues.map((issue) => issue.message).join(' ; ') });
		const decisions = { excluded: [], choices: {}, fixes: {} };
		const refused = busy(() => jobs.revise(database(), job, { options: options.data, decisions }));
		if (refused) return refused;
		redirect(303, event.url.pathname);
	},
	saveMapping: async (event) => {
		const { form, caller, job } = await acting(event);
		const name = String(form.get('mappingName') ?? '')
			.trim()
			.slice(0, 120);
		if (!name) return fail(400, { message: 'Nom du modèle : est obligatoire.' });
		await answer(() =>
			mappings.saveMapping(database(), caller.account.id, { name, preset: job.options.preset, mapping: mappingFromForm(job, form) })
		);
		return { saved: name };
	},
	apply: async (event) => {
		const { form, caller, job } = await acting(event);
		const refused = busy(() => jobs.apply(database(), caller.account, job, decisionsFromForm(job, form)));
		if (refused) return refused;
		redirect(303, event.url.pathname);
	},
	/** A curator undoes a published import: the changeset's revert. */
	undo: async (event) => {
		const { form, caller, job } = await acting(event, 'curateur');
		if (!job.changeset || job.changeset.status !== 'published') error(409, { message: 'Cet import n’a pas été publié.', code: 'conflict' });
		const reason = String(form.get('reason') ?? '').trim() || 'Import annulé depuis sa page';
		const result = await actWrite(() => changesets.revert(database(), caller.account, job.changeset!.id, reason.slice(0, 500)));
		if ('failure' in result) return result.failure;
		job.revertedBy = result.ok.id;
		redirect(303, event.url.pathname);
	},
	forget: async (event) => {
		const { job } = await acting(event);
		if (job.state === 'applying') return fail(409, { message: 'L’import est en cours d’application : attendez qu’il finisse.' });
		jobs.forget(job);
		redirect(303, '/import');
	}
};
