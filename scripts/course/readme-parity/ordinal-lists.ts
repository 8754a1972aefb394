import MarkdownIt from 'markdown-it';

const markdown = new MarkdownIt();

/**
 * The lines where markdown starts a numbered list the writer did not mean: a paragraph that
 * opens with a Turkish ordinal ("5. adımda…") becomes a list starting at 5, and a list item that
 * opens with one ("1. 8. adımın…") holds a second list. Escaping the dot (`5\. adımda`) keeps
 * the number as text, in `npm run read` and on GitHub alike.
 */
export function unintendedLists(text: string): number[] {
  const tokens = markdown.parse(text, {});
  return tokens.flatMap((token, at) => {
    if (token.type !== 'ordered_list_open') return [];
    const start = token.attrGet('start') ?? '1';
    const opensAnItem = tokens[at - 1]?.type === 'list_item_open';
    return start !== '1' || opensAnItem ? [token.map![0] + 1] : [];
  });
}
