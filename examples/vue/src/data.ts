import type { Paper, ScheduleItem, Speaker, Sponsor } from 'workshop-elements';

export const program: ScheduleItem[] = [
  { section: 'Morning' },
  { start: '08:30', end: '08:45', title: 'Opening remarks', type: 'remarks' },
  {
    start: '08:45',
    end: '09:30',
    title: 'Machine learning for multiscale models',
    type: 'keynote',
    speakers: ['Weinan E'],
  },
  { start: '09:30', end: '10:00', title: 'Coffee break', type: 'break' },
];

export const speaker: Speaker = {
  name: 'Terence Tao',
  affiliation: 'UCLA',
  role: 'Invited speaker',
  bio: 'Works on harmonic analysis, PDE and combinatorics.',
};

export const papers: Paper[] = [
  { id: 'deep-ritz', title: 'The Deep Ritz Method', authors: ['Weinan E', 'Bing Yu'], type: 'oral' },
  { id: 'pinn', title: 'Physics-Informed Neural Networks', authors: ['Maziar Raissi'] },
];

export const latePaper: Paper = { id: 'late-breaking', title: 'A Late-Breaking Result', authors: ['Emmy Noether'] };

export const sponsors: Sponsor[] = [
  { name: 'DeepMind', tier: 'Gold' },
  { name: 'Salesforce Research', tier: 'Silver' },
];
