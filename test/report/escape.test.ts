import { describe, expect, it } from 'vitest';
import { csvField, csvText, escapeHtml, escapeMarkdown } from '../../src/report/escape.js';

describe('escapeHtml', () => {
  it('escapes markup and both quotes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('replaces control characters', () => {
    expect(escapeHtml('a\u0000b\u001bc\td')).toBe('a b c\td');
  });
});

describe('escapeMarkdown', () => {
  it('escapes characters that start markup, links, HTML or table cells', () => {
    expect(escapeMarkdown('<script> | *a* _b_ [c](d) `e` # ~f~ &amp; !g')).toBe(
      '\\<script\\> \\| \\*a\\* \\_b\\_ \\[c\\](d) \\`e\\` \\# \\~f\\~ \\&amp; \\!g',
    );
  });

  it('keeps numbers and sentences readable and puts everything on one line', () => {
    expect(escapeMarkdown('3.18–3.22 mm; 95.5 % (worst 6.58)\nnext')).toBe('3.18–3.22 mm; 95.5 % (worst 6.58) next');
  });
});

describe('csvField', () => {
  it('quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
  });

  it('neutralises formula-like text with an apostrophe', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField('+1+2')).toBe("'+1+2");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe("'\tx");
    expect(csvField('\rx')).toBe('"\'\rx"');
  });

  it('leaves plain negative numbers as numbers', () => {
    expect(csvField('-0.2')).toBe('-0.2');
    expect(csvField(-3)).toBe('-3');
  });
});

describe('csvText', () => {
  it('ends every line with CRLF', () => {
    expect(csvText([['a', 'b'], ['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
