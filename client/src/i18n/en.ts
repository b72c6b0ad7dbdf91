import type { Messages } from './nl';

/** Werkbord's own interface texts in English, the second language. */
export const en: Messages = {
  'app.name': 'Werkbord',
  'app.tagline': 'Working together on one board',

  'language.label': 'Language',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'home.intro':
    'A shared whiteboard for group exercises (werkvormen). Create a board, share the links and work together: in the room on the big screen, on laptops and phones, or remotely.',
  'home.form.heading': 'New board',
  'home.form.title': 'Board title',
  'home.form.titlePlaceholder': 'E.g. Team day March',
  'home.form.titleRequired': 'Give the board a title.',
  'home.form.titleTooLong': 'The title is too long (at most {max} characters).',
  'home.form.werkvorm': 'Exercise',
  'home.form.submit': 'Create board',
  'home.form.submitting': 'Creating board…',

  'home.links.heading': 'Your board is ready',
  'home.links.intro':
    'Share the right link with the right people. Anyone with a link can join the board: keep the facilitator link to yourself.',
  'home.links.facilitator': 'Facilitator',
  'home.links.facilitatorHint': 'Prepares the board, guides the steps and harvests the result.',
  'home.links.participant': 'Participant',
  'home.links.participantHint': 'Writes and moves notes.',
  'home.links.viewer': 'Viewer',
  'home.links.viewerHint': 'Watches without changing anything.',
  'home.links.copy': 'Copy',
  'home.links.copied': 'Copied',
  'home.links.copyLabel': 'Copy the link for {role}',
  'home.links.copyFailed': 'Copying did not work. Select the link and copy it yourself.',
  'home.links.open': 'Open as facilitator',
  'home.links.another': 'Create another board',

  'error.network': 'Cannot reach the server. Check your internet connection and try again.',
  'error.unexpected': 'Something went wrong (error code {status}). Please try again later.',
  'error.retry': 'Try again',
  'error.home': 'Go to the start page',

  'board.loading': 'Loading board…',
  'board.error.title': 'The board cannot be opened',
  'board.error.forbidden':
    'This link is not valid. Check that you copied the whole link, or ask the facilitator for a new one.',
  'board.error.notFound':
    'This board does not exist (anymore). Check the link or ask the facilitator for a new one.',
  'board.error.noToken':
    'This link is incomplete: the part after "?t=" is missing. Ask the facilitator for the whole link.',
  'board.werkvorm': 'Exercise: {name}',
  'board.viewerNotice': 'You are viewing: you can look at the board but not change it.',

  'role.facilitator': 'Facilitator',
  'role.participant': 'Participant',
  'role.viewer': 'Viewer — read only',
  'role.viewerShort': 'Viewer',

  'status.label': 'Connection',
  'status.connecting': 'Connecting…',
  'status.connected': 'Connected',
  'status.reconnecting': 'Reconnecting…',
  'status.offline': 'Offline',
  'status.stopped': 'Not connected',
  'status.offlineHint':
    'You can keep working. Your changes are kept and shared as soon as you are connected again.',
  'sync.closed.unauthorized':
    'This link is not valid (anymore). Ask the facilitator for a new link.',
  'sync.closed.forbidden': 'This link does not give access to this board.',
  'sync.closed.notFound': 'This board does not exist (anymore).',
  'sync.closed.rateLimited': 'Too many changes arrived at once. Reconnecting shortly.',
  'sync.closed.roomFull':
    'There are too many people on this board right now. Trying again shortly.',
  'sync.closed.serverRestart': 'The server is restarting. Reconnecting shortly.',

  'name.title': 'What is your name?',
  'name.body':
    'Others on the board see your name next to your cursor and in the list of people present. Your browser remembers it for all boards.',
  'name.label': 'Your name',
  'name.placeholder': 'E.g. Fatima',
  'name.required': 'Please enter your name.',
  'name.submit': 'Go to the board',
  'name.change': 'Change name',

  'participants.count': '{count} present',
  'participants.toggle': 'Who is here?',
  'participants.heading': 'Present',
  'participants.you': '(you)',
  'participants.close': 'Close',

  'notFound.title': 'Page not found',
  'notFound.body': 'This page does not exist. A board link looks like /b/…?t=…',
};
