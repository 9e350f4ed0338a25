/**
 * `GET /docs`: the OpenAPI document as one self-contained HTML page (no scripts, no CDN), listing
 * each route with its parameters, request body and responses.
 * @module
 */

type Json = Record<string, unknown>;

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);

/** Inline code spans (`x`) in descriptions become <code>. */
const formatText = (text: string): string => escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');

function typeOf(schema: Json | undefined): string {
  if (!schema) return '';
  if (typeof schema['$ref'] === 'string') return (schema['$ref'] as string).split('/').pop() ?? '';
  if (schema['type'] === 'array') return `${typeOf(schema['items'] as Json | undefined)}[]`;
  if (Array.isArray(schema['enum'])) return (schema['enum'] as unknown[]).map(String).join(' | ');
  return String(schema['type'] ?? 'any');
}

function renderOperation(path: string, method: string, op: Json): string {
  const params = (op['parameters'] as Json[] | undefined) ?? [];
  const rows = params
    .map((p) => `<tr><td><code>${escapeHtml(String(p['name']))}</code></td><td>${escapeHtml(String(p['in']))}</td><td>${escapeHtml(typeOf(p['schema'] as Json))}</td><td>${p['required'] ? 'yes' : ''}</td><td>${formatText(String(p['description'] ?? ''))}</td></tr>`)
    .join('');
  const body = op['requestBody'] as Json | undefined;
  const bodySchema = (((body?.['content'] as Json | undefined)?.['application/json'] as Json | undefined)?.['schema']) as Json | undefined;
  const responses = Object.entries((op['responses'] as Record<string, Json> | undefined) ?? {})
    .map(([status, r]) => {
      const schema = (((r['content'] as Json | undefined)?.['application/json'] as Json | undefined)?.['schema']) as Json | undefined;
      return `<li><b>${escapeHtml(status)}</b> ${escapeHtml(String(r['description'] ?? ''))}${schema ? ` — <code>${escapeHtml(typeOf(schema))}</code>` : ''}</li>`;
    })
    .join('');
  const anchor = `${method}-${path}`.replace(/[^a-z0-9]+/gi, '-');
  return `<section id="${anchor}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code> ${escapeHtml(String(op['summary'] ?? ''))}</h3>
<p>${formatText(String(op['description'] ?? ''))}</p>
${rows ? `<table><tr><th>parameter</th><th>in</th><th>type</th><th>required</th><th>description</th></tr>${rows}</table>` : ''}
${bodySchema ? `<details><summary>Request body</summary><pre>${escapeHtml(JSON.stringify(bodySchema, null, 2))}</pre></details>` : ''}
<ul>${responses}</ul>
</section>`;
}

export function renderDocsPage(document: Json): string {
  const info = (document['info'] as Json | undefined) ?? {};
  const paths = (document['paths'] as Record<string, Record<string, Json>> | undefined) ?? {};
  const schemas = ((document['components'] as Json | undefined)?.['schemas'] as Record<string, Json> | undefined) ?? {};
  const operations = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const toc = operations.map(({ path, method }) => `<li><a href="#${`${method}-${path}`.replace(/[^a-z0-9]+/gi, '-')}">${method.toUpperCase()} ${escapeHtml(path)}</a></li>`).join('');
  const schemaBlocks = Object.entries(schemas)
    .map(([name, schema]) => `<details id="schema-${escapeHtml(name)}"><summary><code>${escapeHtml(name)}</code></summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`)
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info['title'] ?? 'API'))}</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code,pre{font-family:ui-monospace,monospace;font-size:13px}pre{background:#f5f5f5;padding:.75rem;overflow:auto}
table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
section{border-top:1px solid #ccc;padding-top:.5rem;margin-top:1.5rem}.method{display:inline-block;min-width:3.5rem;color:#fff;padding:0 .4rem;border-radius:3px;font-size:13px}
.get{background:#2b7a2b}.post{background:#1f5fa8}
</style></head><body>
<h1>${escapeHtml(String(info['title'] ?? 'API'))} <small>${escapeHtml(String(info['version'] ?? ''))}</small></h1>
<p>${formatText(String(info['description'] ?? ''))} The machine-readable document is at <a href="/openapi.json">/openapi.json</a>.</p>
<ul>${toc}</ul>
${operations.map(({ path, method, op }) => renderOperation(path, method, op)).join('\n')}
<h2>Schemas</h2>
${schemaBlocks}
</body></html>`;
}
