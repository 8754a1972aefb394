import { localized } from '../../shared/i18n/localized.ts';

const en = {
  failed: (request: string, statusLine: string, line: string) =>
    `Your server failed while building the response to ${request}: it answered "${statusLine}", and printed: ${line}`,
  failedSilently: (request: string, statusLine: string) =>
    `Your server failed while building the response to ${request}: it answered "${statusLine}", and printed no error.`,
  hint: "A 5xx status says that the server's own code threw, not that the client erred. The error line above names what failed (a missing file, a wrong path, a bad argument); to see the file and line too, print the whole error in that catch block: console.log(error).",
  silentHint:
    "A 5xx status says the server's own code threw. Print the error in the catch block that sends the 500 (console.log(`Server error: ${error.message}`)), so that you see what failed.",
};

const tr: typeof en = {
  failed: (request: string, statusLine: string, line: string) =>
    `Sunucunuz ${request} isteğinin yanıtını hazırlarken hata verdi: "${statusLine}" ile yanıt verdi ve şunu yazdı: ${line}`,
  failedSilently: (request: string, statusLine: string) =>
    `Sunucunuz ${request} isteğinin yanıtını hazırlarken hata verdi: "${statusLine}" ile yanıt verdi, ama hiçbir hata yazmadı.`,
  hint: 'Bir 5xx durumu, istemcinin değil sunucunun kendi kodunun hata fırlattığını söyler. Yukarıdaki hata satırı neyin başarısız olduğunu söylüyor (eksik bir dosya, yanlış bir yol, hatalı bir argüman); dosyayı ve satırı da görmek için o catch bloğunda hatanın tamamını yazdırın: console.log(error).',
  silentHint:
    "Bir 5xx durumu, sunucunun kendi kodunun hata fırlattığını söyler. 500'ü gönderen catch bloğunda hatayı yazdırın (console.log(`Server error: ${error.message}`)); böylece neyin başarısız olduğunu görürsünüz.",
};

export const m = localized({ en, tr });
