// Runs a Python script with Debian's python3 and its pyserial (apt-get install python3-serial;
// PyPI is not reachable here), for tests that drive the simulator's pty from a real external
// program. Fails with an instruction when pyserial is missing — never a silent skip.

import { execFile } from 'node:child_process';

export const SYSTEM_PYTHON = '/usr/bin/python3';

export function runPython(script: string, args: string[], timeoutMs = 20_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(SYSTEM_PYTHON, ['-c', script, ...args], { timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) {
        const hint = /No module named 'serial'/.test(stderr) ? ' — install pyserial: apt-get install -y python3-serial' : '';
        reject(new Error(`python failed${hint}: ${err.message}\n${stderr}`));
      } else resolve(stdout);
    });
  });
}
