import type { BoardInfo } from '@werkbord/shared';
import { use, useEffect, useState } from 'react';
import { fetchClientConfig } from '../api/apiClient';
import { usePendingImport } from '../export/usePendingImport';
import { SnapshotsPanel } from '../snapshots/SnapshotsPanel';
import { SnapshotViewer } from '../snapshots/SnapshotViewer';
import { useSnapshotsStore } from '../snapshots/snapshotsStore';
import { FacilitationNotices } from '../facilitation/FacilitationBar';
import { RoundSetupDialog } from '../facilitation/RoundSetupDialog';
import { useFacilitationSession } from '../facilitation/useFacilitationSession';
import { useT } from '../i18n/useT';
import { PresentationExit } from '../presentation/PresentationExit';
import { usePresentation } from '../presentation/usePresentation';
import { PrivateWritingNotice } from '../private/PrivateWritingNotice';
import { usePrivateWriting } from '../private/usePrivateWriting';
import { useUiStore } from '../state/uiStore';
import { createUserBridge } from '../tldraw/userBridge';
import { CardOverlays } from './CardOverlays';
import { useVotingSession } from '../voting/useVotingSession';
import { VotingBar } from '../voting/VotingBar';
import { VotingDialog } from '../voting/VotingDialog';
import { SettingsDialog } from './SettingsDialog';
import { WerkvormSidePanel } from '../werkvorm/WerkvormSlots';
import { BoardCanvas } from './BoardCanvas';
import { BoardHeader } from './BoardHeader';
import { ConnectionNotice } from './ConnectionNotice';
import { NameDialog } from './NameDialog';
import { ParticipantsPanel } from './ParticipantsPanel';
import { useBoardSession } from './useBoardSession';
import { useControlBoard } from './useControlBoard';
import { useMyBoard } from './useMyBoard';
import { useParticipants } from './useParticipants';

interface BoardViewProps {
  info: BoardInfo;
  token: string;
}

/** An open board: header, the live canvas, the participant list and the name dialog. */
export function BoardView({ info, token }: BoardViewProps) {
  const t = useT();
  // The license key is runtime configuration; tldraw reads it once, so wait for it (same origin, fast).
  const config = use(fetchClientConfig());
  const identity = useUiStore((state) => state.identity);
  const language = useUiStore((state) => state.language);
  const [bridge] = useState(() => createUserBridge({ identity, language }));
  useEffect(() => bridge.update({ identity, language }), [bridge, identity, language]);

  const session = useBoardSession(info, token, bridge.$user);
  const participants = useParticipants(session?.content.awareness ?? null);
  const board = useControlBoard(session?.control.doc ?? null, info);
  useFacilitationSession(session, info.role);
  usePrivateWriting(session, info.boardId, token);
  useVotingSession(session);
  usePendingImport(session, info.boardId);
  useMyBoard(
    info,
    token,
    { title: board.title, werkvorm: board.werkvorm.id },
    session?.content.doc ?? null,
  );
  const presenting = usePresentation();
  const viewingSnapshot = useSnapshotsStore((state) => state.viewing);

  return (
    <div className="board" data-role={info.role} data-presenting={presenting}>
      {/* Everything above the canvas, hidden together while presenting. */}
      <div className="board-chrome">
        <BoardHeader
          title={board.title}
          werkvorm={board.werkvorm.id}
          role={info.role}
          participants={participants}
          boardId={info.boardId}
          token={token}
          controlDoc={session?.control.doc ?? null}
        />
        <ConnectionNotice role={info.role} />
        <FacilitationNotices />
        <PrivateWritingNotice />
        <VotingBar />
      </div>
      <div className="board__body">
        <main className="board__canvas" aria-label={board.title}>
          {session ? (
            <BoardCanvas
              session={session}
              user={bridge.preferences}
              licenseKey={config.tldrawLicenseKey}
            />
          ) : (
            <p className="page-message" role="status" data-testid="board-loading">
              {t('board.loading')}
            </p>
          )}
          <CardOverlays />
          {viewingSnapshot && <SnapshotViewer viewing={viewingSnapshot} />}
          {presenting && <PresentationExit />}
        </main>
        <WerkvormSidePanel />
        <ParticipantsPanel participants={participants} />
        <SnapshotsPanel boardId={info.boardId} token={token} role={info.role} />
      </div>
      <NameDialog />
      <RoundSetupDialog participants={participants} />
      <VotingDialog />
      <SettingsDialog
        controlDoc={session?.control.doc ?? null}
        title={board.title}
        participants={participants}
      />
    </div>
  );
}
