// Control actions of the certificate store (manual §17.2.2-17.2.4): what a factory image or a
// provisioning tool puts on the module, without AT+CCERTDOWN.
//
//   modem-sim cert put --pty /dev/pts/3 --name ca.pem --file ./ca.pem
//   modem-sim cert list --pty /dev/pts/3
//   modem-sim cert delete --pty /dev/pts/3 --name ca.pem

import { readFileSync } from 'node:fs';
import { certificatesOf, MAX_CERTIFICATE_BYTES, validCertificateName } from '../ssl/certificate-store.js';
import { ControlError, type ControlAction } from './action.js';

function checkedName(value: unknown): string {
  const name = String(value);
  if (!validCertificateName(name)) throw new ControlError(`--name must be 5-55 bytes ending in .pem or .der, got ${JSON.stringify(name)}`);
  return name;
}

export const sslActions: readonly ControlAction[] = [
  {
    name: 'cert put',
    summary: 'Store a certificate or key in the module (as AT+CCERTDOWN does), from a host file or text',
    params: {
      name: { type: 'string', description: 'name in the store: 5-55 bytes ending in .pem or .der', required: true },
      file: { type: 'string', description: 'a file of the host to read', localPath: true },
      text: { type: 'string', description: 'the content as text, instead of --file' },
    },
    run: (modem, p) => {
      const name = checkedName(p.name);
      if ((p.file === undefined) === (p.text === undefined)) throw new ControlError('give exactly one of --file and --text');
      const data = p.file !== undefined ? readFileSync(String(p.file)) : Buffer.from(String(p.text), 'utf8');
      if (data.length === 0 || data.length > MAX_CERTIFICATE_BYTES) throw new ControlError(`a certificate file holds 1-${MAX_CERTIFICATE_BYTES} bytes, this one ${data.length}`);
      certificatesOf(modem).write(name, data);
      return { name, bytes: data.length };
    },
  },
  {
    name: 'cert list',
    summary: 'The files in the certificate store',
    params: {},
    run: (modem) => certificatesOf(modem).list().map((name) => ({ name, bytes: certificatesOf(modem).read(name)!.length })),
  },
  {
    name: 'cert delete',
    summary: 'Remove a file from the certificate store',
    params: { name: { type: 'string', description: 'name in the store', required: true } },
    run: (modem, p) => {
      const name = checkedName(p.name);
      if (!certificatesOf(modem).remove(name)) throw new ControlError(`no ${name} in the certificate store`);
      return { removed: name };
    },
  },
];
