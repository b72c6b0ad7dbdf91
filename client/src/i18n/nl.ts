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
  'home.form.werkvormHint':
    'Kies de oefening; het bord krijgt de achtergrond en stappen die erbij horen.',
  'home.form.settings': 'Instellingen voor {werkvorm}',
  'home.form.settingsHint': 'Als begeleider kun je ze later op het bord nog aanpassen.',
  'home.form.settingsInvalid': 'Verbeter eerst de instellingen hieronder.',

  'settings.none': 'Deze werkvorm heeft geen instellingen.',
  'settings.period.from': 'Van',
  'settings.period.to': 'Tot en met',
  'settings.period.monthOf': '{end}: maand',
  'settings.period.yearOf': '{end}: jaar',
  'settings.period.wholeYear': 'Hele jaar',
  'settings.names.item': 'Naam {position}',
  'settings.names.add': '+ Naam toevoegen',
  'settings.names.remove': 'Verwijder {name}',
  'settings.names.removeShort': 'Verwijderen',

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

  'steps.region': 'Stappen van de werkvorm',
  'steps.position': 'Stap {index} van {count}',
  'steps.positionShort': 'stap {index}/{count}',
  'steps.minutes': '± {minutes} min',
  'steps.minutesLabel': 'Voorgestelde tijd: ongeveer {minutes} minuten',
  'steps.optional': 'optioneel',
  'steps.previous': 'Vorige',
  'steps.next': 'Volgende',
  'steps.previousLabel': 'Vorige stap: {title}',
  'steps.nextLabel': 'Volgende stap: {title}',
  'steps.reflection.heading': 'Vragen ter reflectie',
  'steps.reflection.hint':
    'Schrijf jullie antwoorden als kaartjes in het vak "Reflectie" op het bord: zo ziet iedereen ze en worden ze mee geoogst.',
  'steps.reflection.goTo': 'Naar reflectie',
  'steps.reflection.goToLabel': 'Breng het vak Reflectie in beeld',

  'settingsDialog.open': 'Instellingen',
  'settingsDialog.openLabel': 'Instellingen van het bord',
  'settingsDialog.title': 'Instellingen van het bord',
  'settingsDialog.intro':
    'Alleen jij als begeleider kunt dit veranderen. Iedereen ziet de wijziging meteen; kaartjes verhuizen mee.',
  'settingsDialog.boardTitle': 'Titel van het bord',
  'settingsDialog.titleRequired': 'Geef het bord een titel.',
  'settingsDialog.titleTooLong': 'De titel is te lang (maximaal {max} tekens).',
  'settingsDialog.addParticipants': 'Iedereen die er is',
  'settingsDialog.addParticipantsHint':
    'Voegt een paar cirkels toe voor elke aanwezige deelnemer die nog niet in de lijst staat.',
  'settingsDialog.addParticipantsAdded': '{count} toegevoegd.',
  'settingsDialog.addParticipantsNone': 'Alle aanwezige deelnemers staan al in de lijst.',
  'settingsDialog.invalid': 'Nog niet opgeslagen: controleer de velden met een melding.',
  'settingsDialog.offline': 'Het bord is nog niet geladen; probeer het zo opnieuw.',
  'settingsDialog.save': 'Opslaan',
  'settingsDialog.cancel': 'Annuleren',
  'settingsDialog.close': 'Sluiten',

  'teamView.toggle': 'Teamoverzicht',
  'teamView.heading': 'Teamoverzicht',
  'teamView.caption':
    'Aantal kaartjes per persoon in de cirkel van invloed en in de cirkel van betrokkenheid',
  'teamView.person': 'Persoon',
  'teamView.invloed': 'Invloed',
  'teamView.betrokkenheid': 'Betrokkenheid',
  'teamView.empty': 'Nog geen kaartjes in de cirkels.',
  'teamView.close': 'Teamoverzicht sluiten',

  'card.tool.anekdote': 'Anekdote',
  'card.tool.stakeholder': 'Stakeholder',
  'card.tool.kaart': 'Kaart',
  'card.edit.anekdote': 'Anekdote bewerken',
  'card.edit.stakeholder': 'Stakeholder bewerken',
  'card.edit.kaart': 'Kaart bewerken',
  'card.field.date': 'Datum',
  'card.field.datePlaceholder': '2015, 2015-03 of 2014–2016',
  'card.field.dateInvalid': 'Geen geldige datum',
  'card.field.title': 'Titel',
  'card.field.story': 'Verhaal',
  'card.field.name': 'Naam',
  'card.field.belangen': 'Belangen',
  'card.field.tags': 'Kenmerken',
  'card.field.text': 'Tekst',
  'card.empty': 'Dubbelklik om te schrijven',
  'card.placement': 'Betekenis op deze plek: {label}',
  'card.author': 'Geschreven door {name}',

  'canvas.fitBoard': 'Alles in beeld',
  'canvas.fitBoard.label': 'Toon het hele bord: de indeling en alle kaarten',

  'relatie.tool': 'Relatie',
  'relatie.aria': 'Relatie ({strength})',
  'relatie.hint.first':
    'Sleep van een kaart naar een andere kaart of het midden, of tik ze na elkaar aan.',
  'relatie.hint.second': 'Tik nu op de tweede kaart of op het midden.',
  'relatie.hint.drop': 'Laat los op de tweede kaart of op het midden.',
  'relatie.strength': 'Sterkte van de relatie',
  'relatie.verbind': 'Verbind',
  'relatie.verbind.label': 'Verbind de twee gekozen kaarten met een relatie',
} as const;

export type MessageKey = keyof typeof nl;
/** Every language must translate every key of the Dutch texts, and nothing else. */
export type Messages = Record<MessageKey, string>;
