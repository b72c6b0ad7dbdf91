import { Role } from '@werkbord/shared';
import { describe, expect, it } from 'vitest';
import { drawingAllowed, offeredTools, planTools, werkvormToolKeys } from './toolPlan';

describe('the tool plan', () => {
  it('puts the werkvorm’s tools first, then select and hand, and drawing behind Meer', () => {
    const plan = planTools({
      werkvormTools: ['werkbord-anekdote', 'werkbord-kaart'],
      drawing: true,
    });
    expect(plan.werkvorm).toEqual(['werkbord-anekdote', 'werkbord-kaart']);
    expect(plan.navigation).toEqual(['select', 'hand']);
    expect(plan.meer).toEqual(expect.arrayContaining(['draw', 'highlight', 'eraser', 'rectangle']));
    expect(plan.meer).not.toContain('embed');
  });

  it('offers no drawing tool, and so no drawing key, without drawing', () => {
    const plan = planTools({ werkvormTools: ['werkbord-kaart'], drawing: false });
    expect(plan.meer).toEqual([]);
    expect([...offeredTools(plan)].sort()).toEqual(['hand', 'select', 'werkbord-kaart']);
  });

  it('never offers embeds, which would load another host', () => {
    expect(offeredTools(planTools({ werkvormTools: [], drawing: true })).has('embed')).toBe(false);
  });

  it('gives the werkvorm’s tools the digits in toolbar order', () => {
    expect([
      ...werkvormToolKeys(['werkbord-stakeholder', 'werkbord-kaart', 'werkbord-relatie']),
    ]).toEqual([
      ['werkbord-stakeholder', '1'],
      ['werkbord-kaart', '2'],
      ['werkbord-relatie', '3'],
    ]);
  });

  it('lets the begeleider always draw, a deelnemer unless switched off, a meekijker never', () => {
    expect(drawingAllowed(Role.Facilitator, true)).toBe(true);
    expect(drawingAllowed(Role.Participant, false)).toBe(true);
    expect(drawingAllowed(Role.Participant, true)).toBe(false);
    expect(drawingAllowed(Role.Viewer, false)).toBe(false);
  });
});
