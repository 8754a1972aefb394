import MarkdownIt, { type Token } from 'markdown-it';

export interface CodeBlock {
  /** The fence's language (`sh`, `ts`, `text`), empty for an indented block. */
  language: string;
  code: string;
}

/** A README cut at its headings: what two translations of it must share, section by section. */
export interface Section {
  /** The heading as written, with its hashes: `## Hints`. The text before any heading is the opening. */
  heading: string;
  level: number;
  codeBlocks: CodeBlock[];
  links: string[];
  /** Inline code spans: untranslated, so they tell which sections correspond. */
  codeSpans: string[];
  /** Items of the section's top-level numbered lists (one hint each under "Hints"). */
  numberedItems: number;
}

const markdown = new MarkdownIt();

function newSection(heading: string, level: number): Section {
  return { heading, level, codeBlocks: [], links: [], codeSpans: [], numberedItems: 0 };
}

export function readmeSections(text: string): Section[] {
  const sections = [newSection('(the opening, before any heading)', 0)];
  const tokens = markdown.parse(text, {});
  let headingLevel = 0;
  for (const [index, token] of tokens.entries()) {
    const section = sections.at(-1)!;
    if (token.type === 'heading_open') headingLevel = Number(token.tag.slice(1));
    if (token.type === 'heading_close') headingLevel = 0;
    if (token.type === 'inline' && headingLevel > 0 && headingLevel <= 3) {
      sections.push(newSection(`${'#'.repeat(headingLevel)} ${token.content}`, headingLevel));
      continue;
    }
    if (token.type === 'fence' || token.type === 'code_block') {
      section.codeBlocks.push({
        language: token.info.trim().split(/\s/)[0] ?? '',
        code: token.content,
      });
    }
    if (token.type === 'list_item_open' && token.level === 1 && isNumbered(tokens, index)) {
      section.numberedItems += 1;
    }
    for (const child of token.children ?? []) {
      if (child.type === 'link_open') section.links.push(`${child.attrGet('href')}`);
      if (child.type === 'code_inline') section.codeSpans.push(child.content);
    }
  }
  return sections;
}

/** Whether the list item at `index` belongs to a numbered list: the nearest list opener says. */
function isNumbered(tokens: Token[], index: number): boolean {
  for (let at = index; at >= 0; at -= 1) {
    const type = tokens[at]!.type;
    if (tokens[at]!.level === 0 && type.endsWith('_list_open')) return type === 'ordered_list_open';
  }
  return false;
}
