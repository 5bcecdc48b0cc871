/**
 * A multipart/form-data body (the import upload) as fields: text fields as strings, files as
 * {name, text}. Parsed by the platform's own FormData, so no parser of our own.
 */
export type MultipartFields = Record<string, string | { name: string; text: string }>;

export async function parseMultipart(body: Buffer, contentType: string): Promise<MultipartFields> {
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': contentType } }).formData();
  const fields: MultipartFields = {};
  for (const [key, value] of form.entries()) {
    fields[key] = typeof value === 'string' ? value : { name: value.name, text: await value.text() };
  }
  return fields;
}
