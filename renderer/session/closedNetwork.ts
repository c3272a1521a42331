/**
 * May this device use a plain ws:// relay outside this machine? Only when the relay's operator
 * said so (`--closed-network`, answered at /transport.json): a closed network without TLS. The
 * answer comes over the same unprotected network, so it guards against accidents, not attackers —
 * an attacker on that path is a lying relay, which the sync core withstands on its own
 * (docs/threat-model.md). The workspace then names the connection unprotected.
 */
import { parseRelayUrl } from '../../shared/host/relayUrl.js';

const asked = new Map<string, Promise<boolean>>();

export function closedNetworkAllows(relayUrl: string): Promise<boolean> {
  const address = parseRelayUrl(relayUrl);
  if (address === null) return Promise.resolve(false);
  let answer = asked.get(address.httpOrigin);
  if (answer === undefined) {
    answer = fetch(`${address.httpOrigin}/transport.json`, { cache: 'no-store', credentials: 'omit' })
      .then(async (res) => res.ok && ((await res.json()) as { closedNetwork?: unknown }).closedNetwork === true)
      .catch(() => false);
    asked.set(address.httpOrigin, answer);
  }
  return answer;
}
