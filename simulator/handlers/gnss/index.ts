// Chapter 21: AT commands for GNSS.

import type { CommandHandler } from '../../core/handler.js';
import { cagps } from './cagps.js';
import { cgnsscmd } from './cgnsscmd.js';
import { cgnssflp } from './cgnssflp.js';
import { cgnssftm } from './cgnssftm.js';
import { cgnssipr } from './cgnssipr.js';
import { cgnssmode } from './cgnssmode.js';
import { cgnssnmea } from './cgnssnmea.js';
import { cgnssnmearate } from './cgnssnmearate.js';
import { cgnssportswitch } from './cgnssportswitch.js';
import { cgnssprod } from './cgnssprod.js';
import { cgnsspwr } from './cgnsspwr.js';
import { cgnsstst } from './cgnsstst.js';
import { cgnssalp, cgnssfitness, cgnssglp } from './low-power.js';
import { cgnssinfo, cgpsinfo } from './position-info.js';
import { cgpscold, cgpshot, cgpswarm } from './restart.js';
import { cgnssrtc, cgnsssleep, cgnsswakeup } from './sleep.js';

export const gnssHandlers: readonly CommandHandler[] = [
  cgnsspwr,
  cgnsstst,
  cgpscold,
  cgpswarm,
  cgpshot,
  cgnssipr,
  cgnssmode,
  cgnssnmea,
  cgnssnmearate,
  cgnssportswitch,
  cgnsscmd,
  cgnssrtc,
  cgnsssleep,
  cgnsswakeup,
  cgnssfitness,
  cgnssglp,
  cgnssflp,
  cgnssalp,
  cgnssftm,
  cgpsinfo,
  cgnssinfo,
  cgnssprod,
  cagps,
];
