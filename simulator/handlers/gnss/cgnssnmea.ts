// SIM767XX §21.2.8 AT+CGNSSNMEA Configure NMEA sentence type (SAVE).
//   AT+CGNSSNMEA?  +CGNSSNMEA: <nGGA>,<nGLL>,<nGSA>,<nGSV>,<nRMC>,<nVTG>,<nZDA>,<nGRS>,<nGST>,<nGNS>
//   AT+CGNSSNMEA=[nGGA,[nGLL,...]]  OK — each sentence every n-th epoch (0: never); an omitted
//                  value keeps its setting ("null means to save the original configuration")
// The read template prints nine values, its example ten (with ZDA 1, as Defined Values give):
// ten are printed. The test answer (the example's nine "(0-1)") is the table's; the values
// accepted are 0-9, as Defined Values say.

import { reply } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { poweredHandler } from './common.js';

export const cgnssnmea = poweredHandler({
  name: '+CGNSSNMEA',
  read: (_ctx, g) => reply(OK, [`+CGNSSNMEA: ${g.nmea.join(',')}`]),
  write: (ctx, g) => {
    ctx.args.forEach((v, i) => {
      if (typeof v === 'number' && i < g.nmea.length) g.nmea[i] = v;
    });
    return reply(OK);
  },
});
