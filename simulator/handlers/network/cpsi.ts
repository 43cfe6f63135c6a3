// SIM767XX §4.2.6 AT+CPSI Inquiring UE system information.
//
// Camping on an LTE cell (the manual's example format):
//   +CPSI: LTE,<operation mode>,<mcc>-<mnc>,<tac>,<scellid>,<pcellid>,EUTRAN-BAND<n>,<earfcn>,
//          <dlbw>,<ulbw>,<rsrq>,<rsrp>,<rssi>,<rssnr>
//   e.g. +CPSI: LTE,Online,460-11,0x9A5F,65141122,318,EUTRAN-BAND3,1650,5,5,-13,-103,-90,5
// On a GSM cell: +CPSI: GSM,<operation mode>,<mcc>-<mnc>,<lac>,<cell id>,<arfcn>,<rxlev>,
//   <track lo adjust>,<c1>-<c2>. Without a cell: "+CPSI: NO SERVICE, <operation mode>" (the
// manual's text for case 4, with its space). <operation mode> follows +CFUN: Online (1),
// Low Power Mode (0), Flight Mode (4), Factory Test Mode (5), Offline (7). The PLMN is the one
// registered on, else the cell's network.

import { reply, type CommandHandler } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { camped } from '../../network/radio.js';
import { hex, mccDashMnc } from '../../network/signal.js';
import { networkWorld } from '../../network/world.js';

const OPERATION_MODE: Record<number, string> = { 0: 'Low Power Mode', 1: 'Online', 4: 'Flight Mode', 5: 'Factory Test Mode', 6: 'Reset', 7: 'Offline' };

export const cpsi: CommandHandler = {
  name: '+CPSI',
  read: (ctx) => {
    const world = networkWorld(ctx.modem);
    const net = ctx.state.network;
    const mode = OPERATION_MODE[net.functionality] ?? 'Unknown';
    if (!camped(ctx.state, world)) return reply(OK, [`+CPSI: NO SERVICE, ${mode}`]);
    const reg = net.registration;
    const plmn = mccDashMnc(reg.phase === 'registered' ? reg.plmn : world.servingPlmn);
    const { cell, signal } = world;
    if (world.rat === 'GSM') {
      const c1 = Math.max(0, signal.rssi + 110);
      return reply(OK, [`+CPSI: GSM,${mode},${plmn},0x${hex(cell.tac, 4)},${cell.ci},${cell.earfcn},${signal.rssi},0,${c1}-${c1}`]);
    }
    const fields = [`0x${hex(cell.tac, 4)}`, cell.ci, cell.pci, `EUTRAN-BAND${cell.band}`, cell.earfcn, cell.dlBw, cell.ulBw, signal.rsrq, signal.rsrp, signal.rssi, signal.sinr];
    return reply(OK, [`+CPSI: LTE,${mode},${plmn},${fields.join(',')}`]);
  },
};
