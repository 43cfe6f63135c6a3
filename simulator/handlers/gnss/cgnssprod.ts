// SIM767XX §21.2.22 AT+CGNSSPROD Get the product information of GNSS.
//   AT+CGNSSPROD  PRODUCT: <product>  OK;  ERROR while the receiver is off
// The product string is the manual's example (B01V01AG3352B: an Airoha AG3352 chip).

import { reply } from '../../core/handler.js';
import { OK } from '../../core/result.js';
import { poweredHandler } from './common.js';

export const GNSS_PRODUCT = 'B01V01AG3352B';

export const cgnssprod = poweredHandler({
  name: '+CGNSSPROD',
  exec: () => reply(OK, [`PRODUCT: ${GNSS_PRODUCT}`]),
});
