/** How wide to lay out text: the terminal's width, never wider than comfortable reading. */
export function textWidth(stream: NodeJS.WriteStream = process.stdout, widest = 100): number {
  return Math.max(40, Math.min(stream.columns || 80, widest));
}
