import MarkdownIt from 'markdown-it';

export interface CodeBlock {
  /** The fence's language (`sh`, `ts`, `text`), empty for an indented block. */
  language: string;
  code: string;
}

/** A README cut at its headings: what two translations of it must share, section by section. */
export interface Section {
  /** The heading's text, without its hashes; the text before any heading is the opening. */
  title: string;
  /** The heading as written, with its hashes: `## Hints`. */
  heading: string;
  level: number;
  codeBlocks: CodeBlock[];
  links: string[];
  /** Inline code spans: untranslated, so they tell which sections correspond. */
  codeSpans: string[];
}

const markdown = new MarkdownIt();

function newSection(title: string, level: number): Section {
  const heading = level === 0 ? title : `${'#'.repeat(level)} ${title}`;
  return { title, heading, level, codeBlocks: [], links: [], codeSpans: [] };
}

export function readmeSections(text: string): Section[] {
  const sections = [newSection('(the opening, before any heading)', 0)];
  let headingLevel = 0;
  for (const token of markdown.parse(text, {})) {
    const section = sections.at(-1)!;
    if (token.type === 'heading_open') headingLevel = Number(token.tag.slice(1));
    if (token.type === 'heading_close') headingLevel = 0;
    if (token.type === 'inline' && headingLevel > 0 && headingLevel <= 3) {
      sections.push(newSection(token.content.trim(), headingLevel));
      continue;
    }
    if (token.type === 'fence' || token.type === 'code_block') {
      section.codeBlocks.push({
        language: token.info.trim().split(/\s/)[0] ?? '',
        code: token.content,
      });
    }
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') section.links.push(`${child.attrGet('href')}`);
      if (child.type === 'code_inline') section.codeSpans.push(child.content);
    }
  }
  return sections;
}
