export interface HttpResponse {
  statusLine: string;
  version: string;
  status: number;
  reason: string;
  /** Header names in lower case; values trimmed. */
  headers: Map<string, string>;
  headerLines: string[];
  body: Buffer;
}

/**
 * Splits a response into status line, headers and body, strictly by the rules: lines end in
 * `\r\n` and an empty line ends the head. Returns undefined when the bytes have no such head; the
 * checks then explain which rule was broken.
 */
export function parseResponse(bytes: Buffer): HttpResponse | undefined {
  const headEnd = bytes.indexOf('\r\n\r\n');
  if (headEnd === -1) return undefined;
  const [statusLine = '', ...headerLines] = bytes
    .subarray(0, headEnd)
    .toString('latin1')
    .split('\r\n');
  const status = /^(HTTP\/\d\.\d) (\d{3})(?: (.*))?$/.exec(statusLine);
  if (!status) return undefined;
  const headers = new Map<string, string>();
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return {
    statusLine,
    version: status[1]!,
    status: Number(status[2]),
    reason: status[3] ?? '',
    headers,
    headerLines,
    body: bytes.subarray(headEnd + 4),
  };
}
