// The world around the GNSS receiver: where the module is and how it moves, how much of the sky
// its antenna sees, and the AGNSS server +CAGPS fetches assistance data from. Like the network
// world (simulator/network/world.ts) it is not module state: it lives in the Modem's attachments,
// survives the module's power cycles, and only control actions change it ("set position",
// "set track", "set sky", "set agnss").
//
// Defaults: the position of the manual's AT+CGPSINFO example (§21.2.20: 31°13.343286' N,
// 121°21.234064' E, 44.1 m — Shanghai), standing still, open sky, and an AGNSS server named
// agnss.example.net:80 (RFC 2606), which the simulated internet does not know until a test or
// user maps it (`set agnss --server 127.0.0.1 --port ...`, or a host in the network world).

import { AttachmentKey } from '../core/attachments.js';
import type { ModemServices } from '../core/handler.js';
import { positionOnTrack, type Motion, type Waypoint } from './geodesy.js';

export type PositionSource =
  /** A point, possibly with a velocity the receiver reports (the point itself does not move). */
  | { kind: 'fixed'; motion: Motion }
  /** Waypoints followed from `startedAt` (clock ms) at each leg's speed. */
  | { kind: 'track'; waypoints: Waypoint[]; startedAt: number };

export interface Sky {
  /** The antenna sees the sky (false: indoors, underground, no antenna: no satellite at all). */
  open: boolean;
  /** Attenuation of every satellite's signal, dB (0 open sky; ~15 in a building near a window). */
  attenuationDb: number;
}

export interface AgnssServer {
  /** Host name or dotted address. A name must be listed in the network world's hosts. */
  server: string;
  port: number;
  /** Path of the assistance file fetched with HTTP/1.1 GET. */
  path: string;
  /** How long downloaded assistance data helps a start (ms): 6 h, the shortest EPO validity. */
  validityMs: number;
}

export interface GnssWorld {
  position: PositionSource;
  /** WGS-84 ellipsoid height minus MSL height at the position (NMEA GGA "geoidal separation"). */
  geoidSeparationM: number;
  sky: Sky;
  agnss: AgnssServer;
}

export const MANUAL_POSITION: Readonly<Motion> = { lat: 31 + 13.343286 / 60, lon: 121 + 21.234064 / 60, alt: 44.1, speedMps: 0, courseDeg: 0 };

export function defaultGnssWorld(): GnssWorld {
  return {
    position: { kind: 'fixed', motion: { ...MANUAL_POSITION } },
    geoidSeparationM: 0,
    sky: { open: true, attenuationDb: 0 },
    agnss: { server: 'agnss.example.net', port: 80, path: '/agnss/current.bin', validityMs: 6 * 3600_000 },
  };
}

const GNSS_WORLD = new AttachmentKey<GnssWorld>('gnss-world');

/** The GNSS world of this simulator, created on first use. */
export function gnssWorld(services: Pick<ModemServices, 'instance'>): GnssWorld {
  return services.instance.attachments.getOrCreate(GNSS_WORLD, defaultGnssWorld);
}

/** Where the module is at `now`. */
export function motionAt(world: GnssWorld, now: number): Motion {
  const p = world.position;
  return p.kind === 'fixed' ? p.motion : positionOnTrack(p.waypoints, now - p.startedAt);
}
