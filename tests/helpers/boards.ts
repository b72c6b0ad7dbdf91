/** Creating boards through the public HTTP API, as the client does. */
import type { CreateBoardRequest, CreateBoardResponse, Role } from '@werkbord/shared';

export interface TestBoard {
  boardId: string;
  tokens: Record<Role, string>;
}

/**
 * A blank board by default; `settings` left out gives the werkvorm's defaults; `more` are further
 * fields of the request (`anonymous`).
 */
export async function createBoard(
  httpUrl: string,
  title = 'Testbord',
  werkvorm = 'leeg-bord',
  settings?: unknown,
  more: Omit<CreateBoardRequest, 'werkvorm' | 'title' | 'settings'> = {},
): Promise<TestBoard> {
  const response = await fetch(`${httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ werkvorm, title, settings, ...more }),
  });
  if (response.status !== 201) throw new Error(`POST /api/boards → ${response.status}`);
  const { boardId, links } = (await response.json()) as CreateBoardResponse;
  return {
    boardId,
    tokens: {
      facilitator: tokenOf(links.facilitator),
      participant: tokenOf(links.participant),
      viewer: tokenOf(links.viewer),
    },
  };
}

export function tokenOf(link: string): string {
  const token = new URL(link, 'http://x').searchParams.get('t');
  if (token === null) throw new Error(`no token in ${link}`);
  return token;
}
