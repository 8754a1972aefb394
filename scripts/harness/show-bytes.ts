/**
 * Shows bytes the way a learner needs to see them: `\r` and `\n` spelled out (each line still
 * ends where the `\n` is, so the shape stays readable), other control bytes as `\xNN`, and long
 * input cut with a note of how much was left out.
 */
export function showBytes(bytes: string | Buffer, limit = 600): string {
  const text = typeof bytes === 'string' ? bytes : bytes.toString('utf8');
  const shown = text.length > limit ? text.slice(0, limit) : text;
  const visible = shown
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n\n')
    .replace(
      /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g,
      (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
    );
  const cut = text.length - shown.length;
  return cut > 0 ? `${visible}… (+${cut} more characters)` : visible;
}

/** The last `lines` lines of a program's output, for a failure message. */
export function tail(output: string, lines = 15): string {
  return output.trimEnd().split('\n').slice(-lines).join('\n');
}
