import type { Token } from 'markdown-it';

/** Where a second-level section starts and ends among a document's tokens: [start, end). */
export function findSection(
  tokens: readonly Token[],
  isWanted: (title: string) => boolean,
): { start: number; end: number } | undefined {
  const start = tokens.findIndex(
    (token, index) =>
      token.type === 'heading_open' &&
      token.tag === 'h2' &&
      isWanted(tokens[index + 1]?.content.trim() ?? ''),
  );
  if (start === -1) return undefined;
  const next = tokens.findIndex(
    (token, index) => index > start && token.type === 'heading_open' && token.tag <= 'h2',
  );
  return { start, end: next === -1 ? tokens.length : next };
}
