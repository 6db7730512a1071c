// upload.js: the upload view. Files go to the server as they are; it reads
// them with the same readers and limits as `isnad ingest`, analyses and
// stores them, then relinks the corpus, in a job whose progress this view
// shows. File names and errors come from the server and go in as text.
import { api, upload } from '../api.js';
import { h, replace } from '../dom.js';
import { may, whoami } from '../session.js';
import { section } from './common.js';

const pollMillis = 500;

// followJob polls a job until it ends, calling show with each state.
export async function followJob(id, show) {
  for (;;) {
    const job = await api(`jobs/${encodeURIComponent(id)}`);
    show(job);
    if (job.finished) return job;
    await new Promise((resolve) => { setTimeout(resolve, pollMillis); });
  }
}

// jobProgress is a job's state as a progress bar, counts and errors.
export function jobProgress(lang, job) {
  let value = 0;
  let max = 1;
  if (job.state === 'reading' && job.files.length) {
    value = job.files_read;
    max = job.files.length;
  } else if (job.state === 'linking' && job.stored) {
    value = job.linked;
    max = job.stored;
  } else if (job.finished) {
    value = 1;
  }
  const d = job.documents || {};
  const counts = job.kind === 'upload'
    ? h('p', { class: 'counts' },
      `${lang.t('filesRead')}: ${job.files_read}/${job.files.length} · ${lang.t('docsRead')}: ${d.read || 0} · `,
      `${lang.t('docsNew')}: ${d.new || 0} · ${lang.t('docsDuplicate')}: ${d.duplicate || 0} · ${lang.t('docsFailed')}: ${d.failed || 0}`)
    : null;
  return h('div', { class: 'job', 'data-state': job.state },
    h('p', {}, h('strong', {}, lang.name('jobStates', job.state)),
      job.state === 'linking' ? ` (${job.linked}/${job.stored})` : ''),
    h('progress', { value: String(value), max: String(max), 'aria-label': lang.name('jobStates', job.state) }),
    counts,
    job.error ? h('p', { class: 'error', role: 'alert', dir: 'auto' }, job.error) : null,
    job.errors && job.errors.length
      ? h('ul', { class: 'job-errors' }, job.errors.map((e) => h('li', {}, h('bdi', {}, e.file), ': ', h('span', { dir: 'ltr' }, e.error))))
      : null,
    job.error_count > (job.errors || []).length ? h('p', { class: 'muted' }, `… ${job.error_count} ${lang.t('errorsInAll')}`) : null,
    job.state === 'done' && job.kind === 'upload' ? h('p', {}, h('a', { href: '#/documents' }, lang.t('documents'))) : null);
}

export async function uploadView(lang) {
  const me = await whoami();
  if (!may(me, 'analyst')) {
    return section(lang.t('upload'), h('p', { class: 'muted role-needed' }, lang.t('needsAnalyst')));
  }
  const input = h('input', { type: 'file', multiple: true, name: 'files', accept: '.txt,.md,.html,.htm,.json,.jsonl,.zip,text/*' });
  const sent = h('progress', { value: '0', max: '1', 'aria-label': lang.t('sending') });
  const status = h('div', { class: 'upload-status', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit' }, lang.t('uploadButton'));
  const form = h('form', {
    class: 'upload-form',
    onsubmit: async (ev) => {
      ev.preventDefault();
      if (!input.files || input.files.length === 0) return;
      button.disabled = true;
      replace(status, h('p', {}, lang.t('sending')), sent);
      try {
        const job = await upload(input.files, (loaded, total) => { sent.max = total; sent.value = loaded; });
        await followJob(job.id, (j) => replace(status, jobProgress(lang, j)));
      } catch (err) {
        replace(status, h('p', { class: 'error', role: 'alert' }, `${lang.t('error')}: ${err.message}`));
      } finally {
        button.disabled = false;
      }
    },
  }, h('label', {}, lang.t('uploadChoose'), ' ', input), ' ', button);
  return section(lang.t('upload'), h('p', { class: 'muted' }, lang.t('uploadHint')), form, status);
}
