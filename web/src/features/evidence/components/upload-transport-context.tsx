import { createContext, useContext, type ReactNode } from 'react';
import { xhrTransport, type UploadTransport } from '@/features/evidence/lib/upload-transport';

const UploadTransportContext = createContext<UploadTransport>(xhrTransport);

/** Swaps how evidence bytes are sent (tests: a controllable or fetch-based transport). Default: XHR. */
export function UploadTransportProvider({ transport, children }: { transport: UploadTransport; children: ReactNode }) {
  return <UploadTransportContext value={transport}>{children}</UploadTransportContext>;
}

export function useUploadTransport(): UploadTransport {
  return useContext(UploadTransportContext);
}
