import { localized } from '../../shared/i18n/localized.ts';
import { inEnglish, inTurkish } from '../../shared/i18n/numbers.ts';

const en = {
  strictHint:
    "Real clients read a response strictly by the rules. This step's raw-socket checks name the exact mistake: make them pass first.",
  waitingHint:
    'A client reads the body until Content-Length bytes have arrived or, without that header, until the connection closes. End the connection once the response is written: socket.end(response).',
  closedEarlyHint:
    'The connection closed before the response was complete: check the empty line after the head, and that Content-Length is the number of bytes you send as the body.',
  fetchFailed: (reason: string) => `Node's fetch could not read your server's response: ${reason}.`,
  fetchWaiting: (seconds: number) =>
    `Node's fetch was still waiting for the end of your server's response after ${inEnglish.seconds(seconds)}.`,
  curlFailed: (code: number, said: string) =>
    `curl could not read your server's response (exit code ${code}): ${said}`,
  curlEmptyHint:
    'curl got no response at all: write the status line, the headers and the empty line before you end the connection.',
  ciCurlMissing: 'curl is not installed, and continuous integration must run every check.',
  ciCurlMissingHint:
    'Install curl on the CI machine (apt-get install curl), as .ci/run does, or set CI only where the tools are installed.',
  curlMissingNote:
    'curl is not installed here, so the check with curl was left out. Install curl to run it too: it comes with macOS and Windows 10, and every Linux distribution has a package.',
  browserMissingNote:
    'No Chromium or Chrome was found here, so the check in a real browser was left out. To run it too, install Chromium (Debian, Ubuntu: sudo apt-get install chromium) or Google Chrome, or run npx playwright-core install chromium, or set WORKBOOK_BROWSER to the path of a Chromium-based browser.',
  browserWatchNote:
    'Watch mode leaves out the check in a real browser, whose start alone takes longer than the rest of the step. Run npm run step 4 without --watch to include it.',
  ciBrowserMissing: 'No browser was found, and continuous integration must run every check.',
  ciBrowserMissingHint:
    'Install Chromium on the CI machine (apt-get install chromium), as .ci/run does, or set WORKBOOK_BROWSER to its path.',
  browserWontStart: (error: string) => `The browser could not start: ${error}`,
  browserWontStartHint:
    'This is about the browser on this machine, not about your code. Set WORKBOOK_BROWSER to the path of a working Chromium or Chrome, or to none to leave this check out.',
  browserFailed: (error: string) => `The browser could not show your page: ${error}`,
  browserErrorHints: {
    ERR_EMPTY_RESPONSE:
      'The browser got no bytes at all: write the response before you end the connection.',
    ERR_INVALID_HTTP_RESPONSE:
      'The browser could not read the status line or the headers: check them against the raw-socket checks of this step.',
    ERR_CONTENT_LENGTH_MISMATCH:
      'Content-Length did not match the body: it must count the bytes you send, not the characters.',
    ERR_CONNECTION_REFUSED: 'Your server was no longer listening: see its output below.',
    ERR_CONNECTION_RESET: 'Your server dropped the connection: see its output below for an error.',
    timeout:
      'The browser was still waiting for the page: end the connection after the response, and give a Content-Length that matches the body.',
  },
};

const tr: typeof en = {
  strictHint:
    'Gerçek istemciler bir yanıtı (response) kurallara sıkı sıkıya uyarak okur. Bu adımın ham soket kontrolleri hatanın tam adını koyar: önce onları geçin.',
  waitingHint:
    'Bir istemci gövdeyi (body) Content-Length kadar bayt gelene ya da, bu başlık yoksa, bağlantı kapanana kadar okur. Yanıt yazılınca bağlantıyı (connection) bitirin: socket.end(response).',
  closedEarlyHint:
    'Bağlantı, yanıt tamamlanmadan kapandı: başlık bölümünden sonraki boş satırı ve Content-Length değerinin gövde olarak gönderdiğiniz bayt sayısı olduğunu kontrol edin.',
  fetchFailed: (reason: string) => `Node'un fetch'i sunucunuzun yanıtını okuyamadı: ${reason}.`,
  fetchWaiting: (seconds: number) =>
    `Node'un fetch'i ${inTurkish.seconds(seconds)} sonra hâlâ sunucunuzun yanıtının bitmesini bekliyordu.`,
  curlFailed: (code: number, said: string) =>
    `curl sunucunuzun yanıtını okuyamadı (çıkış kodu ${code}): ${said}`,
  curlEmptyHint:
    'curl hiç yanıt almadı: bağlantıyı bitirmeden önce durum satırını, başlıkları ve boş satırı yazın.',
  ciCurlMissing: 'curl kurulu değil, oysa sürekli entegrasyon (CI) her kontrolü çalıştırmalı.',
  ciCurlMissingHint:
    "CI makinesine curl kurun (apt-get install curl), .ci/run'ın yaptığı gibi; ya da CI değişkenini yalnızca araçların kurulu olduğu yerde tanımlayın.",
  curlMissingNote:
    "Burada curl kurulu değil, bu yüzden curl'lü kontrol dışarıda bırakıldı. Onu da çalıştırmak için curl kurun: macOS ve Windows 10 ile birlikte gelir, her Linux dağıtımında da paketi vardır.",
  browserMissingNote:
    'Burada Chromium ya da Chrome bulunamadı, bu yüzden gerçek bir tarayıcıdaki kontrol dışarıda bırakıldı. Onu da çalıştırmak için Chromium (Debian, Ubuntu: sudo apt-get install chromium) ya da Google Chrome kurun, ya da npx playwright-core install chromium çalıştırın, ya da WORKBOOK_BROWSER değişkenine Chromium tabanlı bir tarayıcının yolunu verin.',
  browserWatchNote:
    "İzleme kipi gerçek bir tarayıcıdaki kontrolü dışarıda bırakır: tarayıcının yalnızca açılması, adımın geri kalanından uzun sürer. Onu da çalıştırmak için npm run step 4'ü --watch olmadan çalıştırın.",
  ciBrowserMissing: 'Tarayıcı bulunamadı, oysa sürekli entegrasyon (CI) her kontrolü çalıştırmalı.',
  ciBrowserMissingHint:
    "CI makinesine Chromium kurun (apt-get install chromium), .ci/run'ın yaptığı gibi; ya da WORKBOOK_BROWSER değişkenine onun yolunu verin.",
  browserWontStart: (error: string) => `Tarayıcı başlatılamadı: ${error}`,
  browserWontStartHint:
    'Bu, kodunuzla değil bu makinedeki tarayıcıyla ilgili. WORKBOOK_BROWSER değişkenine çalışan bir Chromium ya da Chrome yolunu verin, ya da bu kontrolü dışarıda bırakmak için none yazın.',
  browserFailed: (error: string) => `Tarayıcı sayfanızı gösteremedi: ${error}`,
  browserErrorHints: {
    ERR_EMPTY_RESPONSE: 'Tarayıcı hiç bayt almadı: bağlantıyı bitirmeden önce yanıtı yazın.',
    ERR_INVALID_HTTP_RESPONSE:
      'Tarayıcı durum satırını (status line) ya da başlıkları (header) okuyamadı: onları bu adımın ham soket kontrolleriyle karşılaştırın.',
    ERR_CONTENT_LENGTH_MISMATCH:
      'Content-Length gövdeyle uyuşmadı: karakterleri değil, gönderdiğiniz baytları saymalı.',
    ERR_CONNECTION_REFUSED: 'Sunucunuz artık dinlemiyordu: aşağıdaki çıktısına bakın.',
    ERR_CONNECTION_RESET: 'Sunucunuz bağlantıyı kopardı: bir hata için aşağıdaki çıktısına bakın.',
    timeout:
      'Tarayıcı hâlâ sayfayı bekliyordu: yanıttan sonra bağlantıyı bitirin ve gövdeyle uyuşan bir Content-Length verin.',
  },
};

export const m = localized({ en, tr });
