/** Builds the relay core with its login and request handlers. */
import { handleLogin } from './login.js';
import { Relay, type RelayDeps } from './relay.js';
import { handleRequest } from './requests.js';

export function createRelay(deps: RelayDeps): Relay {
  return new Relay(deps, { login: handleLogin, request: handleRequest });
}
