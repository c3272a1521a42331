/**
 * Restricted values of the open case, sealed for their audience (docs/afscherming.md): one keyring
 * for the audiences of restricted values (the annotation keyring's mechanism, given `zicht`), the
 * device's `WaardenAfscherming` registered on the case's document, and a pass whenever the signed
 * membership log's devices change. Started before the workspace shows the case, so no restricted
 * value is ever written in the clear from this device.
 */
import { AnnotatieKeyring } from '../../shared/annotaties/index.js';
import { WaardenAfscherming, zichtLeden } from '../../shared/afscherming/index.js';
import { localOrigin, type CaseModel, type Viewer } from '../../shared/model/index.js';
import type { CaseSession } from '../../shared/sync/session/caseSession.js';

export interface SessionAfscherming {
  readonly afscherming: WaardenAfscherming;
  /** Seals what is waiting, then stops. */
  stop(): Promise<void>;
}

export function startAfscherming(session: CaseSession, model: CaseModel, viewer: Viewer, kanSchrijven: boolean): SessionAfscherming {
  const devices = () => session.devices;
  const origin = localOrigin(viewer.deelnemerId);
  const keyring = new AnnotatieKeyring({
    crypto: window.crypto,
    doc: session.doc,
    device: session.device,
    devices,
    self: { orgId: viewer.orgId, voorzitter: viewer.rollen.includes('voorzitter') },
    origin,
    zicht: zichtLeden({ model, viewer, devices }),
  });
  // A failed pass is retried on the next change; its cause carries no content.
  const afscherming = new WaardenAfscherming({
    crypto: window.crypto,
    doc: session.doc,
    keyring,
    origin,
    onError: () => undefined,
    alleenLezen: !kanSchrijven,
  });
  const stopPasses = afscherming.start();
  const onDevices = (): void => afscherming.plan();
  session.on('devices', onDevices);
  return {
    afscherming,
    async stop() {
      session.off('devices', onDevices);
      await afscherming.klaar().catch(() => undefined);
      stopPasses();
    },
  };
}
