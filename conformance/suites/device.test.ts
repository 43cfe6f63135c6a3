// The suites against a real module, when one is configured:
//
//     MODEM_CONFORMANCE_TARGET=serial:/dev/ttyUSB2@115200 npx vitest run conformance/suites/device.test.ts
//
// (optionally MODEM_CONFORMANCE_PROFILE, MODEM_CONFORMANCE_ALLOW=spends-money,changes-pin,
// MODEM_CONFORMANCE_SMS_TO, MODEM_CONFORMANCE_PIN). Without a device every test is reported
// as pending with that instruction — never silently left out.

import { createTarget, parseTargetSpec } from '../targets/open-target.js';
import type { Hazard } from '../runner/suite.js';
import { ALL_SUITES } from './index.js';
import { runSuitesInVitest } from './run-in-vitest.js';

const spec = process.env.MODEM_CONFORMANCE_TARGET;
const instruction = 'no device configured: set MODEM_CONFORMANCE_TARGET=serial:/dev/ttyUSB2@115200 (your module\'s AT port) to run the suites against it';

runSuitesInVitest({
  label: spec ? `device ${spec}` : 'device (not configured)',
  suites: ALL_SUITES,
  makeTarget: () => createTarget(spec ?? 'serial:', process.env.MODEM_CONFORMANCE_PROFILE ? { profile: process.env.MODEM_CONFORMANCE_PROFILE } : {}),
  isolation: 'per-suite',
  simulated: spec ? parseTargetSpec(spec).spawn : false,
  ...(process.env.MODEM_CONFORMANCE_PROFILE ? { profile: process.env.MODEM_CONFORMANCE_PROFILE } : {}),
  options: {
    allow: (process.env.MODEM_CONFORMANCE_ALLOW ?? '').split(',').filter(Boolean) as Hazard[],
    ...(process.env.MODEM_CONFORMANCE_SMS_TO ? { smsTo: process.env.MODEM_CONFORMANCE_SMS_TO } : {}),
    ...(process.env.MODEM_CONFORMANCE_PIN ? { pin: process.env.MODEM_CONFORMANCE_PIN } : {}),
  },
  ...(spec ? {} : { pendingAll: instruction }),
});
