import { parseResponse, type HttpResponse } from './http-response.ts';

/**
 * The complete responses at the start of `bytes`, in order, read as a client reads a connection
 * that stays open: each body is as long as its Content-Length says, and the next response starts
 * right after it. A response without a valid Content-Length, or not complete yet, ends the list.
 */
export function splitResponses(bytes: Buffer): HttpResponse[] {
  const responses: HttpResponse[] = [];
  let rest = bytes;
  for (;;) {
    const bodyStart = rest.indexOf('\r\n\r\n') + 4;
    const response = bodyStart >= 4 ? parseResponse(rest.subarray(0, bodyStart)) : undefined;
    const length = Number(response?.headers.get('content-length') ?? NaN);
    if (!response || !Number.isInteger(length) || rest.length < bodyStart + length) break;
    responses.push({ ...response, body: rest.subarray(bodyStart, bodyStart + length) });
    rest = rest.subarray(bodyStart + length);
  }
  return responses;
}

/** The options of every Connection line of a response, in lower case: a client reads them all. */
const connectionOptions = (response: HttpResponse) =>
  response.headerLines
    .filter((line) => /^connection\s*:/i.test(line))
    .flatMap((line) =>
      line
        .slice(line.indexOf(':') + 1)
        .toLowerCase()
        .split(','),
    )
    .map((option) => option.trim());

/** Whether a response tells the client that the connection closes after it. */
export const saysClose = (response: HttpResponse) => connectionOptions(response).includes('close');
