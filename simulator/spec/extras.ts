// V.250 commands the manual relies on without giving them a section: the S-parameters of
// §1.5.2 ("ATS<n>=<m>", and its example line `ATE1Q0S0=1S3=13V1X4;+IFC=0,0;+IPR=115200`) and
// ATX. Written by hand from ITU-T V.250 (07/2003) §6.2-6.3; they are listed apart from the
// manual's 267 in the coverage report.

import type { CommandSpec, ParamSpec } from './types.js';

function register(n: number, title: string, min: number, max: number, def: number, clause: string): CommandSpec {
  const param: ParamSpec = {
    name: 'value',
    type: 'integer',
    ranges: [{ min, max }],
    default: String(def),
    description: title,
  };
  return {
    name: `S${n}`,
    syntaxKind: 'basic',
    title,
    section: `V.250 ${clause}`,
    chapter: 2,
    description: `${title} (ITU-T V.250 ${clause}).`,
    forms: {
      read: { syntax: [`ATS${n}?`], args: [], response: ['<value>'] },
      write: { syntax: [`ATS${n}=[<value>]`], args: [{ name: 'value', optional: true }], response: ['OK'] },
      test: { syntax: [`ATS${n}=?`], args: [], response: [`S${n}: (${min}-${max})`] },
    },
    params: [param],
    testAnswer: [`S${n}: (${min}-${max})`],
    testAnswerSource: 'template',
    savingMode: 'AT&W_SAVE',
    maxResponseTimeMs: null,
    reference: 'ITU-T V.250',
    examples: [],
    notes: [],
  };
}

export const V250_EXTRAS: readonly CommandSpec[] = [
  register(0, 'Automatic answer: rings before answering, 0 = off', 0, 255, 0, '§6.3.8'),
  register(3, 'Command line termination character', 0, 127, 13, '§6.2.1'),
  register(4, 'Response formatting character', 0, 127, 10, '§6.2.2'),
  register(5, 'Command line editing character', 0, 127, 8, '§6.2.3'),
  register(6, 'Pause before blind dialling, seconds', 2, 10, 2, '§6.3.9'),
  register(7, 'Connection completion timeout, seconds', 1, 255, 60, '§6.3.10'),
  register(8, 'Comma dial modifier time, seconds', 0, 255, 2, '§6.3.11'),
  register(10, 'Automatic disconnect delay, tenths of a second', 1, 254, 14, '§6.3.12'),
  {
    name: 'X',
    syntaxKind: 'basic',
    title: 'Result code selection and call progress monitoring control',
    section: 'V.250 §6.2.7',
    chapter: 2,
    description: 'Selects which call progress result codes are sent (ITU-T V.250 §6.2.7).',
    forms: {
      write: { syntax: ['ATX[<value>]'], args: [{ name: 'value', optional: true }], response: ['OK'] },
    },
    params: [{ name: 'value', type: 'integer', ranges: [{ min: 0, max: 4 }], default: '4', description: 'Result code selection' }],
    savingMode: 'AT&W_SAVE',
    maxResponseTimeMs: null,
    reference: 'ITU-T V.250',
    examples: [],
    notes: [],
  },
];
