/** The server's momentopnamen endpoints (see shared/src/api.ts). */
import type {
  CreateSnapshotRequest,
  RestoreSnapshotResponse,
  SnapshotInfo,
  SnapshotListResponse,
  SnapshotResponse,
} from '@werkbord/shared';

export interface BoardAccess {
  boardId: string;
  token: string;
}

function url({ boardId, token }: BoardAccess, path = ''): string {
  return `/api/boards/${encodeURIComponent(boardId)}/snapshots${path}?${new URLSearchParams({ t: token })}`;
}

async function request<T>(address: string, init?: RequestInit): Promise<T> {
  const response = await fetch(address, {
    ...init,
    headers: { accept: 'application/json', ...init?.headers },
  });
  if (!response.ok) throw new Error(`snapshot request failed: ${response.status}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export async function listSnapshots(access: BoardAccess): Promise<SnapshotInfo[]> {
  return (await request<SnapshotListResponse>(url(access))).snapshots;
}

export function createSnapshot(access: BoardAccess, body: CreateSnapshotRequest) {
  return request<SnapshotInfo>(url(access), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function fetchSnapshot(access: BoardAccess, id: string) {
  return request<SnapshotResponse>(url(access, `/${encodeURIComponent(id)}`));
}

export function restoreSnapshot(access: BoardAccess, id: string) {
  return request<RestoreSnapshotResponse>(url(access, `/${encodeURIComponent(id)}/restore`), {
    method: 'POST',
  });
}

export function deleteSnapshot(access: BoardAccess, id: string) {
  return request<void>(url(access, `/${encodeURIComponent(id)}`), { method: 'DELETE' });
}

export function thumbnailUrl(access: BoardAccess, id: string): string {
  return url(access, `/${encodeURIComponent(id)}/thumbnail.png`);
}
