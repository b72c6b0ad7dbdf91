/**
 * Where the running werkvorm's own components go (`WerkvormClient`): its button beside the step
 * and its side panel beside the canvas. The components are module constants of the registry, not
 * made during render; `createElement` says so to the linter, which cannot see it through a store.
 */
import { createElement } from 'react';
import { useWerkvormStore } from './werkvormStore';

export function WerkvormStepAction() {
  const StepAction = useWerkvormStore((state) => state.client.StepAction);
  return StepAction ? createElement(StepAction) : null;
}

export function WerkvormSidePanel() {
  const SidePanel = useWerkvormStore((state) => state.client.SidePanel);
  return SidePanel ? createElement(SidePanel) : null;
}
