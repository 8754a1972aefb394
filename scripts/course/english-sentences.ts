/** The lines the lesson asks a server to print word for word, so they stay English. */
const protocolLines = [
  /Connection established!/g,
  /Worker \{?\w+\}? got a job; executing\./g,
  /Worker \{?\w+\}? disconnected; shutting down\./g,
  /Shutting down worker \{?\w+\}?/g,
  /Shutting down\./g,
];

/** Words that make a line English when two of them meet in it; Turkish uses none of them. */
const englishWords = new Set(
  `the a an and or of to in on at is are was be been it its this that these with for from by not
  no your you see before after when then than has have had does did will would should can must
  into out up there here which what who how why all any each every only also but so if
  listening shutting malformed needs whole got executing established`.split(/\s+/),
);

/** The lines of `output` that read as English prose, once code, paths and protocol lines are out. */
export function englishSentences(output: string): string[] {
  const withoutProtocol = protocolLines.reduce((text, line) => text.replace(line, ''), output);
  return withoutProtocol.split('\n').filter((line) => {
    if (/^\s*(│\s*)?at /.test(line)) return false; // a stack frame names code, not words
    const prose = line.replace(/`[^`]*`|\S*[/\\.]\S*|TODO\(step \d+\)/g, ' ');
    const words = prose.toLowerCase().match(/[\p{L}']+/gu) ?? [];
    return words.filter((word) => englishWords.has(word)).length >= 2;
  });
}
