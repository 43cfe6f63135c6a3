// The <err> of chapter 23 (manual §23.3.1): results of AT+WSSTART/STOP/LINK/UNLINK/PUSH.

export const WS_ERR = {
  OK: 0,
  FAILED: 1,
  SEND_HANDSHAKE: 2,
  PARSE_HANDSHAKE: 3,
  SOCKET: 4,
  CONNECT: 5,
  INVALID_PARAMETER: 6,
  NETWORK_OPENED: 7,
  NETWORK_NOT_OPEN: 8,
} as const;

export type WsErr = (typeof WS_ERR)[keyof typeof WS_ERR];
