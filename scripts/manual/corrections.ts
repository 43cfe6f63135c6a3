// Hand corrections of OCR damage. Each entry names the manual page (the printed page number) and
// what the OCR broke. Text fixes are applied to the whole manual text after page footers are
// removed; each must match (an unmatched fix is reported, so a changed manual is noticed).

import type { FormKind, ParamSpec, SavingMode } from '../../simulator/spec/types.js';
import type { Report } from './report.js';

export interface TextFix {
  page: number;
  find: string | RegExp;
  replace: string;
  why: string;
}

export const TEXT_FIXES: TextFix[] = [
  // ---- Chapter 2 ----
  {
    page: 24,
    find: '<value></value>\t0\tEcho mode off\n\t_\tEcho mode on',
    replace: '<value></value>\t0\tEcho mode off\n\t<u>1</u>\tEcho mode on',
    why: 'ATE: the underlined default "1" came out as "_" (underline kept, digit lost)',
  },
  // ---- Chapter 3 ----
  {
    page: 37,
    find: '\t230 -10953 dBm',
    replace: '\t2...30 -109...-53 dBm',
    why: 'AT+CSQ <rssi>: the ellipses of "2...30  -109...-53 dBm" were dropped',
  },
  {
    page: 38,
    find: '\t2.0% 4.0%\n6\t4.0% 8.0%\n7\t>=8.0%\n99\tnot known',
    replace: '\t5 2.0% 4.0%\n\t6 4.0% 8.0%\n\t7 >=8.0%\n\t99 not known',
    why: 'AT+CSQ <ber>: the value 5 was lost at the page break and 6/7/99 left the value column',
  },
  // ---- Chapter 4 ----
  {
    page: 48,
    find: /or code \+CREG: <stat>\[,<\|ac>,<ci>(?:,<\|ac>)+/,
    replace: 'or code +CREG: <stat>[,<lac>,<ci>...] (the rest of this sentence is unreadable OCR in the source)',
    why: 'AT+CREG description: "<lac>" read as "<|ac>" and repeated several hundred times',
  },
  {
    page: 49,
    find: /OK {2}Response {2}1\) \+CREG: <n>,<stat>\[,<lac>,<ci>,<act>\] {2}Read Command[\s\S]*?Reference 3GPP TS 27\.007\tReference/,
    replace:
      '\tOK\nRead Command AT+CREG?\tResponse\n\t1)\n\t+CREG: <n>,<stat>[,<lac>,<ci>,<act>]\n\tOK\n\t2)\n\tERROR\n\t3)\n\t+CME ERROR: <err>\n' +
      'Write Command AT+CREG=<n>\tResponse\n\t1)\n\tOK\n\t2)\n\tERROR\n\t3)\n\t+CME ERROR: <err>\n' +
      'Execute Command AT+CREG\tResponse\n\tSet default value(<n>=0):\n\tOK\n' +
      'Parameter Saving Mode\tNO_SAVE\nMax Response Time\t5000ms\nReference\t3GPP TS 27.007',
    why: 'AT+CREG: the Read/Write/Execute rows were glued into one column, repeated three times, "OK" read as "DK"',
  },
  {
    page: 53,
    find: 'Test Command Response\t\nrest command response\t',
    replace: 'AT+CPOL Preferred operator list\t\nTest Command\tResponse',
    why: 'AT+CPOL: the table title row was lost and the label row read twice ("rest command response")',
  },
  {
    page: 53,
    find: '<lte_act1>]]  NOTE: If using USIM card, the last four parameters must set. Parameter Saving Mode  Max Response Time</lte_act1></utra></g></gsm_act1></oper></format></index>\tResponse 1) OK 2) ERROR 3) +CME ERROR: <err> AUTO_SAVE 5000ms</err>',
    replace: '<lte_act1>]]  NOTE: If using USIM card, the last four parameters must set.</lte_act1></utra></g></gsm_act1></oper></format></index>\tResponse 1) OK 2) ERROR 3) +CME ERROR: <err></err>\nParameter Saving Mode\tAUTO_SAVE\nMax Response Time\t5000ms',
    why: 'AT+CPOL: the Parameter Saving Mode / Max Response Time labels were glued to the Write row and their values to its response',
  },
  {
    page: 56,
    find: /<ite_(mode|ext_mode|ext_pos)>/g,
    replace: '<lte_$1>',
    why: 'AT+CNBP: "lte" read as "ite" in <lte_mode>, <lte_ext_mode>, <lte_ext_pos>',
  },
  {
    page: 56,
    find: 'AT+CNBP= <lte_mode>[,<ite< td=""><td>OK</td></ite<></ite_mode>\tOK\n_Ext_mode>]',
    replace: 'AT+CNBP= <lte_mode>[,<lte< td=""><td>OK</td></lte<></lte_mode>\tOK\n_ext_mode>]',
    why: 'AT+CNBP write syntax: "lte" read as "ite" (and "Ext" capitalised) in <lte_mode>[,<lte_ext_mode>]',
  },
  {
    page: 57,
    find: '<pre> </pre>\tNOTE: FDD(band1 ~ band32), TDD(band33 ~ band42)  Value:',
    replace: '<lte_pos>\tBand positions of <lte_mode>:  Value:',
    why: 'AT+CNBP: the name <lte_pos> of the band-position table was swallowed by a <pre> tag',
  },
  {
    page: 66,
    find: '<act-type></act-type>\teDRX_value>[, <paging_time_window>]]]  3 Disable the use of eDRX and discard all parameters for eDRX or, if available, reset to the manufacturer specific default values.  Integer type,',
    replace: '\teDRX_value>[,<paging_time_window>]]]\n\t3 Disable the use of eDRX and discard all parameters for eDRX or, if available, reset to the manufacturer specific default values.\n<act-type></act-type>\tInteger type,',
    why: 'AT+CEDRXS: the end of <mode> (value 3) was put into the <act-type> row after the page break',
  },
  {
    page: 66,
    find: 'Tot type\tAT-command is used',
    replace: '\tAT-command is used',
    why: 'AT+CEDRXS <act-type>: OCR noise "Tot type" in the name column',
  },
  // ---- Chapter 5 ----
  {
    page: 71,
    find: '<ol> <li>not registered, MT is not currently searching an operator to registe</li> </ol>',
    replace: '0 not registered, MT is not currently searching an operator to register',
    why: 'AT+CEREG <stat>: the value "0" became an HTML ordered list',
  },
  {
    page: 74,
    find: 'definition (see AT+CGDCONT command).\n\t115\n',
    replace: 'definition (see AT+CGDCONT command).\n\t1-15\n',
    why: 'AT+CGACT <cid>: the range "1...15" lost its ellipsis',
  },
  {
    page: 77,
    find: 'returned by the test form of the command.  115\n',
    replace: 'returned by the test form of the command.  1-15\n',
    why: 'AT+CGDCONT <cid>: the range "1...15" lost its ellipsis',
  },
  {
    page: 77,
    find: '\tPDP context is for new PDP context establishment or for\n\thandover',
    replace: '\t0 PDP context is for new PDP context establishment or for\n\thandover',
    why: 'AT+CGDCONT <request_type>: value 0 lost',
  },
  {
    page: 77,
    find: '\tsignalling\n\tPreference of P-CSCF address discovery through DHCP',
    replace: '\tsignalling\n\t2 Preference of P-CSCF address discovery through DHCP',
    why: 'AT+CGDCONT <p-cscf_discovery>: value 2 lost',
  },
  {
    page: 77,
    find: 'd>\tIM CN subsystem-related signalling only or not.\nu-\tUE indicates that the PDP context is not for IM CN\n\tsubsystem-related signalling only\n\tUE indicates that the PDP context is for IM CN\nAUGU DIS\tsubsystem',
    replace: 'd>\tIM CN subsystem-related signalling only or not.\n\t0 UE indicates that the PDP context is not for IM CN\n\tsubsystem-related signalling only\n\t1 UE indicates that the PDP context is for IM CN\n\tsubsystem',
    why: 'AT+CGDCONT <im_cn_signalling_flag_ind>: values 0/1 lost, watermark noise in the name column',
  },
  {
    page: 77,
    find: '\trequested or not\n\tSecurity protected transmission of PCO is not requested\n\tSecurity protected transmission of PCO is requested (Not',
    replace: '\trequested or not\n\t0 Security protected transmission of PCO is not requested\n\t1 Security protected transmission of PCO is requested (Not',
    why: 'AT+CGDCONT <securepco>: values 0/1 lost',
  },
  {
    page: 78,
    find: '-2001_1001_110v\tlocal IP address in TFTs',
    replace: '\tlocal IP address in TFTs',
    why: 'AT+CGDCONT <local_addr_ind>: watermark noise in the name column',
  },
  {
    page: 79,
    find: 'Response\n1) OK\n2)\nERROR\n3)\n+CME ERROR: <err></err>\nNO_SAVE\n5000ms\n3GPP TS 27.007',
    replace: 'Write Command\tResponse\n\t1) OK\n\t2)\n\tERROR\n\t3)\n\t+CME ERROR: <err></err>\nParameter Saving Mode\tNO_SAVE\nMax Response Time\t5000ms\nReference\t3GPP TS 27.007',
    why: 'AT+CGDSCONT: the left column of the last rows (Write Command with its syntax, and the labels Parameter Saving Mode / Max Response Time / Reference) was lost after the page break; labels restored (syntax in COMMAND_FIXES)',
  },
  {
    page: 80,
    find: '\nC\tUE indicates that the PDP context is not for IM CN',
    replace: '\n\t0 UE indicates that the PDP context is not for IM CN',
    why: 'AT+CGDSCONT <im_cn_signalling_flag_ind>: value 0 read as "C"',
  },
  {
    page: 83,
    find: '<pre><pre><pre><pre>colon number (ipv4)/ next header (ipv6)&gt;</pre></pre></pre></pre>',
    replace: '<protocol number (ipv4)/ next header (ipv6)>',
    why: 'AT+CGTFT: the start "<proto" of the name was swallowed by <pre> tags',
  },
  {
    page: 83,
    find: '\tter shall be applied.\n\tPre-Release 7 TFT filter\n1\tUplink\n2\tDownlink\n\tUp & Downlink',
    replace: '\tter shall be applied.\n\t0 Pre-Release 7 TFT filter\n\t1 Uplink\n\t2 Downlink\n\t3 Up & Downlink',
    why: 'AT+CGTFT <direction>: values 0 and 3 lost, 1/2 left the value column',
  },
  {
    page: 83,
    find: '("0.0"-"65535.6553 5"),("0.0"-"65535.65535"),(0-FFFFFFFF),("0.0"-"255.255"),,(0-3)\n\n+CGTFT:\n\nOK',
    replace: '("0.0"-"65535.65535"),("0.0"-"65535.65535"),(0-FFFFFFFF),("0.0"-"255.255"),,(0-3)\n\nOK',
    why: 'AT+CGTFT =? example: a line wrap put a space inside "65535.65535"; a second "+CGTFT:" line (the IPv6 answer of the template) lost all its content',
  },
  {
    page: 85,
    find: '(see AT+CGDCONT command).  115\n',
    replace: '(see AT+CGDCONT command).  1-15\n',
    why: 'AT+CGDATA <cid>: the range "1...15" lost its ellipsis',
  },
  {
    page: 86,
    find: 'If no <cid> is specified, the addresses for all defined contexts are returned.  115</cid>',
    replace: 'If no <cid> is specified, the addresses for all defined contexts are returned.  1-15</cid>',
    why: 'AT+CGPADDR <cid>: the range "1...15" lost its ellipsis',
  },
  {
    page: 88,
    find: 'AT+CGEREP= <mode>[,<bfr></bfr></mode>\t2)\n1\t',
    replace: 'AT+CGEREP= <mode>[,<bfr></bfr></mode>\t2)\n]\t',
    why: 'AT+CGEREP write syntax: the closing "]" read as "1"',
  },
  {
    page: 88,
    find: '\n    \t0 MT buffer of unsolicited result codes defined within this command',
    replace: '\n<bfr>\t0 MT buffer of unsolicited result codes defined within this command',
    why: 'AT+CGEREP: the name <bfr> was swallowed (read as a <b> tag)',
  },
  {
    page: 95,
    find: 'This is also used in other PDP context-related commands.  115\n<auth_type>',
    replace: 'This is also used in other PDP context-related commands.  1-15\n<auth_type>',
    why: 'AT+CGAUTH <cid>: the range "1...15" lost its ellipsis',
  },
  {
    page: 95,
    find: 'need to specified. 0 none 1 PAP</user></passwd>\n<passwd></passwd>\t2 CHAP  Parameter specifies',
    replace: 'need to specified.</user></passwd>\n\t0 none\n\t1 PAP\n\t2 CHAP\n<passwd></passwd>\tParameter specifies',
    why: 'AT+CGAUTH: the value "2 CHAP" of <auth_type> slid into the <passwd> row at the page break',
  },
  {
    page: 99,
    find: 'This is also used in other PDP context-related commands.  115\n bearer_id>',
    replace: 'This is also used in other PDP context-related commands.  1-15\n<bearer_id>',
    why: 'AT+CGCONTRDP: <cid> range "1...15" lost its ellipsis; the "<" of <bearer_id> was lost',
  },
  // ---- Chapter 6 ----
  {
    page: 102,
    find: 'Write Command AT+CPIN= <pin>[,<newpin>]</newpin></pin>\tOK 2) ERROR 3) +CME ERROR: <err> Response 1) OK 2) ERROR 3)</err>\t\nParameter Saving Mode\t+CME ERROR: <err> AUTO_SAVE_REBOOT</err>\t',
    replace: '\tOK\n\t2)\n\tERROR\n\t3)\n\t+CME ERROR: <err>\nWrite Command AT+CPIN= <pin>[,<newpin>]</newpin></pin>\tResponse 1) OK 2) ERROR 3)\n\t+CME ERROR: <err>\nParameter Saving Mode\tAUTO_SAVE_REBOOT\t',
    why: 'AT+CPIN: after the page break the rest of the Read response, the Write response and the saving mode were glued into two rows',
  },
  {
    page: 114,
    find: '<display mode=""></display>\tdoesn\'t display PLMN.',
    replace: '<display mode=""></display>\t0 doesn\'t display PLMN.',
    why: 'AT+CSPN <display mode>: value 0 lost',
  },
  // ---- Chapter 7 ----
  {
    page: 120,
    find: '\n bm>\t0 type not supported.',
    replace: '\n<bm>\t0 type not supported.',
    why: 'AT+CSMS: "<" of <bm> lost (" bm>")',
  },
  {
    page: 121,
    find: 'For suits Occurred to\tResponse  1)Set default value',
    replace: 'Execute Command\tResponse  1)Set default value',
    why: 'AT+CPMS: the label "Execute Command" read as "For suits Occurred to"',
  },
  {
    page: 124,
    find: 'Parameter Saving Mode\tAUTO_SAVE\nParameter Saving Mode  Max Response Time\t\n',
    replace: 'Parameter Saving Mode\tAUTO_SAVE\n',
    why: 'AT+CSCA: a ghost row of labels (its values, Max Response Time and Reference, are lost)',
  },
  {
    page: 128,
    find: 'AT+CSDH-\\\\$IIOW>\tERROR',
    replace: 'AT+CSDH=<show>\tERROR',
    why: 'AT+CSDH write syntax "AT+CSDH=<show>" read as "AT+CSDH-\\$IIOW>"',
  },
  {
    page: 130,
    find: '\n bm>\tdata coding schemes result in indication as defined in <mt>=1.  The rules for storing received CBMs depend on its data coding scheme, the setting of Select CBM Types (AT+CSCB)and this value:  O_No CBM indications are routed to the TE.  If CBM is stored',
    replace: '\n\tdata coding schemes result in indication as defined in <mt>=1.\n<bm>\tThe rules for storing received CBMs depend on its data coding scheme, the setting of Select CBM Types (AT+CSCB)and this value:  0 No CBM indications are routed to the TE.  1 If CBM is stored',
    why: 'AT+CNMI: "<" of <bm> lost and its row started inside the <mt> text; "0" read as "O_", value 1 lost',
  },
  {
    page: 130,
    find: '+CBMI: <mem3>,<index>.  New CBMs are routed directly',
    replace: '+CBMI: <mem3>,<index>.  2 New CBMs are routed directly',
    why: 'AT+CNMI <bm>: value 2 lost',
  },
  {
    page: 130,
    find: '\n   \t<ul> <li>O TA buffer of unsolicited result codes',
    replace: '\n<bfr>\t<ul> <li>0 TA buffer of unsolicited result codes',
    why: 'AT+CNMI: the name <bfr> was swallowed (read as a <b> tag)',
  },
  {
    page: 134,
    find: ' OK Response 1)If text mode (AT+CMGF=1), command successful and SMS-SUBMITs',
    replace: ' OK\nWrite Command AT+CMGL[=<stat>]\tResponse 1)If text mode (AT+CMGF=1), command successful and SMS-SUBMITs',
    why: 'AT+CMGL: the whole table was glued on one line; the Write row starts here',
  },
  {
    page: 134,
    find: 'command successful and SMS-Write Command COMMANDs: AT+CMGL[=<stat>] +CMGL:',
    replace: 'command successful and SMS-COMMANDs: +CMGL:',
    why: 'AT+CMGL: the Write row label and syntax were glued into the middle of its response',
  },
  {
    page: 127,
    find: '( <vp> is in range 0</vp>\n\t255).',
    replace: '( <vp> is in range 0-255</vp>\n\t).',
    why: 'AT+CSMP <vp>: the range "0...255" was split over two lines and lost its ellipsis',
  },
  {
    page: 134,
    find: /in integer format 0255$/gm,
    replace: 'in integer format 0...255',
    why: 'AT+CMGL/AT+CMGR <st>, <ct>, <pid>: the range "0...255" lost its ellipsis',
  },
  {
    page: 149,
    find: '\nValidity period value:\n0 to 143',
    replace: '\n<vp>\tValidity period value:\n\t0 to 143',
    why: 'AT+CMVP: the name column (<vp>) of the Defined Values table was lost',
  },
  {
    page: 150,
    find: '\n\t· Omord. \'state, \'102, \'11112, [ \'10142], \'30132, \'012, \'312',
    replace: '',
    why: 'AT+CMGRD: OCR garbage line (a second, unreadable copy of the +CMGRD status-report line)',
  },
  {
    page: 153,
    find: 'AT+CMSSEX= <index>[,<index>[</index></index>\t2)\n, ]]\tERROR',
    replace: 'AT+CMSSEX= <index>[,<index>[</index></index>\t2)\n,...]]\tERROR',
    why: 'AT+CMSSEX: the repetition mark "..." in [,<index>[,...]] was lost',
  },
  // ---- Chapter 8 ----
  {
    page: 165,
    find: '\n2\tuse USB1 port to output URCs use RIL port to output URCs use UART port to output URCs use USB2 port1 to output URCs',
    replace: '\n\t1 use USB1 port to output URCs\n\t2 use RIL port to output URCs\n\t3 use UART port to output URCs\n\t4 use USB2 port1 to output URCs',
    why: 'AT+CATR <port>: values 1-4 glued on one line and their numbers lost (the example answers (0-4))',
  },
  // ---- Chapter 9 ----
  {
    page: 169,
    find: '<enable></enable>\t<ul> <li>O Close</li> <li>Open. If voltage less than <low voltage="">, it will report</low></li> <li>"UNDER-VOLTAGE WARNNING" every 10s. If voltage greater than</li> <li><a href="https://www.nigh.com/high-voltage">high voltage&gt;, it will report "OVER-VOLTAGE WARNNING"</a> every 10s.</li> </ul>',
    replace: '<enable></enable>\t0 Close\n\t1 Open. If voltage less than <low voltage>, it will report "UNDER-VOLTAGE WARNNING" every 10s. If voltage greater than <high voltage>, it will report "OVER-VOLTAGE WARNNING" every 10s.',
    why: 'AT+CVALARM <enable>: "0" read as "O", value 1 lost, "<high voltage>" turned into a web link',
  },
  {
    page: 170,
    find: /<save flash="" to=""><\/save>\tDo not write to flash {5}write to flash/g,
    replace: '<save flash="" to=""></save>\t0 Do not write to flash\n\t1 write to flash',
    why: 'AT+CVALARM/AT+CGDRT <save to flash>: values 0/1 lost, the two rows glued',
  },
  {
    page: 182,
    find: 'OVER-VOLTAGE WARNING POWER DOWN\tThis is a URC ALARM when\tAT+CPMVT\n\n\n\n\n\nCurrent voltage is OVER the value\t\nwhich you set.\t\n',
    replace: 'OVER-VOLTAGE WARNING POWER DOWN\tThis is a URC ALARM when Current voltage is OVER the value which you set.\tAT+CPMVT\n',
    why: '§9.3: the description of the last URC row continued on the next page outside the table',
  },
  // ---- Chapter 10 ----
  {
    page: 185,
    find: 'AT+FSMKDIR=?\tUK\t',
    replace: 'AT+FSMKDIR=?\tOK\t',
    why: 'AT+FSMKDIR: "OK" read as "UK"',
  },
  {
    page: 184,
    find: '\t\t\t:D:\n$\\sim$\t \t$\\mathbf{c}$\t -\u0438.',
    replace: 'AT+FSCD=D:',
    why: 'AT+FSCD example: the command line "AT+FSCD=D:" came out as ":D:" plus formula garbage',
  },
  {
    page: 186,
    find: 'Adii P\tThe directory harne which directory.\n',
    replace: '',
    why: 'AT+FSRMDIR: an unreadable ghost copy of the <dir> row',
  },
  {
    page: 186,
    find: '\n_\t\n7\t\u0138\nu\trv\n',
    replace: '\nOK\n',
    why: 'AT+FSRMDIR example: "OK" came out as three lines of noise ("_", "7 ĸ", "u rv")',
  },
  {
    page: 193,
    find: '\t*FSCOPY: END  3)If any error: SD CARD NOT PLUGGED IN FILE IS EXISTING FILE NOT EXISTING DIRECTORY IS EXISTED DIRECTORY NOT EXISTED INVALID PATH NAME INVALID FILE NAME SD CARD HAVE NO ENOUGH MEMORY EFS HAVE NO ENOUGH MEMORY FILE CREATE ERROR READ FILE ERROR WRITE FILE ERROR ERROR',
    replace: '\t+FSCOPY: END  3)If any error:  SD CARD NOT PLUGGED IN  FILE IS EXISTING  FILE NOT EXISTING  DIRECTORY IS EXISTED  DIRECTORY NOT EXISTED  INVALID PATH NAME  INVALID FILE NAME  SD CARD HAVE NO ENOUGH MEMORY  EFS HAVE NO ENOUGH MEMORY  FILE CREATE ERROR  READ FILE ERROR  WRITE FILE ERROR  ERROR',
    why: 'AT+FSCOPY: "+FSCOPY: END" read as "*FSCOPY: END"; the list of error strings was glued into one line',
  },
  {
    page: 185,
    find: '+FSCD: D:/\n\nOK\n\n\n\n\n\n**+FSLS: SUBDIRECTORIES:** \n\nSIMTech\n\nOK',
    replace: '+FSCD: D:/\n\nOK\n\nAT+FSLS\n\n+FSLS: SUBDIRECTORIES:\n\nSIMTech\n\nOK',
    why: 'AT+FSMKDIR example: the command line "AT+FSLS" before its answer "+FSLS: SUBDIRECTORIES: SIMTech" was lost at the page break',
  },
  {
    page: 187,
    find: '**+FSLS: SUBDIRECTORIES:** \n\nFirstDir SecondDir\n\n+FSLS: FILES: image\\_0.jpg image\\_1.jpg\n\nOK\n\n#### AT+FSLS=2\n\n+FSLS: FILES: image\\_0.jpg image\\_1.jpg',
    replace: '+FSLS: SUBDIRECTORIES:\n\nFirstDir\n\nSecondDir\n\n+FSLS: FILES:\n\nimage\\_0.jpg\n\nimage\\_1.jpg\n\nOK\n\n#### AT+FSLS=2\n\n+FSLS: FILES:\n\nimage\\_0.jpg\n\nimage\\_1.jpg',
    why: 'AT+FSLS examples: the names of the listing, one per line after its "+FSLS: SUBDIRECTORIES:" / "+FSLS: FILES:" header, were read as one line (the response template puts the list under the header; field logs of SIMCom modules print one name per line)',
  },
  // ---- Chapter 11 ----
  {
    page: 196,
    find: 'AT+CFTRANRX= <filepath>,<i< td="">',
    replace: 'AT+CFTRANRX= <filepath>,<l< td="">',
    why: 'AT+CFTRANRX write syntax: "l" of <len> read as "i"',
  },
  {
    page: 197,
    find: /Testcontent \+CFTRANTX: 0/g,
    replace: 'Testcontent\n\n+CFTRANTX: 0',
    why: 'AT+CFTRANTX examples: the file data "Testcontent" and the closing "+CFTRANTX: 0" were read as one line (the third example of the page prints them on two: "estc" / "+CFTRANTX: 0")',
  },
  // ---- Chapter 12 ----
  {
    page: 201,
    find: /<pre><pre><pre><pre><pre><pre><pre><pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre>\tThe proxy address/,
    replace: '<proxy>\tThe proxy address',
    why: 'AT+CHTPSERV: the name <proxy> was swallowed by <pre> tags',
  },
  {
    page: 201,
    find: /<pre><pre><pre><pre><pre><pre><pre><pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre>\tThe port of the proxy/,
    replace: '<proxy_port>\tThe port of the proxy',
    why: 'AT+CHTPSERV: the name <proxy_port> was swallowed by <pre> tags',
  },
  {
    page: 204,
    find: 'AT+CNTPCFG="CID"\t[, <cid>] 1)If the parameter is correct, response:</cid>',
    replace: 'AT+CNTPCFG="CID"[,<cid>]\t1)If the parameter is correct, response:',
    why: 'AT+CNTPCFG: the end "[,<cid>]" of the write syntax fell into the response column',
  },
  // ---- Chapter 13 ----
  {
    page: 212,
    find: '\n\tOIF OF EN. SHIR_HUHIP, SETT\n',
    replace: '\n',
    why: 'AT+CIPOPEN: OCR garbage line in the response column',
  },
  {
    page: 213,
    find: 'AT+CIPOPEN= <link_num>,"UD P",,,<localport>',
    replace: 'AT+CIPOPEN= <link_num>,"UDP",,,<localport>',
    why: 'AT+CIPOPEN: "UDP" split by a line wrap',
  },
  {
    page: 216,
    find: 'May Pagnanga Tima\tRange: 3000ms-120000ms default: 120000ms\nMax Response Time\t(it can be set by AT+CIPTIMEOUT)',
    replace: 'Max Response Time\tRange: 3000ms-120000ms default: 120000ms (it can be set by AT+CIPTIMEOUT)',
    why: 'AT+CIPSEND: the label "Max Response Time" read as "May Pagnanga Tima" and repeated on the next row',
  },
  {
    page: 219,
    find: 'Integer type, sets the mode to retrieve data  O set the way to get the network data automatically  set the way to get the network data manually',
    replace: 'Integer type, sets the mode to retrieve data  0 set the way to get the network data automatically  1 set the way to get the network data manually',
    why: 'AT+CIPRXGET <mode>: "0" read as "O", value 1 lost',
  },
  {
    page: 218,
    find: /Write Command\tResponse\n+Response 1\)If the parameter is correct, response: \+CIPRXGET: 4,[\s\S]*?\n\tReference\t\n/,
    replace:
      'Write Command AT+CIPRXGET=3,<link_num>[,<len>] Retrieve data in hex form\tResponse\n' +
      '\t1)If <length> field is empty, the default value to read is 750.  If the buffer is not empty, response:  +CIPRXGET: <mode>,<link_num>,<read_len>,<rest_len>  <data> hex form  OK  2)If the buffer is empty, response:  +IP ERROR: No data  ERROR  3)If the parameter is incorrect or other error, response:  +IP ERROR: <err_info>  ERROR  4)Others:  ERROR\n' +
      'Write Command AT+CIPRXGET=4,<link_num>\tResponse\n' +
      '\t1)If the parameter is correct, response:  +CIPRXGET: 4,<link_num>,<rest_len>  OK  2)If the parameter is incorrect or other error, response:  +IP ERROR: <err_info>  ERROR  3)Others  ERROR\n' +
      'Parameter Saving Mode\tNO_SAVE\nMax Response Time\t8s\nReference\t\n',
    why: 'AT+CIPRXGET: after the page break the rows for AT+CIPRXGET=3 and =4 and the property rows were shuffled into three columns',
  },
  {
    page: 221,
    find: 'Range is 0-1.  0 disconnected</link_num>\n<err></err>\t1 connected Integer type, the result of operation.',
    replace: 'Range is 0-1.  0 disconnected</link_num>\n\t1 connected\n<err></err>\tInteger type, the result of operation.',
    why: 'AT+CIPCLOSE: the value "1 connected" of <linkX_state> slid into the <err> row',
  },
  {
    page: 226,
    find: '\tNon transparent mode\t',
    replace: '\t0 Non transparent mode\t',
    why: 'AT+CIPMODE <mode>: value 0 lost',
  },
  {
    page: 233,
    find: 'AT+SERVERSTOP= <server ex=""></server>',
    replace: 'AT+SERVERSTOP= <server_index>',
    why: 'AT+SERVERSTOP: <server_index> split at a line wrap ("ind" went to the response column)',
  },
  {
    page: 233,
    find: '+SERVERSTOP: <server_index>,<err> ind ERROR',
    replace: '+SERVERSTOP: <server_index>,<err>  ERROR',
    why: 'AT+SERVERSTOP: the "ind" of the split <server_index> in the response column',
  },
  {
    page: 242,
    find: 'TCP server accepted a new socket client, the index is <li>index is<li>index is</li> <li>index is</li> &lt;</li>',
    replace: 'TCP server accepted a new socket client, the index is (the rest of this description is lost in the manual)',
    why: '+CLIENT URC: the description is OCR garbage after "the index is"',
  },
  {
    page: 242,
    find: '<close_reason>:  OClosed by local_active.</close_reason></cli></cli>',
    replace: '<close_reason>:</close_reason></cli></cli>',
    why: '+IPCLOSE URC: a garbled duplicate of the first <close_reason> value',
  },
  // ---- Chapter 14 ----
  {
    page: 250,
    find: '\n] byte_size>\t+HTTPREAD: 0',
    replace: '\n]<byte_size>\t+HTTPREAD: 0',
    why: 'AT+HTTPREAD: the "<b" of <byte_size> was read as a bold tag',
  },
  {
    page: 250,
    find: '<start_offset></start_offset>\tThe start position of reading\n   \tThe length of data to read',
    replace: '<start_offset></start_offset>\tThe start position of reading\n<byte_size>\tThe length of data to read',
    why: 'AT+HTTPREAD: the name <byte_size> was swallowed (read as a <b> tag)',
  },
  {
    page: 253,
    find: 'the default is 0.  O Send file as HTTP header and body  Send file as Body',
    replace: 'the default is 0.  0 Send file as HTTP header and body  1 Send file as Body',
    why: 'AT+HTTPPOSTFILE <send_header>: "0" read as "O", value 1 lost',
  },
  {
    page: 248,
    find: '+HTTPHEAD: 653 HTTP/1.1 200 OK\n',
    replace: '+HTTPHEAD: 653\n\nHTTP/1.1 200 OK\n',
    why: 'AT+HTTPHEAD example: the count line and the status line of the header run together',
  },
  {
    page: 248,
    find: /^(Content-Type: text\/html|Powered-By-ChinaCache: HIT from CNC-WB-b-D24|CACHE: TCP\\_HIT|X-Frame-Options: ALLOW-FROM \.\\\*) (Connection: keep-alive|Powered-By-ChinaCache: HIT from CNC-WV-b-D1C|Vary: Accept-Encoding|CC\\_CACHE: TCP\\_REFRESH\\_HIT)$/gm,
    replace: '$1\n\n$2',
    why: 'AT+HTTPHEAD example: four pairs of header lines run together (a header line each, as the header is sent)',
  },
  {
    page: 250,
    find: '+HTTPREAD: 500\n\n"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n\n<a href="http://www.w3.org/1999/xhtml">\n',
    replace: '+HTTPREAD: 500\n\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n\n<html xmlns="http://www.w3.org/1999/xhtml">\n',
    why: 'AT+HTTPREAD example: the start of the page (<!DOCTYPE html PUBLIC ...) was dropped as markup and <html xmlns= read as <a href=; restored as the A76XX manual V1.09 (§16.2.7.2) prints the same example',
  },
  // ---- Chapter 15 ----
  {
    page: 266,
    find: 'Write Command AT+CFTPSRMD= <di< td=""><td>Response 1) OK +CFTPSRMD: 0 2) OK +CFTPSRMD: <errcode> 3) ERROR</errcode></td></di<>',
    replace: 'Write Command AT+CFTPSRMD= <dir>',
    why: 'AT+CFTPSRMD: the end "r>" of <dir> was lost at the cell edge',
  },
  {
    page: 275,
    find: '\nFILEPATH"[, <data_len>[,<rest_size>]]</rest_size></data_len>\t\nOK\t\nT+CFTPSPUT="test.txt",4\t\nata\t\nok\t\nCFTPSPUT: 0\t\n',
    replace: '\n"FILEPATH"[,<data_len>[,<rest_size>]]\nOK\nAT+CFTPSPUT="test.txt",4\n>data\nOK\n+CFTPSPUT: 0\n',
    why: 'AT+CFTPSPUT example: the first character of each line was cut off at the page edge; "data" is what is typed at the "> " prompt, written ">data" as the manual writes every data input (AT+CIPSEND, AT+CFTRANRX)',
  },
  {
    page: 275,
    find: '#### +CFTPSPUT:\n\n\n\n\n\n"FILEPATH"[,<data_len>[,<rest_size>]]\n',
    replace: '+CFTPSPUT: "FILEPATH"[,<data_len>[,<rest_size>]]\n',
    why: 'AT+CFTPSPUT test example: its one answer line was broken after "+CFTPSPUT:" at the page break',
  },
  {
    page: 261,
    find: '+CFTPSLOGIN:\n\n"ADDRESS",(1-65535),"USERNAME","PASSWORD"[,(0-3)]\n',
    replace: '+CFTPSLOGIN: "ADDRESS",(1-65535),"USERNAME","PASSWORD"[,(0-3)]\n',
    why: 'AT+CFTPSLOGIN test example: its one answer line was broken after "+CFTPSLOGIN:"',
  },
  {
    page: 260,
    find: '# **Examples**\n\n+CFTPSSTOP: 0,3\n\nAT+CFTPSSTOP\nOK\n\n+CFTPSSTOP: 0\nAT+CFTPSSTOP=3\nOK\n',
    replace: '# **Examples**\n\nAT+CFTPSSTOP\nOK\n\n+CFTPSSTOP: 0\n\nAT+CFTPSSTOP=3\nOK\n\n+CFTPSSTOP: 0,3\n',
    why: 'AT+CFTPSSTOP examples: the last line "+CFTPSSTOP: 0,3" (the answer of AT+CFTPSSTOP=3, as "+CFTPSSTART: 0,3" answers AT+CFTPSSTART=3) was set before the first command',
  },
  {
    page: 260,
    find: 'AT+CFTPSLOGIN= <host>,<port>,<username>,<password>[<server_type>]',
    replace: 'AT+CFTPSLOGIN= <host>,<port>,<username>,<password>[,<server_type>]',
    why: 'AT+CFTPSLOGIN write syntax: the comma before the optional <server_type> was lost (the test answer has it: [,(0-3)])',
  },
  {
    page: 264,
    find: 'drwxr-xr-x 1 ftp ftp 0 Jan 13 2020\n\n**TEST113** \n\ndrwxr-xr-x 1 ftp ftp 0 Jan 19 2020\n\n**TEST1155** \n',
    replace: 'drwxr-xr-x 1 ftp ftp 0 Jan 13 2020 TEST113\n\ndrwxr-xr-x 1 ftp ftp 0 Jan 19 2020 TEST1155\n',
    why: 'AT+CFTPSLIST example: each listing line was broken before its name, and the name set in bold',
  },
  {
    page: 269,
    find: '+CFTPSDELE:"FILENAME"\n',
    replace: '+CFTPSDELE: "FILENAME"\n',
    why: 'AT+CFTPSDELE test example: the space after the colon was lost (the response section and every other test answer of the chapter have it)',
  },
  // ---- Chapter 16 ----
  {
    page: 303,
    find: 'AT+CMQTTCFG="checkUTF 8", <index>',
    replace: 'AT+CMQTTCFG="checkUTF8", <index>',
    why: 'AT+CMQTTCFG: "checkUTF8" split by a line wrap',
  },
  {
    page: 302,
    find: /"optimeout ",/g,
    replace: '"optimeout",',
    why: 'AT+CMQTTCFG: a line wrap left a space inside "optimeout"',
  },
  {
    page: 286,
    find: 'The default value is 0.  O MQTT server with TCP  MQTT server with SSL/TLS',
    replace: 'The default value is 0.  0 MQTT server with TCP  1 MQTT server with SSL/TLS',
    why: 'AT+CMQTTACCQ <server_type>: "0" read as "O", value 1 lost',
  },
  {
    page: 288,
    find: '+CMQTTSSLCFG: 0,0 +CMQTTSSLCFG: 1,0',
    replace: '+CMQTTSSLCFG: 0,0\n\n+CMQTTSSLCFG: 1,0',
    why: 'AT+CMQTTSSLCFG? example: the two answer lines glued into one',
  },
  {
    page: 290,
    find: 'OK\n\n# AT+CMQTTWILLTOPIC=0,10 >',
    replace: 'AT+CMQTTWILLTOPIC=0,10\n\n>\n\nOK',
    why: 'AT+CMQTTWILLTOPIC example: the page break put the OK above the command line, and the prompt was glued to it as a heading',
  },
  {
    page: 291,
    find: '\n> OK\n',
    replace: '\n>\n\nOK\n',
    why: 'AT+CMQTTWILLMSG example: the prompt and the OK after the input glued on one line (read as the input "OK")',
  },
  {
    page: 292,
    find: '+CMQTTCONNECT: 0,0 AT+CMQTTCONNECT?',
    replace: '+CMQTTCONNECT: 0,0\n\nAT+CMQTTCONNECT?',
    why: 'AT+CMQTTCONNECT example: the read command glued to the URC before it',
  },
  {
    page: 298,
    find: '<input data="" here=""/> OK  LCMOTTSUR: colient index: 0',
    replace: '<input data="" here=""/> OK',
    why: 'AT+CMQTTSUB write response: a garbled duplicate of the next line ("+CMQTTSUB: <client_index>,0")',
  },
  {
    page: 303,
    find: /\+CMQTTCFG: (0,\d,\d+) \+CMQTTCFG: (1,\d,\d+)/g,
    replace: '+CMQTTCFG: $1\n\n+CMQTTCFG: $2',
    why: 'AT+CMQTTCFG? examples: the two answer lines glued into one',
  },
  // ---- Chapter 13 ----
  {
    page: 208,
    find: '+NETOPEN: 0 AT+NETOPEN=2',
    replace: '+NETOPEN: 0\n\nAT+NETOPEN=2',
    why: 'AT+NETOPEN example: the second command line was glued to the URC before it',
  },
  {
    page: 212,
    find: '+CIPOPEN: 2 +CIPOPEN: 3',
    replace: '+CIPOPEN: 2\n\n+CIPOPEN: 3',
    why: 'AT+CIPOPEN? example: two answer lines glued into one',
  },
  {
    page: 230,
    find: 'OK\n\nOK\n\nAT+CIPCFG="SCID",2,1\n',
    replace: 'OK\n\nAT+CIPCFG="SCID",2,1\n\nOK\n',
    why: 'AT+CIPCFG example: the page break moved the OK of AT+CIPCFG="SCID",2,1 above the command',
  },
  {
    page: 236,
    find: '+CSOCKSETPN: 1,1 +CSOCKSETPN: 2,1 +CSOCKSETPN: 3,1',
    replace: '+CSOCKSETPN: 1,1\n\n+CSOCKSETPN: 2,1\n\n+CSOCKSETPN: 3,1',
    why: 'AT+CSOCKSETPN? example: three answer lines glued into one',
  },
  {
    page: 238,
    find: 'Primary IPv4 DNS: 183.230.126.224, Secondary IPv4\n\nDNS: 183.230.126.225',
    replace: 'Primary IPv4 DNS: 183.230.126.224, Secondary IPv4 DNS: 183.230.126.225',
    why: 'AT+CDNSCFG? example: one answer line wrapped in two',
  },
  // ---- Chapter 17 ----
  {
    page: 318,
    find: /Response \+CCHMODE: \(0,1\) {2}AT\+CCHMODE=\?[\s\S]*?Max Response Time 120000ms\t\n/,
    replace:
      'AT+CCHMODE Configure the mode of sending and receiving data\t\n' +
      'Test Command AT+CCHMODE=?\tResponse\n\t+CCHMODE: (0,1)\n\tOK\n' +
      'Read Command AT+CCHMODE?\tResponse\n\t+CCHMODE: <mode>\n\tOK\n' +
      'Write Command AT+CCHMODE=<mode>\tResponse\n\t1)If successfully:\n\tOK\n\t2)If failed:\n\tERROR\n' +
      'Parameter Saving Mode\t-\nMax Response Time\t120000ms\n',
    why: 'AT+CCHMODE: the table lost its columns; left and right cells were interleaved line by line',
  },
  // ---- Chapter 19 ----
  {
    page: 339,
    find: 'AT+CFUN=0 +SIMCARD: NOT AVAILABLE\t// Minimum functionality\nOK AT+CTBURST=0 +CTBURST: TX/RX OFF\t//Close TX/RX CTBURST',
    replace: 'AT+CFUN=0 // Minimum functionality\n+SIMCARD: NOT AVAILABLE\nOK\nAT+CTBURST=0 //Close TX/RX CTBURST\n+CTBURST: TX/RX OFF',
    why: 'AT+CTBURST examples: two columns (command/answer, remark) read as one; the remarks belong to the command lines',
  },
  {
    page: 340,
    find: '92 //Start RF TX Power of LTE BAND1 the arfcn is\n\n1920 MHZ the power is 23 dBm',
    replace: '92 //Start RF TX Power of LTE BAND1 the arfcn is 1920 MHZ the power is 23 dBm',
    why: 'AT+CTBURST example: the end of the remark after AT+CTBURST=1,... wrapped onto a line of its own (read as a response line)',
  },
  {
    page: 340,
    find: '3 //Start RF RX Power of LTE BAND1 the arfcn is\n\n2110 MHZ the bandwidth is 10M',
    replace: '3 //Start RF RX Power of LTE BAND1 the arfcn is 2110 MHZ the bandwidth is 10M',
    why: 'AT+CTBURST example: the end of the remark after AT+CTBURST=2,... wrapped onto a line of its own (read as a response line)',
  },
  {
    page: 340,
    find: 'MT000000000000 +CTBURST: RX -63',
    replace: 'MT000000000000\n\n+CTBURST: RX -63',
    why: 'AT+CTBURST example: the RF status line and the +CTBURST: RX report glued on one line',
  },
  {
    page: 339,
    find: /^MT0{10,11}\s*$/gm,
    replace: 'MT000000000000',
    why: 'AT+CTBURST examples: the status lines lost zeros in the OCR (10 or 11 of the 12 digits the NOTE prints: "MT000000000000: Indicates normal return")',
  },
  // ---- Chapter 20 ----
  {
    page: 345,
    find: '<op></op>\tStop scan Wi-Fi network.',
    replace: '<op></op>\t0 Stop scan Wi-Fi network.',
    why: 'AT+CWSTASCANSYN <op>: value 0 lost',
  },
  {
    page: 345,
    find: '+ CWSTASCANSYN: 0',
    replace: '+CWSTASCANSYN: 0',
    why: 'AT+CWSTASCANSYN? example: a space after the "+"',
  },
  // ---- Chapter 21 ----
  {
    page: 366,
    find: 'Write Command AT+CGPSINFO= <time< td=""><td>Response',
    replace: 'Write Command AT+CGPSINFO= <time></time>\tResponse',
    why: 'AT+CGPSINFO: the ">" of <time> was lost at the cell edge',
  },
  {
    page: 366,
    find: 'Parameter Saving Mod\tde NO_SAVE',
    replace: 'Parameter Saving Mode\tNO_SAVE',
    why: 'AT+CGPSINFO: the label "Parameter Saving Mode" split across the two columns',
  },
  {
    page: 367,
    find: 'AT+CGNSSINFO= <ti< td=""><td>ime&gt; 1)If successfully:</td></ti<>\time> 1)If successfully:',
    replace: 'AT+CGNSSINFO= <time>\t1)If successfully:',
    why: 'AT+CGNSSINFO: <time> split between the two columns',
  },
  {
    page: 369,
    find: 'Response 1)If successfully: PRODUCT: <pre> PRODUCT: <pre> OK 2)If the GNSS is power off: ERROR</pre></pre>',
    replace: 'Response 1)If successfully:  PRODUCT: <product>  OK  2)If the GNSS is power off:  ERROR',
    why: 'AT+CGNSSPROD: the name <product> was swallowed by <pre> tags (and the line doubled)',
  },
  {
    page: 369,
    find: /<pre><pre><pre><pre><pre><pre><pre><pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre>\tThe product information of GNSS/,
    replace: '<product>\tThe product information of GNSS',
    why: 'AT+CGNSSPROD: the name <product> was swallowed by <pre> tags',
  },
  // ---- Chapter 5 (ghost lines) ----
  {
    page: 87,
    find: 'Read Command\tTOUR THOUSE, WITH',
    replace: 'Read Command\t',
    why: 'AT+CGEREP: OCR ghost text in the Read row',
  },
  // ---- Chapter 17 ----
  {
    page: 311,
    find: 'AT+CSSLCFG="ignorecertCN ", <ssl_ctx_index>',
    replace: 'AT+CSSLCFG="ignorecertCN", <ssl_ctx_index>',
    why: 'AT+CSSLCFG: a line wrap left a space inside "ignorecertCN"',
  },
  {
    page: 327,
    find: '\n        \tThe local port for channel, the range is from 1 to 65535.',
    replace: '\n<bind_port>\tThe local port for channel, the range is from 1 to 65535.',
    why: 'AT+CCHOPEN: the name <bind_port> was swallowed (read as a <b> tag)',
  },
  {
    page: 329,
    find: 'AT+CCHSEND= <session_id>,&lt;  en&gt;</session_id>',
    replace: 'AT+CCHSEND= <session_id>,<len></session_id>',
    why: 'AT+CCHSEND: the "l" of <len> was lost at a line wrap',
  },
  {
    page: 325,
    find: '+CCHCFG: 0,150, +CCHCFG: 1,150,',
    replace: '+CCHCFG: 0,150,\n\n+CCHCFG: 1,150,',
    why: 'AT+CCHCFG? example: the two answer lines (one per session, as the read response gives them) were read as one',
  },
  // ---- Chapter 21 ----
  {
    page: 354,
    find: 'nZDA,[nGRS,[nGST,[nGNS]]]]]]\t2)If failed:\n111\tERROR',
    replace: 'nZDA,[nGRS,[nGST,[nGNS]]]]]]]]]]\t2)If failed:\n\tERROR',
    why: 'AT+CGNSSNMEA write syntax: the last closing brackets "]]]" read as "111" on the next line',
  },
  {
    page: 363,
    find: '+ CGNSSALP: 0',
    replace: '+CGNSSALP: 0',
    why: 'AT+CGNSSALP? example: a space after the "+"',
  },
  {
    page: 361,
    find: /AT\+CGNSSGLP =(\?|1)\n/g,
    replace: 'AT+CGNSSGLP=$1\n',
    why: 'AT+CGNSSGLP examples: a space before "=" ("AT+CGNSSGLP =?", "AT+CGNSSGLP =1"), which the syntax does not have',
  },
  {
    page: 365,
    find: '+GPGSV,10,36.3,12,33.5,14,26.5,15,27.0,18,30.6 ,20,29.4,21,14.9,24,32.8,25,30.6,31,29.1,32,27.0 +GBGSV,201,28.7,204,29.0,206,27.3,207,25.9,20 9,25.0,210,18.5 +GLGSV,78,20.6,66,25.6,77,21.6,79,21.9,67,26.2, 68,23.6 +GAGSV',
    replace: '+GPGSV,10,36.3,12,33.5,14,26.5,15,27.0,18,30.6,20,29.4,21,14.9,24,32.8,25,30.6,31,29.1,32,27.0\n+GBGSV,201,28.7,204,29.0,206,27.3,207,25.9,209,25.0,210,18.5\n+GLGSV,78,20.6,66,25.6,77,21.6,79,21.9,67,26.2,68,23.6\n+GAGSV',
    why: 'AT+CGNSSFTM example: the four test-mode lines (one per constellation) run together, with spaces where the OCR wrapped them',
  },
  {
    page: 364,
    find: 'AT+CGNSSALF\t<b>P=</b> 1\n',
    replace: 'AT+CGNSSALP=1\n',
    why: 'AT+CGNSSALP example: "AT+CGNSSALP=1" read as "AT+CGNSSALF" + a bold "P=" in a second column + "1"',
  },
  // ---- Chapter 22 ----
  {
    page: 372,
    find: /(ssl|pdp)Ctxld/g,
    replace: '$1CtxId',
    why: 'AT+CSMTPSCFG: "I" read as "l" in "sslCtxId"/"pdpCtxId" (the manual spells pdpCtxId correctly elsewhere)',
  },
  {
    page: 372,
    find: /<(\/?)(ssl|pdp)ctxld>/g,
    replace: '<$1$2ctxid>',
    why: 'AT+CSMTPSCFG: "i" read as "l" in the names <sslctxid>/<pdpctxid> (Defined Values spell <pdpctxid> correctly)',
  },
  {
    page: 372,
    find: 'AT+CSMTPSCFG="pdpCtxl\t',
    replace: 'AT+CSMTPSCFG="pdpCtxI\t',
    why: 'AT+CSMTPSCFG: "I" read as "l" in "pdpCtxId" (split at a line wrap)',
  },
  {
    page: 378,
    find: 'AT+CSMTPSRCPT= <kind< td=""><td>I&gt;[, OK</td></kind<>\tI>[, OK',
    replace: 'AT+CSMTPSRCPT= <kind>[,\tOK',
    why: 'AT+CSMTPSRCPT write syntax: "<kind>[," split into "<kind" and "I>[," across the columns',
  },
  {
    page: 378,
    find: '\n<index>[,<raddr>[,<rname>]</rname></raddr></index>\tor',
    replace: '\n<index>[,<raddr>[,<rname>]]]</rname></raddr></index>\tor',
    why: 'AT+CSMTPSRCPT write syntax: two closing brackets missing after the page break',
  },
  {
    page: 376,
    find: 'AT+CSMTPSAUTH=1,"username","password\n\n..\n',
    replace: 'AT+CSMTPSAUTH=1,"username","password"\n',
    why: 'AT+CSMTPSAUTH example: the closing quote wrapped to the next line and read as ".."',
  },
  {
    page: 377,
    find: '"senderaddress@server.com","sendername\n\n\\*\\*\n',
    replace: '"senderaddress@server.com","sendername"\n',
    why: 'AT+CSMTPSFROM example: the closing quote wrapped to the next line and read as "**"',
  },
  {
    page: 377,
    find: 'AT+CSMTPSFROM="senderaddress@server.\n\ncom", "sendername"',
    replace: 'AT+CSMTPSFROM="senderaddress@server.\n\ncom","sendername"',
    why: 'AT+CSMTPSFROM example: a space after the comma (outside the quotes) that the syntax does not have',
  },
  {
    page: 377,
    find: '+CSMTPSFROM:\n\n"senderaddress@server.com","sendername"\n',
    replace: '+CSMTPSFROM: "senderaddress@server.com","sendername"\n',
    why: 'AT+CSMTPSFROM? example: the answer wrapped after "+CSMTPSFROM:"',
  },
  {
    page: 377,
    find: '+CSMTPSFROM: "", ""',
    replace: '+CSMTPSFROM: "",""',
    why: 'AT+CSMTPSFROM? example: a space after the comma that the response syntax "+CSMTPSFROM: <saddr>,<sname>" does not have',
  },
  {
    page: 375,
    find: /\+CSMTPSAUTH: (\d), "([^"]*)", ?"([^"]*)"/g,
    replace: '+CSMTPSAUTH: $1,"$2","$3"',
    why: 'AT+CSMTPSAUTH? examples: spaces after the commas that the response syntax "+CSMTPSAUTH: <flag>,<user>,<pwd>" does not have',
  },
  {
    page: 377,
    find: 'AT+CSMTPSRCPT=0,0,"rcptaddress\\_to@server.com", "rcptname\\_to"',
    replace: 'AT+CSMTPSRCPT=0,0,"rcptaddress\\_to@server.com","rcptname\\_to"',
    why: 'AT+CSMTPSRCPT example: a space after the comma (outside the quotes) that the syntax does not have',
  },
  {
    page: 378,
    find: '+CSMTPSRCPT:\n\n0,0,"rcptaddress\\_to@server.com","rcptname\n\n\\_to"',
    replace: '+CSMTPSRCPT: 0,0,"rcptaddress\\_to@server.com","rcptname\\_to"',
    why: 'AT+CSMTPSRCPT? example: the answer wrapped after "+CSMTPSRCPT:" and inside "rcptname_to"',
  },
  {
    page: 378,
    find: '"rcptaddress\\_cc@ser ver.com"',
    replace: '"rcptaddress\\_cc@server.com"',
    why: 'AT+CSMTPSRCPT example: a line wrap left a space inside "rcptaddress_cc@server.com"',
  },
  {
    page: 378,
    find: '+CSMTPSRCPT:\n\n0,0,"rcptaddress\\_to@server.com","rcptname \\_to"\n\n+CSMTPSRCPT:\n\n1,0,"rcptaddress\\_cc@server.com","rcptnam\n\ne\\_cc"',
    replace: '+CSMTPSRCPT: 0,0,"rcptaddress\\_to@server.com","rcptname\\_to"\n\n+CSMTPSRCPT: 1,0,"rcptaddress\\_cc@server.com","rcptname\\_cc"',
    why: 'AT+CSMTPSRCPT? example: both answer lines wrapped after "+CSMTPSRCPT:" and inside the names',
  },
  {
    page: 379,
    find: 'AT+CSMTPSSUB=19, "utf-8"',
    replace: 'AT+CSMTPSSUB=19,"utf-8"',
    why: 'AT+CSMTPSSUB example: a space after the comma (outside the quotes) that the syntax does not have',
  },
  {
    page: 380,
    find: '+SMTPSSUB: 19,"utf-8" THIS IS A TEST MAIL',
    replace: '+SMTPSSUB: 19,"utf-8"\n\nTHIS IS A TEST MAIL',
    why: 'AT+CSMTPSSUB? example: the subject line (after the <CR><LF> of the response syntax) was run into the answer line',
  },
  {
    page: 380,
    find: /THIS IS A TEST MAIL FROM SIMCOM\n+MODULE/g,
    replace: 'THIS IS A TEST MAIL FROM SIMCOM MODULE',
    why: 'AT+CSMTPSBODY examples: the PDF wrapped the 38-character body "THIS IS A TEST MAIL FROM SIMCOM MODULE" (31 + 1 + 6 characters) onto two lines',
  },
  {
    page: 382,
    find: '## Example\n\n<err>\n\nAT+CSMTPSFILE=1,"E:/file1.txt"',
    replace: '<err>\tThe error information.\n\n## Example\n\nAT+CSMTPSFILE=1,"E:/file1.txt"',
    why: 'AT+CSMTPSFILE: the Defined Values row <err> ("The error information.") was split, its name put under the Example heading and its text into the third example',
  },
  {
    page: 383,
    find: /(\+CSMTPSFILE: 1,"E:\/file1.txt"\n+)The error information.\n+OK/,
    replace: '$1OK',
    why: 'AT+CSMTPSFILE? example: the text of the <err> row ("The error information.") fell into the answer',
  },
  {
    page: 383,
    find: 'AT+CSMTPSFILE=2,"U:/ file2.txt "',
    replace: 'AT+CSMTPSFILE=2,"U:/file2.txt"',
    why: 'AT+CSMTPSFILE example: spaces inside the quoted name, which the read answer prints as "U:/file2.txt"',
  },
  {
    page: 383,
    find: '+CSMTPSFILE: 1, "E:/file1.txt" +CSMTPSFILE: 2, "U:/file2.txt"',
    replace: '+CSMTPSFILE: 1,"E:/file1.txt"\n\n+CSMTPSFILE: 2,"U:/file2.txt"',
    why: 'AT+CSMTPSFILE? example: two answer lines run together, with spaces after the commas that the response syntax does not have',
  },
  {
    page: 384,
    find: 'Meaning\nSMTPS operation succeeded\nBusy\nNetwork error\nSocket error\nOver size\nDuplicate file\nTime out\nTransfer failed\nMemory error\n',
    replace:
      'Code\tMeaning\n0\tSMTPS operation succeeded\n600\tBusy\n601\tNetwork error\n602\tSocket error\n603\tOver size\n604\tDuplicate file\n605\tTime out\n606\tTransfer failed\n607\tMemory error\n',
    why: '§22.3: the code column of the first nine rows was lost; restored from the same table in SIMCom\'s A76XX Series AT Command Manual V1.09 §32.3 (0, then 600-607 up to the 608 that follows)',
  },
  // ---- Chapter 23 ----
  {
    page: 392,
    find: /"Sec-WebSocket-Protoc ol"/g,
    replace: '"Sec-WebSocket-Protocol"',
    why: 'AT+WSSETTINGS: "Sec-WebSocket-Protocol" split by a line wrap',
  },
  {
    page: 389,
    find: '+WSLINK: 0,0 AT+WSLINK?',
    replace: '+WSLINK: 0,0\n\nAT+WSLINK?',
    why: 'AT+WSLINK example: the URC and the next command line run together',
  },
  {
    page: 389,
    find: '+WSLINK: 0,1," 121.40.165.18:8800",8800,"/"',
    replace: '+WSLINK: 0,1,"121.40.165.18:8800",8800,"/"',
    why: 'AT+WSLINK? example: a space inside the quoted <server_addr> (the command wrote "ws://121.40.165.18:8800")',
  },
  {
    page: 393,
    find: '+WSSETTINGS:\n\n0,"Sec-WebSocket-Protocol","ocpp1.6"',
    replace: '+WSSETTINGS: 0,"Sec-WebSocket-Protocol","ocpp1.6"',
    why: 'AT+WSSETTINGS example: the answer wrapped after "+WSSETTINGS:"',
  },
  // ---- Chapter 24 ----
  {
    page: 395,
    find: 'Write Command  AT+CMMSCURL=" <mmscur< td=""><td>Response</td></mmscur<>',
    replace: 'Write Command  AT+CMMSCURL="<mmscurl>"',
    why: 'AT+CMMSCURL write syntax: the end of "<mmscurl>" was lost at the cell edge',
  },
  {
    page: 396,
    find: '\nResponse\n+CMMSPROTO: (0,1),"(0-255).(0-255).(0-255)",(0-65535)\n',
    replace: '\nTest Command AT+CMMSPROTO=?\tResponse\n\t+CMMSPROTO: (0,1),"(0-255).(0-255).(0-255)",(0-65535)\n',
    why: 'AT+CMMSPROTO: the left column of the Test Command row (label and syntax) was lost',
  },
  {
    page: 396,
    find: '(0,1),"(0-255).(0-255).(0-255)",(0-65535)\n)\n\nOK',
    replace: '(0,1),"(0-255).(0-255).(0-255)",(0-65535)\n\nOK',
    why: 'AT+CMMSPROTO example: a stray ")" line',
  },
  {
    page: 396,
    find: 'AT+CMMSPROTO?\tTOWNINGFROTO. Stype-, Saleway-, Sport-',
    replace: 'AT+CMMSPROTO?\t',
    why: 'AT+CMMSPROTO: OCR ghost text in the Read row',
  },
  {
    page: 400,
    find: 'AT+CMMSDOWN="ATTACH ",<filename>',
    replace: 'AT+CMMSDOWN="ATTACH",<filename>',
    why: 'AT+CMMSDOWN: a line wrap left a space inside "ATTACH"',
  },
  {
    page: 413,
    find: /\t<pre><pre><pre><pre><pre><pre><pre><pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre><\/pre>\tThe User-Agent profile of MMS packet/,
    replace: '<profile>\tThe User-Agent profile of MMS packet',
    why: 'AT+CMMSPROFILE: the name <profile> was swallowed by <pre> tags',
  },
  {
    page: 410,
    find: 'Response +CMMSDELETE: (0-1) OK\tAti 81',
    replace: 'Response +CMMSDELETE: (0-1) OK',
    why: 'AT+CMMSDELETE: OCR noise in a third column',
  },
  {
    page: 396,
    find: 'OK\n\nAT+CMMSPROTO: 1,"10.0.0.172",80\n',
    replace: 'OK\n\nAT+CMMSPROTO?\n+CMMSPROTO: 1,"10.0.0.172",80\n',
    why: 'AT+CMMSPROTO example: the read command line "AT+CMMSPROTO?" was lost and its answer printed with "AT" as a command line',
  },
  {
    page: 399,
    find: 'Example**\n\n\n\n\n\n+CMMSEDIT: (0-1)\n',
    replace: 'Example**\n\nAT+CMMSEDIT=?\n+CMMSEDIT: (0-1)\n',
    why: 'AT+CMMSEDIT example: the command line "AT+CMMSEDIT=?" of the test answer was lost at the page break',
  },
  {
    page: 400,
    find: 'OK\n\nAT+CMMSDOWN="ATTACH","C:/OIP-C.jpg"\n\n// Effective when setting\n\nAT+CMMSCFG="data\\_mode",0\n\nOK\n\nOK\n\nAT+CMMSDOWN="PIC",2960,"OIP-C.jpg"\n\n// Effective when setting\n\nAT+CMMSCFG="data\\_mode",1\n',
    replace: 'OK\n\nAT+CMMSDOWN="ATTACH","C:/OIP-C.jpg" // Effective when setting AT+CMMSCFG="data_mode",0\n\nOK\n\nAT+CMMSDOWN="PIC",2960,"OIP-C.jpg" // Effective when setting AT+CMMSCFG="data_mode",1\n\nOK\n',
    why: 'AT+CMMSDOWN examples: two columns (command and answer, remark) read one after the other: the remarks "// Effective when setting AT+CMMSCFG=..." became command lines of their own and both OKs followed the first of them; each remark and OK belongs to its AT+CMMSDOWN line',
  },
  {
    page: 402,
    find: '# Example\n\nAT+CMMSSEND="13613623116"\t// Effective when setting\n\tAT+CMMSCFG="data_mode",0\n\n\n\n\n\nOK\n\n+CMMSSEND: 0\n\nAT+CMMSSEND // Effective when setting\n\nAT+CMMSCFG="data\\_mode",0\n\nOK\n\n+CMMSSEND: 0\n\nAT+CMMSSEND // Effective when setting\n\nAT+CMMSCFG="data\\_mode",1\n',
    replace: '# Example\n\nAT+CMMSSEND="13613623116" // Effective when setting AT+CMMSCFG="data_mode",0\n\nOK\n\n+CMMSSEND: 0\n\nAT+CMMSSEND // Effective when setting AT+CMMSCFG="data_mode",0\n\nOK\n\n+CMMSSEND: 0\n\nAT+CMMSSEND // Effective when setting AT+CMMSCFG="data_mode",1\n',
    why: 'AT+CMMSSEND examples: the second line of each remark ("// Effective when setting" / "AT+CMMSCFG=..."), wrapped in the remark column, was read as a command line of its own',
  },
  {
    page: 396,
    find: '+CMMSPROTO:\n(0,1),"(0-255).(0-255).(0-255)",(0-65535)\n',
    replace: '+CMMSPROTO: (0,1),"(0-255).(0-255).(0-255)",(0-65535)\n',
    why: 'AT+CMMSPROTO=? example: the answer line wrapped after "+CMMSPROTO:"',
  },
  {
    page: 397,
    find: '+CMMSSENDCFG:\n\n(0-6),(0-3),(0,1),(0,1),(0-2),(0-4)\n',
    replace: '+CMMSSENDCFG: (0-6),(0-3),(0,1),(0,1),(0-2),(0-4)\n',
    why: 'AT+CMMSSENDCFG=? example: the answer line wrapped after "+CMMSSENDCFG:"',
  },
  {
    page: 400,
    find: /\+CMMSDOWN:\n\n("(?:PIC|TEXT|AUDIO|VIDEO)",\(1-<MAX\\_PDU\\_SIZE>\),"NAME")\n/g,
    replace: '+CMMSDOWN: $1\n',
    why: 'AT+CMMSDOWN=? example: the first four answer lines wrapped after "+CMMSDOWN:"',
  },
  {
    page: 405,
    find: '+CMMSCC:\n\n"t1@test.com"\n',
    replace: '+CMMSCC: "t1@test.com"\n',
    why: 'AT+CMMSCC? example: the answer line wrapped after "+CMMSCC:"',
  },
];

export function applyTextFixes(text: string, report: Report): string {
  let out = text;
  for (const f of TEXT_FIXES) {
    const before = out;
    if (typeof f.find === 'string') {
      if (!out.includes(f.find)) {
        report.add('correction-unused', `p.${f.page}`, `text fix did not match: ${f.why}`);
        continue;
      }
      out = out.split(f.find).join(f.replace);
    } else {
      out = out.replace(f.find, f.replace);
      if (out === before) report.add('correction-unused', `p.${f.page}`, `text fix did not match: ${f.why}`);
    }
  }
  return out;
}

/** Per-command corrections, keyed by section number. */
export interface CommandFix {
  page: number;
  why: string;
  /** Syntax lines replacing what the OCR left for a form (the form's response is kept). */
  syntax?: Partial<Record<FormKind, string[]>>;
  /** Forms the OCR invented (a syntax glued to the wrong row). */
  dropForms?: FormKind[];
  savingMode?: SavingMode | null;
  maxResponseTimeMs?: number | null;
  reference?: string | null;
  /** Fields replaced in a parameter (matched by name). */
  params?: Record<string, Partial<ParamSpec>>;
  /** Parameters the OCR lost entirely (their row is gone), appended. */
  addParams?: ParamSpec[];
  /** The `=?` answer, where neither an example nor the template gives one the generator can build. */
  testAnswer?: string[];
}

/** Names of the file system's name parameters written without quotes in the manual's examples. */
const UNQUOTED_NAME = { type: 'text' as const };

export const COMMAND_FIXES: Record<string, CommandFix> = {
  '4.2.3': {
    page: 53,
    why: 'Defined Values name the parameters generically (<operx>, <gsm_actn>, <gsm_compact_actn>, <utra_actn>, <lte_actn>: x and n stand for the entry number); the write syntax names them <oper>, <gsm_act1>, <gsm_compact_act1>, <utran_act1>, <lte_act1>: parameters named as in the syntax',
    params: {
      operx: { name: 'oper' },
      gsm_actn: { name: 'gsm_act1' },
      gsm_compact_actn: { name: 'gsm_compact_act1' },
      // p.54: "UTRA access technology: 0 access technology not selected" - the value 0 shares the
      // description's line and was read as text.
      utra_actn: {
        name: 'utran_act1',
        values: [
          { value: '0', description: 'access technology not selected' },
          { value: '1', description: 'access technology selected' },
        ],
      },
      lte_actn: { name: 'lte_act1' },
    },
  },
  '7.2.18': {
    page: 150,
    why: 'AT+CMGRD has no Defined Values ("Refer to command AT+CMGR."): <index> as AT+CMGR defines it',
    addParams: [
      {
        name: 'index',
        type: 'integer',
        description: 'Integer type; value in the range of location numbers supported by the associated memory and start with zero (as AT+CMGR <index>).',
      },
    ],
  },
  '5.2.5': {
    page: 77,
    why: 'the write syntax and the test answer name <pcscf_discovery>, Defined Values <P-CSCF_discovery>: parameter named as in the syntax',
    params: { 'p-cscf_discovery': { name: 'pcscf_discovery' } },
  },
  '16.2.13': {
    page: 298,
    why: 'the write syntax names <reqLength>, Defined Values <req_length>: parameter named as in the syntax',
    params: { req_length: { name: 'reqlength' } },
  },
  '16.2.14': {
    page: 300,
    why: 'the write syntax names <reqLength>, Defined Values <req_length>: parameter named as in the syntax',
    params: { req_length: { name: 'reqlength' } },
  },
  '15.2.1': {
    page: 258,
    why: '<cid> "range is 1-n. The maximum value n is related to the pdp command": the contexts of AT+CGDCONT, 1-15',
    params: { cid: { ranges: [{ min: 1, max: 15 }] } },
  },
  '15.2.2': {
    page: 259,
    why: '<cid> "range is 1-n. The maximum value n is related to the pdp command": the contexts of AT+CGDCONT, 1-15',
    params: { cid: { ranges: [{ min: 1, max: 15 }] } },
  },
  '15.2.14': {
    page: 274,
    why: '<data_len> "the maximum is 2048", and 0 is allowed ("If parameter <data_len> equals to 0 or is omitted"): 0-2048',
    params: { data_len: { ranges: [{ min: 0, max: 2048 }] } },
  },
  '16.2.1': {
    page: 283,
    why: '<cid> "ranges from 1 to n. The maximum possible value n is configured by PDP related commands": 1-15, the contexts of AT+CGDCONT',
    params: { cid: { ranges: [{ min: 1, max: 15 }] } },
  },
  '16.2.2': {
    page: 285,
    why: '<cid> "ranges from 1 to n. The maximum possible value n is configured by PDP related commands": 1-15, the contexts of AT+CGDCONT',
    params: { cid: { ranges: [{ min: 1, max: 15 }] } },
  },
  '16.2.5': {
    page: 288,
    why: '<ssl_ctx_index> refers to AT+CSSLCFG\'s index without a type: an integer 0-9, as the test answer "(0,1),(0-9)" gives',
    params: { ssl_ctx_index: { type: 'integer', ranges: [{ min: 0, max: 9 }] } },
  },
  '16.2.8': {
    page: 291,
    why: 'the test form\'s template ends "[, <user_name>,<pass_word>]", names where a range would stand, so no answer can be built from it: the manual\'s line as printed (without the OCR space)',
    testAnswer: ['+CMQTTCONNECT: (0-1),(9-256),(1-64800),(0-1)[,<user_name>,<pass_word>]'],
  },
  '16.2.9': {
    page: 294,
    why: '<timeout> is "60s to 180s" with "default value is 0s (not set the timeout value)", and the test answer gives (0,60-180): 0 is a value too',
    params: { timeout: { ranges: [{ min: 0, max: 0 }, { min: 60, max: 180 }] } },
  },
  '16.2.15': {
    page: 302,
    why: 'the test answer lists "version",(0-1),(3-4) and Defined Values describe it ("3: MQTT 3.1. The default value is 3. 4: MQTT 3.1.1"), but the write syntax line for it and its Defined Values row name were lost (the row is headed by the test answer line): the "version" line restored, <version> added; <cid> "ranges from 1 to n ... configured by PDP related commands": 1-15, the contexts of AT+CGDCONT',
    syntax: {
      write: [
        'AT+CMQTTCFG="checkUTF8",<index>,<checkutf8_flag>',
        'AT+CMQTTCFG="optimeout",<index>,<optimeout_val>',
        'AT+CMQTTCFG="version",<index>,<version>',
        'AT+CMQTTCFG="cid"[,<cid>]',
        'AT+CMQTTCFG="scid"[,<index>[,<cid>]]',
      ],
    },
    params: { cid: { ranges: [{ min: 1, max: 15 }] } },
    addParams: [
      {
        name: 'version',
        type: 'integer',
        values: [
          { value: '3', description: 'MQTT 3.1', isDefault: true },
          { value: '4', description: 'MQTT 3.1.1' },
        ],
        ranges: [{ min: 3, max: 4 }],
        default: '3',
        description: 'Version of MQTT. 3: MQTT 3.1. The default value is 3. 4: MQTT 3.1.1.',
      },
    ],
  },
  '17.2.1': {
    page: 312,
    why: 'Defined Values misspell <enablesni_flag> as <enalbesni_flag>; <negotiatetime> "range is 10-30 seconds, default 300" contradicts itself, the test answer (10-300) and the default agree: 10-300; the four file names are quoted strings of 5-55 bytes (the examples of chapters 14-16 quote them)',
    params: {
      enalbesni_flag: { name: 'enablesni_flag' },
      negotiatetime: { ranges: [{ min: 10, max: 300 }] },
      ca_file: { type: 'string' },
      clientcert_file: { type: 'string' },
      clientkey_file: { type: 'string' },
      password_file: { type: 'string' },
    },
  },
  // <cid> of the AT+CCH* commands: "The range is 1-n. The maximum value n is related to the pdp
  // command of the modem": the contexts +CGDCONT defines, 1-15 (§5.2.1, simulator/state/packet.ts).
  '17.2.7': { page: 320, why: 'AT+CCHSTART <cid> "1-n", n that of the PDP commands: 1-15 (+CGDCONT)', params: { cid: { ranges: [{ min: 1, max: 15 }] } } },
  '17.2.8': { page: 321, why: 'AT+CCHSTOP <cid> "1-n", n that of the PDP commands: 1-15 (+CGDCONT)', params: { cid: { ranges: [{ min: 1, max: 15 }] } } },
  '17.2.9': { page: 322, why: 'AT+CCHADDR <cid> "1-n", n that of the PDP commands: 1-15 (+CGDCONT)', params: { cid: { ranges: [{ min: 1, max: 15 }] } } },
  '17.2.10': {
    page: 323,
    why: '<ssl_ctx_index> states no type ("Refer to the <ssl_ctx_index> of AT+CSSLCFG"): an integer 0-9, as the test answer "(0,1),(0-9)" and AT+CSSLCFG give it',
    params: { ssl_ctx_index: { type: 'integer', ranges: [{ min: 0, max: 9 }] } },
  },
  '17.2.11': {
    page: 325,
    why: '<sslctx_index> states no type ("Refer to the <ssl_ctx_index> of AT+CSSLCFG"): an integer 0-9 as the test answer "(0-1),(0-9)" gives it; <cid> "1-n", n that of the PDP commands: 1-15 (+CGDCONT)',
    params: { sslctx_index: { type: 'integer', ranges: [{ min: 0, max: 9 }] }, cid: { ranges: [{ min: 1, max: 15 }] } },
  },
  '17.2.12': {
    page: 327,
    why: '<host> states no type: a quoted string ("maximum length is 256 bytes"; the examples quote it, the test answer prints "ADDRESS")',
    params: { host: { type: 'string', maxLength: 256 } },
  },
  '10.2.1': {
    page: 183,
    why: 'the type of <path> is not stated; the examples write it unquoted (AT+FSCD=C:/, AT+FSCD=D:) and the note quotes it (".."): a name with or without quotes, as <filename> of AT+FSDEL',
    params: { path: UNQUOTED_NAME },
  },
  '10.2.2': {
    page: 184,
    why: 'the type of <dir> is not stated; the example writes it unquoted (AT+FSMKDIR=SIMTech): a name with or without quotes, as <filename> of AT+FSDEL',
    params: { dir: UNQUOTED_NAME },
  },
  '10.2.3': {
    page: 185,
    why: 'the type of <dir> is not stated; the example writes it unquoted (AT+FSRMDIR=SIMTech): a name with or without quotes, as <filename> of AT+FSDEL',
    params: { dir: UNQUOTED_NAME },
  },
  '10.2.9': {
    page: 193,
    why: 'the types of <file1>/<file2> are not stated; the example writes them unquoted (AT+FSCOPY=C:/TESTFILE,COPYFILE): names with or without quotes, as <filename> of AT+FSDEL',
    params: { file1: UNQUOTED_NAME, file2: UNQUOTED_NAME },
  },
  '11.2.1': {
    page: 196,
    why: 'the types are not stated: <filepath> is a quoted string (the test answer prints [{non-ascii}]"FILEPATH", the examples quote it); <len> and <location> are a byte count and an offset, integers (the examples write 10), not negative, with no upper bound given (the free space bounds them)',
    params: {
      filepath: { type: 'string' },
      len: { type: 'integer', ranges: [{ min: 1, max: 2147483647 }] },
      location: { type: 'integer', ranges: [{ min: 0, max: 2147483647 }] },
    },
  },
  '11.2.2': {
    page: 197,
    why: 'the types are not stated: <filepath> is a quoted string (the test answer prints [{non-ascii}]"FILEPATH", the examples quote it); <location> and <size> are an offset and a byte count, integers (the example writes 1,4), not negative, with no upper bound given',
    params: {
      filepath: { type: 'string' },
      location: { type: 'integer', ranges: [{ min: 0, max: 2147483647 }] },
      size: { type: 'integer', ranges: [{ min: 0, max: 2147483647 }] },
    },
  },
  '10.2.10': {
    page: 195,
    why: 'the type of <filename> is not stated; the example writes it unquoted (AT+FSPRESET=test.txt,0): a name with or without quotes, as <filename> of AT+FSDEL',
    params: { filename: UNQUOTED_NAME },
  },
  '2.2.1': {
    page: 20,
    why: 'ATD: the dial string and its modifiers are written unquoted (ATD*99#); "String of dialing digits" is not a quoted string',
    params: { n: { type: 'unknown' }, mgsm: { type: 'unknown', values: undefined } },
  },
  '14.2.1': {
    page: 243,
    why: '<cid> "ranges from 1 to n. The maximum possible value n is configured by PDP related commands": 1-15, the contexts of AT+CGDCONT',
    params: { cid: { ranges: [{ min: 1, max: 15 }] } },
  },
  '14.2.2': {
    page: 244,
    why: '<cid> "ranges from 1 to n. The maximum possible value n is configured by PDP related commands": 1-15, the contexts of AT+CGDCONT',
    params: { cid: { ranges: [{ min: 1, max: 15 }] } },
  },
  '14.2.6': {
    page: 250,
    why: '<start_offset> and <byte_size> state no type: a position and a length in the response content, integers (the example writes 0,500); no bound is given (the size of the content bounds them): <start_offset> from 0, <byte_size> from 1. The write syntax AT+HTTPREAD=[<start_offset>,]<byte_size> leaves out the first parameter, not the last: two syntax lines say it',
    syntax: { write: ['AT+HTTPREAD=<start_offset>,<byte_size>', 'AT+HTTPREAD=<byte_size>'] },
    params: {
      start_offset: { type: 'integer', ranges: [{ min: 0, max: 2147483647 }] },
      byte_size: { type: 'integer', ranges: [{ min: 1, max: 2147483647 }] },
    },
  },
  '14.2.3': {
    page: 245,
    why: 'the lines "server", "path", "tcpPort" of <url> name the parts of a URL (not values of the parameter), and "http default value is 80" is the default TCP port, not a default URL',
    params: { url: { values: undefined, default: undefined } },
  },
  '5.2.6': {
    page: 79,
    why: 'the Write Command row (label and syntax) was lost after the page break; restored from the description ("AT+CGDSCONT=<cid>" undefines a context) and the order of the Defined Values / read response. <cid> and <p_cid> leave their ranges to the test form: 1-15 each, from the example answer "+CGDSCONT: (1-15),(1-15)"',
    syntax: { write: ['AT+CGDSCONT=<cid>[,<p_cid>[,<d_comp>[,<h_comp>[,<im_cn_signalling_flag_ind>]]]]'] },
    params: { cid: { ranges: [{ min: 1, max: 15 }] }, p_cid: { ranges: [{ min: 1, max: 15 }] } },
  },
  '21.2.8': {
    page: 354,
    why: 'the parameters of AT+CGNSSNMEA are written without angle brackets (nGGA..nGNS) and described in one Defined Values row; split here, one parameter per sentence type. The saving mode reads "SAVE", which is not one of the manual\'s §1.4 modes: kept in NVRAM automatically, i.e. AUTO_SAVE',
    savingMode: 'AUTO_SAVE',
    addParams: (
      [
        ['ngga', 'GGA', '1'], ['ngll', 'GLL', '1'], ['ngsa', 'GSA', '1'], ['ngsv', 'GSV', '1'], ['nrmc', 'RMC', '1'],
        ['nvtg', 'VTG', '1'], ['nzda', 'ZDA', '1'], ['ngrs', 'GRS', '0'], ['ngst', 'GST', '0'], ['ngns', 'GNS', '0'],
      ] as const
    ).map(([name, s, d]) => ({
      name,
      type: 'integer' as const,
      ranges: [{ min: 0, max: 9 }],
      default: d,
      description: `${s} output rate, default is ${d}. The range of n is 0-9. It means that the sentence is output every n times, 0 means no output, null means to save the original configuration.`,
    })),
  },
  '21.2.6': {
    page: 351,
    why: 'the saving mode reads "SAVE", which is not one of the manual\'s §1.4 modes: kept in NVRAM automatically, i.e. AUTO_SAVE',
    savingMode: 'AUTO_SAVE',
  },
  '21.2.7': {
    page: 353,
    why: 'the saving mode reads "SAVE", which is not one of the manual\'s §1.4 modes: kept in NVRAM automatically, i.e. AUTO_SAVE',
    savingMode: 'AUTO_SAVE',
  },
  '21.2.9': {
    page: 355,
    why: 'AT+CGNSSNMEARATE has an empty Defined Values section: <rate> (output rate in Hz) takes the one value of the test answer "+CGNSSNMEARATE: (1)", 1 by the execute form ("Set default value 1")',
    addParams: [{ name: 'rate', type: 'integer', ranges: [{ min: 1, max: 1 }], default: '1', description: 'NMEA output rate in Hz. No Defined Values row; 1 per the test answer "(1)" and the execute form ("Set default value 1").' }],
  },
  '22.2.1': {
    page: 372,
    why: '<sslctxid> and <pdpctxid> state no type: integers (the examples write 0 and 1), an SSL context of AT+CSSLCFG (0-9, §17.2.1) and a PDP context of AT+CGDCONT (1-15, §5.2.2), as <cid>',
    params: {
      sslctxid: { type: 'integer', ranges: [{ min: 0, max: 9 }] },
      pdpctxid: { type: 'integer', ranges: [{ min: 1, max: 15 }] },
      cid: { ranges: [{ min: 1, max: 15 }] },
    },
  },
  '22.2.6': {
    page: 379,
    why: '<subject_len> and <subject_character> state no type: a byte count (the example writes 19) of a subject "up to 511 characters", and a character set name written in quotes (the example: "utf-8")',
    params: {
      subject_len: { type: 'integer', ranges: [{ min: 1, max: 511 }] },
      subject_character: { type: 'string' },
    },
  },
  '22.2.7': {
    page: 380,
    why: '<body_len> states no type: a byte count (the example writes 38) of a body "up to 5120 characters"',
    params: { body_len: { type: 'integer', ranges: [{ min: 1, max: 5120 }] } },
  },
  '23.2.3': {
    page: 388,
    why: '<link_num> ("from 0 to the max link number") states no type: an integer 0-1, as the test answer "+WSLINK: (0-1),..." and "By default, we use two Websockets" (§23.2) give',
    params: { link_num: { type: 'integer', ranges: [{ min: 0, max: 1 }] } },
  },
  '23.2.4': {
    page: 389,
    why: '<link_num> states no type: an integer 0-1 (the test answer "(0-1,60-180)"); <timeout> has a default ("0s, not set the timeout value"), so it may be left out: the syntax brackets it',
    syntax: { write: ['AT+WSUNLINK=<link_num>[,<timeout>]'] },
    params: { link_num: { type: 'integer', ranges: [{ min: 0, max: 1 }] } },
  },
  '23.2.5': {
    page: 391,
    why: '<link_num> states no type: an integer 0-1, as the test answer "+WSPUSH: (0-1),(1-1024),(0-1)" gives',
    params: { link_num: { type: 'integer', ranges: [{ min: 0, max: 1 }] } },
  },
  '23.2.6': {
    page: 392,
    why: '<link_num> states no type: an integer 0-1 (the test answer "(0-1)"); <subprotocol> is a quoted string (the example: "ocpp1.6")',
    params: { link_num: { type: 'integer', ranges: [{ min: 0, max: 1 }] }, subprotocol: { type: 'string' } },
  },
  '19.2.1': {
    page: 339,
    why: '<power> states no range ("the value is different for different band"); the test answer "+CTBURST=0-2,1-74,3000-65535,80-104,0-5" gives 80-104 (20-26 dBm in 0.25 dBm units; the example\'s 92 is 23 dBm)',
    params: { power: { type: 'integer', ranges: [{ min: 80, max: 104 }] } },
  },
  '5.2.7': {
    page: 81,
    why: 'the write syntax was interleaved word by word with its response column ("<evaluation Response precedence index>", "<source subnet OK address and mask>"); the brackets of the printed syntax do not balance (12 closing for 10 opening). <cid> has no range of its own ("see the AT+CGDCONT and AT+CGDSCONT commands"): 1-15, as theirs',
    syntax: {
      write: [
        'AT+CGTFT=<cid>[,[<packet filter identifier>,<evaluation precedence index>[,<source address and subnet mask>[,<protocol number (ipv4)/ next header (ipv6)>[,<destination port range>[,<source port range>[,<ipsec security parameter index (spi)>[,<type of service (tos)(ipv4)and mask / traffic class (ipv6)and mask>[,<flow label (ipv6)>[,<direction>]]]]]]]]]]',
      ],
    },
    params: { cid: { ranges: [{ min: 1, max: 15 }] } },
  },
  '2.2.2': {
    page: 21,
    why: 'ATH: the manual prints only ATH; its reference, V.250 §6.3.6, writes H[<value>] where 0 hangs up and other values are reserved (ATH0 is common in dialler scripts)',
    syntax: { write: ['ATH[<value>]'] },
    addParams: [{ name: 'value', type: 'integer', values: [{ value: '0', description: 'disconnect (V.250 §6.3.6)' }], description: 'V.250 §6.3.6: 0 disconnects the call; other values are reserved.' }],
  },
  '13.2.19': {
    page: 237,
    why: '<keepinterval> states no type ("The unit is minute"): an integer like <keepidle>; the manual gives no range (the handler takes 1-120, as <keepidle>)',
    params: { keepinterval: { type: 'integer' } },
  },
  '13.2.20': {
    page: 238,
    why: '<pri_dns>/<sec_dns> are "string" parameters but the example writes the addresses bare (AT+CDNSCFG=183.230.126.224,183.230.126.225,0): addresses with or without quotes',
    params: { pri_dns: { type: 'text' }, sec_dns: { type: 'text' } },
  },
  '3.2.10': {
    page: 46,
    why: '<imei> is "the 15-digit IMEI value" without a stated type; the example writes it bare (AT+SIMEI=357396012183175): digits with or without quotes, 15 at most (an integer would drop leading zeros)',
    params: { imei: { type: 'text', maxLength: 15 } },
  },
  '4.2.1': {
    page: 49,
    why: '<ci> "in hexadecimal format" is a string of hex digits, printed in quotes like <lac> (27.007 §7.2: string type; +CEREG\'s <ci>: "string type")',
    params: { ci: { type: 'string' } },
  },
  '5.2.1': {
    page: 71,
    why: '<ci> "in hexadecimal format" is a string of hex digits, printed in quotes like <lac> (27.007 §10.1.20: string type; +CEREG\'s <ci>: "string type")',
    params: { ci: { type: 'string' } },
  },
  '5.2.11': {
    page: 94,
    why: '<passwd> and <user> state no type; they are strings (the read example prints them "") of at most 64 characters (the example\'s test answer "+CGAUTH: (1-15),(0-2),(64),(64)")',
    params: { passwd: { type: 'string', maxLength: 64 }, user: { type: 'string', maxLength: 64 } },
  },
  '5.2.12': {
    page: 96,
    why: '<dest_addr> ("an IP address or a domain name") states no type; the example writes it quoted (AT+CPING="www.baidu.com",1,...) and the test answer shows it as text ("IP address")',
    params: { dest_addr: { type: 'string' } },
  },
  '6.2.2': {
    page: 102,
    why: 'Defined Values say <pin>/<newpin> are "String type", the example enters the PIN unquoted (AT+CPIN=1234) as the module accepts: passwords with or without quotes',
    params: { pin: { type: 'text' }, newpin: { type: 'text' } },
  },
  '6.2.6': {
    page: 106,
    why: '<command> and <response> state no type; both are hex strings written in quotes (the example: AT+CSIM=10,"A0F2000016" / +CSIM: 4,"6E00"; 27.007 §8.17: string type)',
    params: { command: { type: 'string' }, response: { type: 'string' } },
  },
  '7.2.5': {
    page: 123,
    why: 'the §7.1 table of SIM767XX differences: "AT+CSCB=<mode>,<mids>,<dcss> Parameters are not allowed to be omitted"; the §7.2.5 syntax prints 27.005\'s [,<mids>[,<dcss>]]',
    syntax: { write: ['AT+CSCB=<mode>,<mids>,<dcss>'] },
  },
  '7.2.6': {
    page: 126,
    why: '<vp> is an integer (relative format) or a quoted time string (absolute) or hex string (enhanced), depending on <fo>\'s TP-VPF: one type cannot say it, so unknown (the handler checks it against <fo>); <fo>, <pid> and <dcs> are octets (first octet, TP-PID, TP-DCS of GSM 03.40/03.38): 0-255',
    params: {
      vp: { type: 'unknown' },
      fo: { ranges: [{ min: 0, max: 255 }] },
      pid: { ranges: [{ min: 0, max: 255 }] },
      dcs: { ranges: [{ min: 0, max: 255 }] },
    },
  },
  '7.2.4': {
    page: 123,
    why: '<tosca> is a "Type-of-Address octet in integer format" without a stated range; as <toda>/<tooa> of the chapter ("The range of value is from 128 to 255"): 128-255',
    params: { tosca: { ranges: [{ min: 128, max: 255 }] } },
  },
  '7.2.15': {
    page: 146,
    why: 'the note: "If set <delflag>=1, 2, 3 or 4, <index> is omitted, such as AT+CMGD=,1": a second write line without <index>',
    syntax: { write: ['AT+CMGD=<index>[,<delflag>]', 'AT+CMGD=,<delflag>'] },
  },
  '8.2.5': {
    page: 158,
    why: '<format> has no underlined default; the execute form "Set default value" and the example\'s first read (+ICF: 2,2) give 2',
    params: { format: { default: '2' } },
  },
  '8.2.9': {
    page: 163,
    why: '<subset>, <port_speed>, <t1>, <n2> are "Currently omitted" and <t2> has no Defined Values row; their values are those of the test answer "+CMUX: (0),(0),(1-8),(1-1500),(0),(0),(2-1000)"',
    params: {
      subset: { type: 'integer', ranges: [{ min: 0, max: 0 }] },
      port_speed: { type: 'integer', ranges: [{ min: 1, max: 8 }] },
      t1: { type: 'integer', ranges: [{ min: 0, max: 0 }] },
      n2: { type: 'integer', ranges: [{ min: 0, max: 0 }] },
    },
    addParams: [{ name: 't2', type: 'integer', ranges: [{ min: 2, max: 1000 }], description: 'No Defined Values row; 2-1000 per the test answer (the read example prints 0).' }],
  },
  '9.2.7': {
    page: 175,
    why: '<data> is hex "such as 0xFFFF" while the example writes 141: the digits as typed, with or without the prefix (type unknown would read 141 as the decimal number 141)',
    params: { data: { type: 'text' } },
  },
  '8.2.12': {
    page: 166,
    why: 'no default is printed; the example\'s first read answers +CURCD: 0,1 and the note says "the default cache size for URC is one"',
    params: { delay_time: { default: '0' }, cache_size: { default: '1' } },
  },
  // ---- Chapter 18 ----
  '18.2.1': {
    page: 336,
    why: 'the types are not stated: the example quotes <destination_ip/url> ("http://183.230.174.137:6022/...") and writes <username>/<password> bare (simcom,simcom): text with or without quotes, at most 255 and 128 bytes as Defined Values say',
    params: {
      'destination_ip/url': { type: 'text', maxLength: 255 },
      username: { type: 'text', maxLength: 128 },
      password: { type: 'text', maxLength: 128 },
    },
  },
  '18.2.2': {
    page: 337,
    why: '<file size> ("the bytes of the file data to send") states no type; the example writes 5358979: a byte count, an integer of at least 1 (the module bounds it by its package space)',
    params: { 'file size': { type: 'integer', ranges: [{ min: 1, max: 2147483647 }] } },
  },
  // ---- Chapter 24 ----
  '24.2.1': {
    page: 395,
    why: '<mmscurl> states no type; the syntax and the examples quote it (AT+CMMSCURL="mmsc.monternet.com"): a string of at most 40 bytes',
    params: { mmscurl: { type: 'string', maxLength: 40 } },
  },
  '24.2.2': {
    page: 396,
    why: '<gateway> (an IP address) and <port> state no type; the example writes AT+CMMSPROTO=1,"10.0.0.172",80 and the test answer gives (0-65535): a quoted address and an integer port',
    params: { gateway: { type: 'string' }, port: { type: 'integer', ranges: [{ min: 0, max: 65535 }] } },
  },
  '24.2.5': {
    page: 400,
    why: '<type> lists "FILE" and "TITLE" in the same cell as "SDP" (one row for four values; only the first was read); <size> is a byte count (the examples write 2960; the test answer (1-<MAX_PDU_SIZE>)); <name> and <filename> are quoted strings in the syntax, the test answer and the examples',
    params: {
      type: {
        values: [
          { value: '"PIC"', description: 'JPG/GIF/PNG/TIFF file.' },
          { value: '"TEXT"', description: 'plain text file.' },
          { value: '"AUDIO"', description: 'MIDI/WAV/AMR/MPEG file.' },
          { value: '"VIDEO"', description: '3GPP/MP4 file. (not supported)' },
          { value: '"SDP"', description: 'application/sdp type (not supported)' },
          { value: '"FILE"', description: 'file in the UE. (not supported)' },
          { value: '"TITLE"', description: 'subject of the MMS.' },
        ],
      },
      size: { type: 'integer', ranges: [{ min: 1, max: 2147483647 }] },
      name: { type: 'string' },
      filename: { type: 'string' },
    },
  },
  '24.2.6': {
    page: 401,
    why: '<index> ("the index of the file ... in the MMS body") states no type; the example writes AT+CMMSDELFILE=2: an integer',
    params: { index: { type: 'integer' } },
  },
  '24.2.7': {
    page: 402,
    why: '<address> states no type; the example quotes it (AT+CMMSSEND="13613623116"): a string of at most 60 bytes (an e-mail address; 40 for a number)',
    params: { address: { type: 'string', maxLength: 60 } },
  },
  '24.2.8': {
    page: 403,
    why: '<addr> states no type; the examples quote it (AT+CMMSRECP="13818362596"): a string of at most 60 bytes (an e-mail address; 40 for a number)',
    params: { addr: { type: 'string', maxLength: 60 } },
  },
  '24.2.9': {
    page: 404,
    why: '<addr> states no type; the examples quote it (AT+CMMSCC="13818362596"): a string of at most 60 bytes (an e-mail address; 40 for a number)',
    params: { addr: { type: 'string', maxLength: 60 } },
  },
  '24.2.10': {
    page: 405,
    why: '<addr> states no type; the examples quote it (AT+CMMSBCC="13818362596"): a string of at most 60 bytes (an e-mail address; 40 for a number)',
    params: { addr: { type: 'string', maxLength: 60 } },
  },
  '24.2.11': {
    page: 406,
    why: '<addr> states no type; the examples quote it (AT+CMMSDELRECP="13818362596"): a string of at most 60 bytes',
    params: { addr: { type: 'string', maxLength: 60 } },
  },
  '24.2.12': {
    page: 407,
    why: '<addr> states no type; the examples quote it (AT+CMMSDELCC ="13818362596"): a string of at most 60 bytes',
    params: { addr: { type: 'string', maxLength: 60 } },
  },
  '24.2.13': {
    page: 408,
    why: '<addr> states no type; the examples quote it (AT+CMMSDELBCC="13818362596"): a string of at most 60 bytes',
    params: { addr: { type: 'string', maxLength: 60 } },
  },
  '24.2.14': {
    page: 409,
    why: '<index> states no type; the test answer gives (0-1) and the example writes AT+CMMSSAVE=1: an integer 0-1',
    params: { index: { type: 'integer', ranges: [{ min: 0, max: 1 }] } },
  },
  '24.2.15': {
    page: 410,
    why: '<index> and <mmsnum> state no type; the test answer gives (0-1) and the example writes AT+CMMSDELETE=1: integers (<index> 0-1)',
    params: { index: { type: 'integer', ranges: [{ min: 0, max: 1 }] }, mmsnum: { type: 'integer' } },
  },
  '24.2.16': {
    page: 411,
    why: '<useragent> states no type; the syntax and the examples quote it (AT+CMMSUA="Test my UserAgent"): a string of at most 511 bytes',
    params: { useragent: { type: 'string', maxLength: 511 } },
  },
  '24.2.17': {
    page: 412,
    why: '<profile> states no type; the syntax and the examples quote it: a string of at most 511 bytes',
    params: { profile: { type: 'string', maxLength: 511 } },
  },
  '24.2.18': {
    page: 414,
    why: '<cid> is "1-n", n "related to the pdp command of the modem": 1-15, the contexts of AT+CGDCONT',
    params: { cid: { ranges: [{ min: 1, max: 15 }] } },
  },
};

/**
 * Sections whose Defined Values are followed by a table that is not Defined Values (the +CGEV
 * event list of AT+CGEREP): from the line starting with `from` up to the Examples heading, the
 * lines are URC rows of that chapter.
 */
export const URC_TABLE_CUTS: Record<string, { page: number; from: string }> = {
  '5.2.10': { page: 88, from: 'The events are valid for GPRS/UMTS and LTE' },
};

/** Commands missing from a chapter's overview table (the TOC and the body have them). */
export interface OverviewFix {
  page: number;
  why: string;
  add: string[];
  /** Insert after this command (default: at the end). */
  after?: string;
}

export const OVERVIEW_FIXES: Record<number, OverviewFix> = {
  10: {
    page: 182,
    why: 'the §10.1 overview table stops at AT+FSCOPY; AT+FSPRESET (§10.2.10, in the TOC) is missing',
    add: ['+FSPRESET'],
    after: '+FSCOPY',
  },
};

/** URC tables too damaged to read row by row, restored from the readable text of the section. */
export interface UrcFix {
  page: number;
  why: string;
  entries: Array<{ urc: string; description: string }>;
}

export const URC_FIXES: Record<string, UrcFix> = {
  '16.4': {
    page: 305,
    why: 'the +CMQTTRX* rows were split over three columns and a page break (the URC column interleaved with its description, "<cli>" tags for <client_index>); rebuilt from the "1)...4)" description text',
    entries: [
      {
        urc: '+CMQTTCONNLOST: <client_index>,<cause>',
        description: 'When client disconnect passively, URC "+CMQTTCONNLOST" will be reported, then user need to connect MQTT server again.',
      },
      {
        urc: '+CMQTTNONET',
        description: 'When the network is become no network, the module will report this URC. If received this message, you should restart the MQTT service by AT+CMQTTSTART.',
      },
      {
        urc: '+CMQTTRXSTART: <client_index>,<topic_total_len>,<payload_total_len>',
        description: 'If a client subscribes to one or more topics, any message published to those topics are sent by the server to the client. At the beginning of receiving published message, the module will report this to user, and indicate client index with <client_index>, the topic total length with <topic_total_len> and the payload total length with <payload_total_len>.',
      },
      {
        urc: '+CMQTTRXTOPIC: <client_index>,<sub_topic_len><CR><LF><sub_topic>',
        description: 'After the command "+CMQTTRXSTART" received, the module will report the second message to user, and indicate client index with <client_index>, the topic packet length with <sub_topic_len> and the topic content with <sub_topic> after "\\r\\n". For long topic, it will be split to multiple packets to report and the command "+CMQTTRXTOPIC" will be send more than once with the rest of topic content. The sum of <sub_topic_len> is equal to <topic_total_len>.',
      },
      {
        urc: '+CMQTTRXPAYLOAD: <client_index>,<sub_payload_len><CR><LF><sub_payload>',
        description: 'After the command "+CMQTTRXTOPIC" received, the module will send third message to user, and indicate client index with <client_index>, the payload packet length with <sub_payload_len> and the payload content with <sub_payload> after "\\r\\n". For long payload, the same as "+CMQTTRXTOPIC".',
      },
      {
        urc: '+CMQTTRXEND: <client_index>',
        description: 'At last, the module will send fourth message to user and indicate the topic and payload have been transmitted completely.',
      },
    ],
  },
};
