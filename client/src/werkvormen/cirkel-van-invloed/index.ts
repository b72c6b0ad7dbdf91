/** The cirkel van invloed in the client: the team view that compares everyone's circles. */
import type { WerkvormClient } from '../../werkvorm/werkvormClient';
import { TeamView, TeamViewToggle } from './TeamView';

export const cirkelVanInvloedClient: WerkvormClient = {
  StepAction: TeamViewToggle,
  SidePanel: TeamView,
};
