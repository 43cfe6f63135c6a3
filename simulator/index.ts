// The public API of modemsim: what applications and their tests import. Curated: anything not
// exported here is internal and may change.

export { Modem, type ModemOptions, type ModemEvents, type ModemSignals, type PowerState } from './core/modem.js';
export { ManualClock, RealClock, InstantClock, type Clock } from './core/clock.js';
export { ModemSimError, type ModemSimErrorCode } from './core/errors.js';
export { createSimulatorBinding, type AttachOptions, type SimulatorBinding, type SimulatorPortBinding } from './transports/binding.js';
export { openPtyTransport, type PtyTransport } from './transports/pty.js';
export { openTcpTransport, type TcpTransport } from './transports/tcp.js';
export type { ShapingOptions } from './transports/output-shaper.js';
export { ModemControl } from './control/control.js';
export { getProfile, profileNames, overlayProfile, SIM767XX, type Profile } from './profiles/index.js';
export { loadCommandTable, type CommandTable } from './spec/table.js';
export type { CommandSpec, ParamSpec, FormKind } from './spec/types.js';
export { escapeBytes, unescapeBytes } from './core/escape.js';
export { teFrame, controlMessage, parseFrames, dataOn, fcs27010, type ReceivedFrame } from './serial/testing/mux-te.js';
export { SmsNetwork, type OutboxEntry, type SmsNetworkOptions } from './sms/network.js';
export { fileSystemOf, ModuleFileSystem, type FsEntry, type FsError, type FsErrorCode, type FsPath, type FsResult, type FileSystemProfile } from './fs/index.js';
