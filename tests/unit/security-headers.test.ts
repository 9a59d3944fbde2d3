import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersFor, parseHeadersFile } from '../../src/integrations/headers-file.mjs';
import { contentSecurityPolicy, inlineScriptHashes } from '../../src/integrations/security-headers.mjs';

const sha256 = (code: string) => `sha256-${createHash('sha256').update(code).digest('base64')}`;

describe('inlineScriptHashes', () => {
  it('hashes the exact text of classic and module inline scripts, and skips data and external scripts', () => {
    const theme = '(()=>{document.documentElement.dataset.theme="dark"})()';
    const html = `<!doctype html><html><head><script>${theme}</script>
      <script type="module">import "/a.js";</script><script type="application/json">{"a":1}</script>
      <script src="/b.js"></script></head><body><template><script>let t = "<b>";</script></template></body></html>`;
    expect(inlineScriptHashes(html, 'index.html')).toEqual([
      sha256(theme),
      sha256('import "/a.js";'),
      sha256('let t = "<b>";'),
    ]);
  });

  it('refuses inline event handlers and javascript: links, which no hash can allow', () => {
    expect(() => inlineScriptHashes('<button onclick="go()">Go</button>', 'talk/index.html')).toThrow(
      /talk\/index\.html: <button onclick=/,
    );
    expect(() => inlineScriptHashes('<a href=" JavaScript:alert(1)">x</a>', 'sources/index.html')).toThrow(
      /sources\/index\.html: <a href=/,
    );
    expect(inlineScriptHashes('<p title="javascript: the language">x</p>', 'a.html')).toEqual([]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site and the given hashes only, each hash once', () => {
    const policy = contentSecurityPolicy(['sha256-b', 'sha256-a', 'sha256-b']);
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe('the _headers file', () => {
  it('reads back what it writes, and applies a rule to the paths it matches', () => {
    const rules: { path: string; headers: Record<string, string> }[] = [
      { path: '/*', headers: { 'X-Content-Type-Options': 'nosniff', 'Content-Security-Policy': "default-src 'self'" } },
      { path: '/talk/', headers: { 'X-Frame-Options': 'SAMEORIGIN' } },
    ];
    const text = formatHeadersFile(rules);
    expect(text).toBe(
      "/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src 'self'\n/talk/\n  X-Frame-Options: SAMEORIGIN\n",
    );
    const parsed = parseHeadersFile(`# site headers\n${text}`);
    expect(parsed).toEqual(rules);
    expect(headersFor(parsed, '/talk/')).toEqual({ ...rules[0]!.headers, 'X-Frame-Options': 'SAMEORIGIN' });
    expect(headersFor(parsed, '/talk/presenter/')).toEqual(rules[0]!.headers);
  });

  it('names the line of a header without a path or without a name', () => {
    expect(() => parseHeadersFile('  X-A: b')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/*\n  no colon here')).toThrow(/line 2/);
  });
});
