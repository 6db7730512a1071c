// reliability.js: the analysts' view of the source-reliability table. Each
// source's letter (A-F) can be changed or reset to the table's; the server
// keeps the change and recomputes every grade in a relink job shown here.
import { api, send } from '../api.js';
import { h, replace } from '../dom.js';
import { may, whoami } from '../session.js';
import { section } from './common.js';
import { followJob, jobProgress } from './upload.js';

const letters = ['A', 'B', 'C', 'D', 'E', 'F'];

// sourceName is a row's source as the analyst reads it: "kind:X" rows are
// the defaults for a kind of source, named in the UI's language; a source
// with several spellings ("a;b") shows the first, the others after it.
function sourceName(lang, name) {
  const kind = name.startsWith('kind:') ? name.slice('kind:'.length) : '';
  if (kind) return h('td', { title: name }, `${lang.t('anyOfKind')}: `, h('em', {}, lang.name('sourceKinds', kind)));
  const [first, ...others] = name.split(';').map((x) => x.trim()).filter(Boolean);
  return h('td', { title: name },
    h('span', { dir: 'auto' }, first ?? name),
    others.length ? h('small', { class: 'muted', dir: 'auto' }, ` (${others.join('، ')})`) : null);
}

function letterSelect(lang, current) {
  return h('select', { 'aria-label': lang.t('reliabilityLetter') },
    letters.map((l) => h('option', { value: l, selected: l === current }, `${l} · ${lang.name('letters', l)}`)));
}

export async function reliabilityView(lang) {
  // Readers see the table; analysts and admins may change it.
  const canEdit = may(await whoami(), 'analyst');
  const status = h('div', { class: 'relink-status', 'aria-live': 'polite' });
  const body = h('tbody');

  // changed shows the relink an edit started, then reloads the table.
  const changed = async (promise) => {
    try {
      const { job } = await promise;
      await followJob(job.id, (j) => replace(status, jobProgress(lang, j)));
      await load();
    } catch (err) {
      replace(status, h('p', { class: 'error', role: 'alert' }, `${lang.t('error')}: ${err.message}`));
    }
  };
  const path = (name) => `reliability/${encodeURIComponent(name)}`;

  const readOnlyRow = (s) => h('tr', { class: s.overridden ? 'overridden' : null },
    sourceName(lang, s.name),
    h('td', {}, `${s.letter} · ${lang.name('letters', s.letter)}`),
    h('td', { dir: 'auto' }, s.note || ''),
    h('td', { class: 'muted' }, s.shipped ? `${s.default_letter}${s.default_note ? ` · ${s.default_note}` : ''}` : lang.t('addedByAnalyst')),
    h('td', { class: 'muted' }, s.overridden ? `${s.updated_by || ''} ${s.updated_at ? s.updated_at.slice(0, 16).replace('T', ' ') : ''}` : ''),
    h('td', {}));

  const row = (s) => {
    if (!canEdit) return readOnlyRow(s);
    const select = letterSelect(lang, s.letter);
    const note = h('input', { type: 'text', class: 'note', dir: 'auto', value: s.note || '', maxlength: '2000', 'aria-label': lang.t('note') });
    return h('tr', { class: s.overridden ? 'overridden' : null },
      sourceName(lang, s.name),
      h('td', {}, select),
      h('td', {}, note),
      h('td', { class: 'muted' }, s.shipped ? `${s.default_letter}${s.default_note ? ` · ${s.default_note}` : ''}` : lang.t('addedByAnalyst')),
      h('td', { class: 'muted' }, s.overridden ? `${s.updated_by || ''} ${s.updated_at ? s.updated_at.slice(0, 16).replace('T', ' ') : ''}` : ''),
      h('td', {},
        h('button', { type: 'button', onclick: () => changed(send('PUT', path(s.name), { letter: select.value, note: note.value })) }, lang.t('save')),
        s.overridden ? h('button', { type: 'button', onclick: () => changed(send('DELETE', path(s.name))) }, lang.t('resetToTable')) : null));
  };

  const load = async () => {
    const { sources } = await api('reliability');
    replace(body, sources.map(row));
  };
  await load();

  const newName = h('input', { type: 'text', required: true, maxlength: '500', 'aria-label': lang.t('sourceName'), placeholder: lang.t('sourceName') });
  const newLetter = letterSelect(lang, 'C');
  const newNote = h('input', { type: 'text', class: 'note', dir: 'auto', maxlength: '2000', 'aria-label': lang.t('note'), placeholder: lang.t('note') });
  const add = h('form', {
    class: 'add-source',
    onsubmit: (ev) => {
      ev.preventDefault();
      const name = newName.value.trim();
      if (name) changed(send('PUT', path(name), { letter: newLetter.value, note: newNote.value }));
    },
  }, newName, ' ', newLetter, ' ', newNote, ' ', h('button', { type: 'submit' }, lang.t('addSource')));

  return section(lang.t('reliability'),
    h('p', { class: 'muted' }, lang.t('reliabilityHint')),
    canEdit ? null : h('p', { class: 'muted role-needed' }, lang.t('readOnlyReliability')),
    status,
    h('table', { class: 'reliability' },
      h('thead', {}, h('tr', {},
        [lang.t('source'), lang.t('reliabilityLetter'), lang.t('note'), lang.t('tableDefault'), lang.t('changedBy'), ''].map((c) => h('th', {}, c)))),
      body),
    canEdit ? h('h3', {}, lang.t('addSource')) : null, canEdit ? add : null);
}
