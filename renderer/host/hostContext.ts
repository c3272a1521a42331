/** The host, handed down through React context so components never reach for a global. */
import { createContext, useContext } from 'react';
import type { HostApi } from '../../shared/host/hostApi.js';

export const HostContext = createContext<HostApi | null>(null);

export function useHost(): HostApi {
  const host = useContext(HostContext);
  if (host === null) throw new Error('useHost outside <HostContext>');
  return host;
}
