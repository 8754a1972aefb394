import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gradebookCsv } from './csv.ts';
import { junitXml, reportFileNames } from './junit.ts';
import { m } from '../messages.ts';
import type { ClassResult } from '../score/results.ts';
import { classJson, classroomResult } from './results-json.ts';

export interface ReportFiles {
  json?: string;
  junit?: string;
  csv?: string;
  classroom?: string;
}

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Writes the reports asked for; returns a line for each, saying where it went. */
export function writeReports(result: ClassResult, files: ReportFiles): string[] {
  const written: string[] = [];
  if (files.json) {
    write(files.json, classJson(result));
    written.push(m.wrote(m.jsonReport, files.json));
  }
  if (files.junit) {
    const names = reportFileNames(result.students);
    result.students.forEach((student, index) =>
      write(join(files.junit!, names[index]!), junitXml(student)),
    );
    written.push(m.wrote(m.junitReports, files.junit));
  }
  if (files.csv) {
    write(files.csv, gradebookCsv(result));
    written.push(m.wrote(m.csvReport, files.csv));
  }
  if (files.classroom && result.students[0]) {
    write(files.classroom, classroomResult(result.students[0]));
    written.push(m.wrote(m.classroomReport, files.classroom));
  }
  return written;
}
