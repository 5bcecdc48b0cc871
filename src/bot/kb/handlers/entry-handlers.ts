import { LocalizedError } from '../../../errors/localized-error.js';
import { idSchema, statusSchema, validate } from '../../../admin/validation.js';
import type { Status } from '../../../kb/statuses.js';
import { textVersion } from '../kb-custom-ids.js';
import { changed, entryOption, formCopy, listOption, slow, type KbContext, type KbHandlers, type KbLeaf } from '../kb-handler.js';
import { entryTexts } from '../kb-view.js';

/** `/kb entries …`: list, show, add and edit (texts in a form), retire and restore. */
export function entryHandlers(ctx: KbContext): KbHandlers {
  const { admin, view } = ctx;
  const retireOrRestore =
    (verb: 'retire' | 'restore'): KbLeaf =>
    ({ interaction: i, lang, actor }) =>
      slow(() => changed(ctx, admin.entries[verb](actor, entryOption(i)), lang));

  return {
    leaves: {
      'entries list': ({ interaction: i, lang }) => {
        const active = i.options.getBoolean('active') ?? false;
        return { reply: view.entryList(admin.entries.list({ includeRetired: !active }), lang) };
      },
      'entries show': ({ interaction: i, lang }) => ({ reply: view.entry(admin.entries.show(entryOption(i)), lang) }),
      'entries add': ({ interaction: i, lang }) => {
        const id = validate(idSchema, i.options.getString('id', true).trim(), { record: 'entry' });
        // Checked again on submit; asked now so that nobody writes the texts for nothing.
        if (admin.entries.list().some((e) => e.id === id)) throw new LocalizedError('admin.error.entryExists', { id });
        const status = validate(statusSchema, i.options.getString('status', true), { record: 'entry', id });
        return { form: view.entryAddForm({ kind: 'entry-add', status, id }, listOption(i.options.getString('sources', true)).join(', '), lang) };
      },
      'entries edit': ({ interaction: i, lang, actor }) => {
        const id = entryOption(i);
        const status = i.options.getString('status');
        const sources = i.options.getString('sources');
        // The texts: a form filled with what they are now.
        if (status === null && sources === null) return { form: view.entryEditForm(admin.entries.show(id), lang) };
        const patch = { ...(status !== null ? { status: status as Status } : {}), ...(sources !== null ? { sources: listOption(sources) } : {}) };
        return slow(() => changed(ctx, admin.entries.edit(actor, id, patch), lang));
      },
      'entries retire': retireOrRestore('retire'),
      'entries restore': retireOrRestore('restore'),
    },
    forms: {
      'entry-add': ({ interaction: i, lang, actor }, form) => {
        const field = (id: string) => i.fields.getTextInputValue(id);
        const input = {
          id: form.id,
          status: form.status,
          title: { nb: field('title.nb'), en: field('title.en') },
          answer: { nb: field('answer.nb'), en: field('answer.en') },
          sources: listOption(field('sources')),
        };
        return changed(ctx, admin.entries.add(actor, input), lang, [view.text('kb.reply.addQuestionsHint', lang, { id: form.id })]);
      },
      'entry-edit': ({ interaction: i, lang, actor }, form) => {
        const field = (id: string) => i.fields.getTextInputValue(id);
        // Someone else changed the texts since the form was filled: refused, what was typed comes back.
        if (textVersion(entryTexts(admin.entries.show(form.id))) !== form.version)
          return { reply: { ...view.editConflict('entry', form.id, lang), files: formCopy(i, form) } };
        const patch = { title: { nb: field('title.nb'), en: field('title.en') }, answer: { nb: field('answer.nb'), en: field('answer.en') } };
        return changed(ctx, admin.entries.edit(actor, form.id, patch), lang);
      },
    },
  };
}
