import type { Socket } from 'node:net';

export interface Request {
  method: string;
  target: string;
  version: string;
  /** Header values by header name, the names in lower case. */
  headers: Record<string, string>;
}

/**
 * Resolves with the request head (the request line and header lines, without the empty line
 * that ends them) once all of it has arrived, however many pieces TCP cut it into; resolves with
 * undefined if the client leaves first.
 */
export function readHead(socket: Socket): Promise<string | undefined> {
  // TODO(step 2): collect the socket's 'data' chunks until the empty line that ends the head
  // arrives, then resolve with everything before it. Resolve with undefined on 'close'.
  // TR: Başlık bölümünü bitiren boş satır gelene kadar soketin 'data' parçalarını toplayın, sonra ondan önceki her şeyle resolve edin. 'close' gelirse undefined ile resolve edin.
  throw new Error('TODO(step 2): read the request head from the socket (see README.md)');
}

export function parseRequest(head: string): Request {
  // TODO(step 2): split the head into lines; take method, target and version from the request
  // line; turn each header line into a name (lower case) and a value (trimmed). Throw an Error
  // that says what is wrong when the request line does not have exactly those three parts.
  // TR: Başlık bölümünü satırlara bölün; istek satırından yöntemi, hedefi ve sürümü alın; her başlık satırını bir ada (küçük harfle) ve bir değere (kırpılmış) çevirin. İstek satırı tam bu üç parçadan oluşmuyorsa neyin yanlış olduğunu söyleyen bir Error fırlatın.
  throw new Error('TODO(step 2): parse the request head (see README.md)');
}
