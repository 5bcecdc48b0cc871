import { LocalizedError } from '../../../errors/localized-error.js';
import { idSchema, validate } from '../../../admin/validation.js';
import type { SourceName } from '../../../kb/knowledge-base.js';
import { editedName } from '../../../kb/source-name.js';
import { textVersion } from '../kb-custom-ids.js';
import { changed, entryOption, formCopy, slow, type KbContext, type KbHandlers, type KbLeaf } from '../kb-handler.js';
import { sourceTexts } from '../kb-view.js';

/** `/kb sources …`: add and edit (texts in a form), link to and unlink from an entry. */
export function sourceHandlers(ctx: KbContext): KbHandlers {
  const { admin, view } = ctx;
  const linkOrUnlink =
    (verb: 'link' | 'unlink'): KbLeaf =>
    ({ interaction: i, lang, actor }) =>
      slow(() => {
        const input = { entryId: entryOption(i), sourceId: i.options.getString('source', true).trim() };
        return changed(ctx, admin.sources[verb](actor, input), lang);
      });

  return {
    leaves: {
      'sources add': ({ interaction: i, lang }) => {
        const id = validate(idSchema, i.options.getString('id', true).trim(), { record: 'source' });
        if (admin.sources.list().some((s) => s.id === id)) throw new LocalizedError('admin.error.sourceExists', { id });
        return { form: view.sourceForm({ id, name: '', description: { nb: '', en: '' } }, true, lang) };
      },
      'sources edit': ({ interaction: i, lang }) => ({
        form: view.sourceForm(admin.sources.show(i.options.getString('source', true).trim()), false, lang),
      }),
      'sources link': linkOrUnlink('link'),
      'sources unlink': linkOrUnlink('unlink'),
    },
    forms: {
      'source-add': ({ interaction: i, lang, actor }, form) => {
        const field = (id: string) => i.fields.getTextInputValue(id);
        const input = {
          id: form.id,
          name: formName(field('name.nb'), field('name.en')),
          description: { nb: field('description.nb'), en: field('description.en') },
        };
        return changed(ctx, admin.sources.add(actor, input), lang);
      },
      'source-edit': ({ interaction: i, lang, actor }, form) => {
        const field = (id: string) => i.fields.getTextInputValue(id);
        if (textVersion(sourceTexts(admin.sources.show(form.id))) !== form.version)
          return { reply: { ...view.editConflict('source', form.id, lang), files: formCopy(i, form) } };
        const patch = { name: formName(field('name.nb'), field('name.en')), description: { nb: field('description.nb'), en: field('description.en') } };
        return changed(ctx, admin.sources.edit(actor, form.id, patch), lang);
      },
    },
  };
}

/** A form's two name fields: one plain name when they are the same (or one is left empty). */
function formName(nb: string, en: string): SourceName {
  const [n, e] = [nb.trim(), en.trim()];
  return !n || !e ? e || n : editedName(e, { nb: n, en: e });
}
