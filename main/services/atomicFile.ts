/**
 * Writes a file so that a crash or a full disk leaves either the old content or the new one,
 * never half of each: write a temporary file beside it, flush it to disk, rename it over.
 */
import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs/promises';
import path from 'node:path';

/** The few file operations the services need; tests pass a wrapper that fails on purpose. */
export interface FileSystemLike {
  open: typeof nodeFs.open;
  rename: typeof nodeFs.rename;
  rm: typeof nodeFs.rm;
  readFile: typeof nodeFs.readFile;
  mkdir: typeof nodeFs.mkdir;
}

export const nodeFileSystem: FileSystemLike = nodeFs;

/** Writes `data` to `filePath` atomically, readable by the current user only. */
export async function writeFileAtomic(filePath: string, data: Uint8Array | string, fs: FileSystemLike = nodeFileSystem): Promise<void> {
  const dir = path.dirname(filePath);
  await fs.mkdir(dir, { recursive: true });
  const tempPath = path.join(dir, `.${path.basename(filePath)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(tempPath, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, filePath);
  } catch (error) {
    await fs.rm(tempPath, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Whether a file-system error means "no space left" (the user can fix that). */
export function isDiskFullError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/** Whether a file-system error means the file is not there. */
export function isNotFoundError(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT';
}
