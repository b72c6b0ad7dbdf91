/**
 * Werkbord's own interface texts in Dutch, the default language. `{name}` placeholders are filled
 * by `translate`. The keys are the contract: `en.ts` must translate every one of them.
 */
export const nl = {
  'app.name': 'Werkbord',
  'app.tagline': 'Samen werken aan één bord',

  'language.label': 'Taal',
  'language.nl': 'Nederlands',
  'language.en': 'English',

  'home.intro':
    'Een gedeeld whiteboard voor werkvormen. Maak een bord, deel de links en werk samen: in de zaal op het grote scherm, op laptops en telefoons, of op afstand.',
  'home.form.heading': 'Nieuw bord',
  'home.form.title': 'Titel van het bord',
  'home.form.titlePlaceholder': 'Bijv. Teamdag maart',
  'home.form.titleRequired': 'Geef het bord een titel.',
  'home.form.titleTooLong': 'De titel is te lang (maximaal {max} tekens).',
  'home.form.werkvorm': 'Werkvorm',
  'home.form.submit': 'Bord maken',
  'home.form.submitting': 'Bord wordt gemaakt…',

  'home.links.heading': 'Je bord is klaar',
  'home.links.intro':
    'Deel de juiste link met de juiste mensen. Wie een link heeft, komt op het bord: bewaar de begeleiderslink voor jezelf.',
  'home.links.facilitator': 'Begeleider',
  'home.links.facilitatorHint': 'Bereidt het bord voor, leidt de stappen en oogst het resultaat.',
  'home.links.participant': 'Deelnemer',
  'home.links.participantHint': 'Schrijft en verplaatst kaartjes.',
  'home.links.viewer': 'Meekijker',
  'home.links.viewerHint': 'Kijkt mee zonder iets te veranderen.',
  'home.links.copy': 'Kopieer',
  'home.links.copied': 'Gekopieerd',
  'home.links.copyLabel': 'Kopieer de link voor {role}',
  'home.links.copyFailed': 'Kopiëren lukte niet. Selecteer de link en kopieer hem zelf.',
  'home.links.open': 'Open als begeleider',
  'home.links.another': 'Nog een bord maken',

  'error.network':
    'Geen verbinding met de server. Controleer je internetverbinding en probeer het opnieuw.',
  'error.unexpected': 'Er ging iets mis (foutcode {status}). Probeer het later opnieuw.',
  'error.retry': 'Opnieuw proberen',
  'error.home': 'Naar de startpagina',

  'board.loading': 'Bord laden…',
  'board.error.title': 'Het bord kan niet worden geopend',
  'board.error.forbidden':
    'Deze link is niet geldig. Controleer of je de hele link hebt gekopieerd, of vraag de begeleider om een nieuwe link.',
  'board.error.notFound':
    'Dit bord bestaat niet (meer). Controleer de link of vraag de begeleider om een nieuwe.',
  'board.error.noToken':
    'Deze link is onvolledig: het deel na "?t=" ontbreekt. Vraag de begeleider om de hele link.',
  'board.werkvorm': 'Werkvorm: {name}',
  'board.viewerNotice': 'Je kijkt mee: je kunt het bord bekijken, maar niet veranderen.',

  'role.facilitator': 'Begeleider',
  'role.participant': 'Deelnemer',
  'role.viewer': 'Meekijker — alleen lezen',
  'role.viewerShort': 'Meekijker',

  'status.label': 'Verbinding',
  'status.connecting': 'Verbinden…',
  'status.connected': 'Verbonden',
  'status.reconnecting': 'Opnieuw verbinden…',
  'status.offline': 'Offline',
  'status.stopped': 'Niet verbonden',
  'status.offlineHint':
    'Je kunt gewoon doorwerken. Je wijzigingen blijven bewaard en worden gedeeld zodra je weer verbinding hebt.',
  'sync.closed.unauthorized':
    'Deze link is niet (meer) geldig. Vraag de begeleider om een nieuwe link.',
  'sync.closed.forbidden': 'Met deze link mag je dit bord niet openen.',
  'sync.closed.notFound': 'Dit bord bestaat niet (meer).',
  'sync.closed.rateLimited':
    'Er kwamen te veel wijzigingen tegelijk binnen. We verbinden zo opnieuw.',
  'sync.closed.roomFull': 'Er zijn nu te veel mensen op dit bord. We proberen het zo opnieuw.',
  'sync.closed.serverRestart': 'De server start opnieuw op. We verbinden zo weer.',

  'name.title': 'Hoe heet je?',
  'name.body':
    'De anderen op het bord zien je naam bij je cursor en in de lijst van aanwezigen. Je browser onthoudt hem voor alle borden.',
  'name.label': 'Je naam',
  'name.placeholder': 'Bijv. Fatima',
  'name.required': 'Vul je naam in.',
  'name.submit': 'Naar het bord',
  'name.change': 'Naam wijzigen',

  'participants.count': '{count} aanwezig',
  'participants.toggle': 'Wie zijn er aanwezig?',
  'participants.heading': 'Aanwezig',
  'participants.you': '(jij)',
  'participants.close': 'Sluiten',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'Deze pagina bestaat niet. Een bordlink ziet eruit als /b/…?t=…',
} as const;

export type MessageKey = keyof typeof nl;
/** Every language must translate every key of the Dutch texts, and nothing else. */
export type Messages = Record<MessageKey, string>;
