import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { presetConfig } from '../../core/model/presets';
import { renderConsoleMarkdown } from '../../core/render/console';
import { MarkdownView } from './console-tab';

describe('MarkdownView', () => {
  it('renders headings, numbered steps with bold labels and inline code', () => {
    const html = renderToStaticMarkup(<MarkdownView source={'# Title\n\n## 1. Page\n\n1. **Origin path**: `/prod` - why\n2. Second\n'} />);
    expect(html).toBe('<div class="markdown"><h3>Title</h3><h4>1. Page</h4><ol><li><strong>Origin path</strong>: <code>/prod</code> - why</li><li>Second</li></ol></div>');
  });

  it('keeps an indented code block inside its list item', () => {
    const html = renderToStaticMarkup(<MarkdownView source={'1. Paste this:\n\n   ```js\n   function handler(event) {\n     return event.request;\n   }\n   ```\n2. Publish\n'} />);
    expect(html).toContain('<li>Paste this:<pre class="code" tabindex="0"><code>function handler(event) {\n  return event.request;\n}</code></pre></li><li>Publish</li>');
  });

  it('escapes user strings instead of injecting HTML', () => {
    const html = renderToStaticMarkup(<MarkdownView source={'- name `<img src=x onerror=alert(1)>` and <script>alert(1)</script>'} />);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('renders the whole console document of a preset', () => {
    const html = renderToStaticMarkup(<MarkdownView source={renderConsoleMarkdown(presetConfig('api-only-rest'))} />);
    expect(html).toContain('<h3>Console steps: orders-api</h3>');
    expect(html).toContain('<strong>Origin domain</strong>: <code>a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com</code>');
    // ACM, the five wizard pages, the General tab, error pages, Route 53.
    expect((html.match(/<h4>/g) ?? []).length).toBe(9);
  });
});
