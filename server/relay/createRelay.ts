/** Builds the relay core with its login, request and room-event handlers. */
import { handleLogin } from './login.js';
import { Relay, type RelayDeps } from './relay.js';
import { handleRequest } from './requests.js';
import { applyRoomEvent } from './roomEvents.js';

export function createRelay(deps: RelayDeps): Relay {
  return new Relay(deps, { login: handleLogin, request: handleRequest, roomEvent: applyRoomEvent });
}
