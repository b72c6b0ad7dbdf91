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
  'home.form.werkvormHint':
    'Choose the exercise; the board gets the background and steps that go with it.',
  'home.form.settings': 'Settings for {werkvorm}',
  'home.form.settingsHint': 'As the facilitator you can still change them on the board later.',
  'home.form.settingsInvalid': 'Please correct the settings below first.',

  'settings.none': 'This werkvorm has no settings.',
  'settings.period.from': 'From',
  'settings.period.to': 'Until',
  'settings.period.monthOf': '{end}: month',
  'settings.period.yearOf': '{end}: year',
  'settings.period.wholeYear': 'Whole year',
  'settings.names.item': 'Name {position}',
  'settings.names.add': '+ Add a name',
  'settings.names.remove': 'Remove {name}',
  'settings.names.removeShort': 'Remove',

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

  'steps.region': 'Steps of the exercise',
  'steps.position': 'Step {index} of {count}',
  'steps.positionShort': 'step {index}/{count}',
  'steps.minutes': '± {minutes} min',
  'steps.minutesLabel': 'Suggested time: about {minutes} minutes',
  'steps.optional': 'optional',
  'steps.previous': 'Previous',
  'steps.next': 'Next',
  'steps.previousLabel': 'Previous step: {title}',
  'steps.nextLabel': 'Next step: {title}',
  'steps.reflection.heading': 'Questions for reflection',
  'steps.reflection.hint':
    'Write your answers as cards in the "Reflection" area of the board: everyone sees them and they are harvested too.',
  'steps.reflection.goTo': 'To reflection',
  'steps.reflection.goToLabel': 'Bring the Reflection area into view',

  'settingsDialog.open': 'Settings',
  'settingsDialog.openLabel': 'Board settings',
  'settingsDialog.title': 'Board settings',
  'settingsDialog.intro':
    'Only you as the facilitator can change these. Everyone sees the change at once; cards move along.',
  'settingsDialog.boardTitle': 'Board title',
  'settingsDialog.titleRequired': 'Give the board a title.',
  'settingsDialog.titleTooLong': 'The title is too long (at most {max} characters).',
  'settingsDialog.addParticipants': 'Everyone who is here',
  'settingsDialog.addParticipantsHint':
    'Adds a pair of circles for every participant present who is not on the list yet.',
  'settingsDialog.addParticipantsAdded': '{count} added.',
  'settingsDialog.addParticipantsNone': 'All participants present are on the list already.',
  'settingsDialog.invalid': 'Not saved yet: check the fields with a message.',
  'settingsDialog.offline': 'The board has not loaded yet; try again in a moment.',
  'settingsDialog.save': 'Save',
  'settingsDialog.cancel': 'Cancel',
  'settingsDialog.close': 'Close',

  'teamView.toggle': 'Team overview',
  'teamView.heading': 'Team overview',
  'teamView.caption':
    'Number of cards per person in the circle of influence and the circle of concern',
  'teamView.person': 'Person',
  'teamView.invloed': 'Influence',
  'teamView.betrokkenheid': 'Concern',
  'teamView.empty': 'No cards in the circles yet.',
  'teamView.close': 'Close team overview',

  'card.tool.anekdote': 'Anecdote',
  'card.tool.stakeholder': 'Stakeholder',
  'card.tool.kaart': 'Card',
  'card.edit.anekdote': 'Edit anecdote',
  'card.edit.stakeholder': 'Edit stakeholder',
  'card.edit.kaart': 'Edit card',
  'card.field.date': 'Date',
  'card.field.datePlaceholder': '2015, 2015-03 or 2014–2016',
  'card.field.dateInvalid': 'Not a valid date',
  'card.field.title': 'Title',
  'card.field.story': 'Story',
  'card.field.name': 'Name',
  'card.field.belangen': 'Interests',
  'card.field.tags': 'Tags',
  'card.field.text': 'Text',
  'card.empty': 'Double-click to write',
  'card.placement': 'Meaning here: {label}',
  'card.author': 'Written by {name}',

  'canvas.fitBoard': 'Fit board',
  'canvas.fitBoard.label': 'Show the whole board: its layout and every card',

  'relatie.tool': 'Relation',
  'relatie.aria': 'Relation ({strength})',
  'relatie.hint.first':
    'Drag from a card to another card or the centre, or tap them one after the other.',
  'relatie.hint.second': 'Now tap the second card or the centre.',
  'relatie.hint.drop': 'Release on the second card or on the centre.',
  'relatie.strength': 'Strength of the relation',
  'relatie.verbind': 'Connect',
  'relatie.verbind.label': 'Connect the two selected cards with a relation',
};
