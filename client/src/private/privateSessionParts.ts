/**
 * What privé schrijven plugs into a board session: this browser's member key (it names and opens
 * the private room) and the router that sends private cards there while the begeleider has it on.
 */
import type { TLRecord } from 'tldraw';
import { selectPrivateWriting } from '../control/controlSelectors';
import { useControlStore } from '../control/controlStore';
import type { RecordKeyValue } from '../sync/RecordKeyValue';
import type { RecordRouter } from '../sync/RecordRouter';
import { loadMemberKey } from './memberKeyStorage';
import { createPrivateRouter } from './privateRouter';

export interface PrivateSessionParts {
  memberKey: () => string;
  routerFor: (privateRecords: RecordKeyValue<TLRecord>) => RecordRouter;
}

export function privateSessionParts(boardId: string): PrivateSessionParts {
  return {
    memberKey: () => loadMemberKey(boardId),
    routerFor: (records) =>
      createPrivateRouter({
        records,
        isWriting: () => selectPrivateWriting(useControlStore.getState()),
      }),
  };
}
