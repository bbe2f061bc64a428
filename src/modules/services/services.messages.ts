import { registerMessages } from '../../platform/i18n.js';

/**
 * Messages of the services module. The `services.rules.*` keys are the texts of
 * the register rules (policy-v1 section C) reported by `checkServiceRules`; each
 * says what the rule requires in plain words and what to do about it.
 */
registerMessages({
  lv: {
    // R01
    'services.rules.needs.missing':
      'Pakalpojumam jāapmierina vismaz viena pakalpojuma saņēmēja vajadzība; pakalpojums, kas neapmierina nevienu vajadzību, nav pakalpojums. Piesaistiet vismaz vienu vajadzību.',
    // R02
    'services.rules.activityDirection.missing':
      'Pakalpojumam jāatbilst iestādes pamatdarbības funkcijām un darbības jomai. Norādiet, kuram iestādes pamatdarbības virzienam pakalpojums pieder.',
    'services.rules.activityDirection.notOwners':
      'Norādītais pamatdarbības virziens nav pakalpojuma saimnieka iestādes virziens. Izvēlieties kādu no iestādes pamatdarbības virzieniem.',
    // R03
    'services.rules.notAService.ownServiceSupport':
      'Iespējams, tas nav pakalpojums: atbalsts savas iestādes pakalpojumiem (arī konsultēšana par tiem) ir šo pakalpojumu obligāta sastāvdaļa, nevis atsevišķs pakalpojums. Iekļaujiet atbalsta nosacījumus (laikus, kanālus) attiecīgo pakalpojumu PLVN.',
    'services.rules.notAService.generalInformation':
      'Iespējams, tas nav pakalpojums: vispārējas skaidrojošas un izglītojošas informācijas pieejamības nodrošināšana (arī publicēšana iestādes tīmekļvietnē) nav uzskatāma par pakalpojumu. Pārskatiet, vai to reģistrēt kā pakalpojumu.',
    'services.rules.notAService.internalSupport':
      'Iespējams, tas nav pakalpojums: pašas iestādes atbalsta funkcijas (piemēram, lietvedība, grāmatvedība, IKT nodrošināšana) nav pakalpojumi. Ja tās sniedz citām iestādēm, reģistrējiet to kā starpiestāžu pakalpojumu.',
    'services.rules.notAService.administrative':
      'Iespējams, tas nav pakalpojums: publiskās pārvaldes administratīvās funkcijas (politiku, plānošanas dokumentu, vadlīniju un normatīvā regulējuma izstrāde, kontrole un uzraudzība, saziņa ar sabiedrību — atbildes uz vēstulēm, iesniegumiem un sūdzībām) nav pakalpojumi. Pārskatiet, vai to reģistrēt kā pakalpojumu.',
    // R05
    'services.rules.plvn.supportMissing':
      'Katrs pakalpojums ietver atbalstu tā saņēmējiem, un atbalsta nosacījumi ir daļa no PLVN. Pievienojiet kādam PLVN komplektam atbalsta laiku vai atbalsta kanālus.',
    // R06
    'services.rules.provider.plvnLower':
      'Pakalpojuma sniedzēja {provider} PLVN komplektā “{set}” rādītājs “{indicator}” ({providerValue}) ir sliktāks nekā pakalpojuma saimnieka noteiktais ({ownerValue}). Saimnieka PLVN ir minimālie: sniedzējs tos var paaugstināt, bet ne pazemināt.',
    'services.rules.provider.plvnIndicatorMissing':
      'Pakalpojuma sniedzēja {provider} PLVN komplektā “{set}” nav rādītāja “{indicator}”, ko noteicis pakalpojuma saimnieks ({ownerValue}). Pievienojiet to ar vismaz tikpat labu vērtību; līdz tam spēkā ir saimnieka vērtība.',
    'services.rules.provider.plvnIncomparable':
      'Pakalpojuma sniedzēja {provider} PLVN komplekta “{set}” rādītāju “{indicator}” nevar salīdzināt ar saimnieka noteikto, jo atšķiras mērvienības ({providerUnit} un {ownerUnit}). Izmantojiet saimnieka mērvienību.',
    // R07
    'services.rules.name.missing':
      'Norādiet pakalpojuma nosaukumu latviešu valodā. Nosaukums raksturo, ko dara pakalpojuma sniedzējs: objekts + darbība, piemēram, “Pabalsta piešķiršana”.',
    'services.rules.name.partsIncomplete':
      'Nosaukumam obligātas ir divas sastāvdaļas: objekts un darbība. Aizpildiet abas.',
    'services.rules.name.partsMismatch':
      'Nosaukums neatbilst tā sastāvdaļām (objekts + darbība + papildu informācija). Sagaidāmais nosaukums: “{expected}”.',
    'services.rules.name.noAction':
      'Nosaukumā nav atrasta darbība, ko veic pakalpojuma sniedzējs (piemēram, “izsniegšana”, “reģistrācija”). Nosaukumam obligāti jāsastāv no objekta un darbības, piemēram, “Semināru organizēšana nevalstisko organizāciju pārstāvjiem”.',
    // R08
    'services.rules.name.wordCount':
      'Nosaukumam jābūt pēc iespējas īsam: {min}–{max} vārdi (tagad {count}).',
    'services.rules.name.recipientAction':
      'Nosaukuma darbība “{word}” apraksta to, ko dara pakalpojuma saņēmējs. Nosaukumam jāraksturo, ko dara pakalpojuma sniedzējs: piemēram, “Pabalsta piešķiršana”, nevis “Pieteikšanās pabalstam”.',
    // R12–R14
    'services.rules.owner.missing':
      'Katram pakalpojumam ir tieši viens pakalpojuma saimnieks. Norādiet iestādi, kas ir pakalpojuma saimnieks.',
    'services.rules.manager.missing':
      'Katram pakalpojumam obligāti ir viens pakalpojuma vadītājs. Ieceliet pakalpojuma vadītāju.',
    'services.rules.manager.multiple':
      'Pakalpojumam var būt tikai viens pakalpojuma vadītājs, bet iecelti ir {count}. Atstājiet vienu.',
    'services.rules.portfolioManager.missing':
      'Iestādei, kuras pārziņā ir pakalpojumi, jābūt tieši vienam pakalpojumu kopuma vadītājam. Ieceliet iestādes pakalpojumu kopuma vadītāju.',
    // R19
    'services.rules.provider.noResponsiblePerson':
      'Pakalpojuma sniedzējam {provider} nav iecelta neviena atbildīgā persona. Katrā sniedzēja iestādē jābūt vismaz vienai personai, kas sniedz pakalpojumu.',
    'services.rules.provider.duplicate':
      'Pakalpojuma sniedzējs {provider} norādīts vairākas reizes. Atstājiet vienu ierakstu.',
    // R20, R21
    'services.rules.plvn.missing':
      'PLVN ir obligāti katram pakalpojumam neatkarīgi no tā veida. Pievienojiet vismaz vienu PLVN komplektu ar vismaz vienu rādītāju.',
    'services.rules.plvn.emptySet':
      'PLVN komplektā “{set}” nav neviena rādītāja. Pievienojiet rādītājus vai dzēsiet komplektu.',
    'services.rules.plvn.setNameMissing':
      'Norādiet PLVN komplekta nosaukumu (piemēram, kuriem saņēmējiem vai kādā situācijā tas attiecas).',
    'services.rules.plvn.setNameDuplicate':
      'Vairākiem PLVN komplektiem ir vienāds nosaukums “{set}”. Komplektu var būt vairāki, bet katram jābūt savam nosaukumam.',
    'services.rules.plvn.indicatorKindUnknown':
      'Nezināms PLVN rādītāja veids “{kind}”. Izvēlieties rādītāja veidu no saraksta.',
    'services.rules.plvn.indicatorTargetMissing':
      'PLVN komplekta “{set}” rādītājam “{indicator}” nav norādīta mērķa vērtība. Norādiet vērtību (atbalsta kanāliem — kanālu sarakstu).',
    // R24
    'services.rules.recipientType.missing':
      'Norādiet pakalpojuma veidu: publisks (individuāla vai vispārēja labuma) vai starpiestāžu (individuālas lietošanas vai koplietošanas).',
    'services.rules.recipientType.invalid':
      'Nezināms pakalpojuma veids “{value}”. Izvēlieties publisku (individuāla vai vispārēja labuma) vai starpiestāžu (individuālas lietošanas vai koplietošanas) pakalpojumu.',
    'services.rules.targetGroups.missing':
      'Norādiet, kam pakalpojums paredzēts: iedzīvotājiem, uzņēmējiem, iestādēm vai sabiedrībai kopumā.',
    'services.rules.targetGroups.publicGeneral':
      'Vispārēja labuma pakalpojums ir paredzēts sabiedrībai kopumā: mērķa grupās jābūt “sabiedrība”, un tas nevar būt paredzēts tikai iestādēm.',
    'services.rules.targetGroups.publicIndividual':
      'Individuāla labuma pakalpojums ir paredzēts konkrētiem iedzīvotājiem vai uzņēmējiem: mērķa grupās nevar būt “sabiedrība”, un tas nevar būt paredzēts tikai iestādēm. Pakalpojumam tikai iestādēm izvēlieties starpiestāžu veidu.',
    'services.rules.targetGroups.interInstitutional':
      'Starpiestāžu pakalpojums ir paredzēts tikai iestādēm: vienīgā mērķa grupa var būt “iestādes”.',
    // R25
    'services.rules.complexity.missing': 'Norādiet, vai pakalpojums ir vienkāršs, komplekss vai viedais.',
    'services.rules.complexity.simpleNeeds':
      'Vienkāršs pakalpojums apmierina tieši vienu vajadzību, bet piesaistītas ir {count}. Atstājiet vienu vajadzību vai norādiet, ka pakalpojums ir komplekss.',
    'services.rules.complexity.fewNeeds':
      'Komplekss un viedais pakalpojums apmierina vairākas vajadzības. Piesaistiet vismaz divas vajadzības vai norādiet, ka pakalpojums ir vienkāršs.',
    'services.rules.complexity.noCommonLifeSituation':
      'Kompleksa vai viedā pakalpojuma vajadzībām jābūt saistītām ar kopīgu dzīves situāciju, bet piesaistītajām vajadzībām tādas nav. Pārskatiet vajadzības vai to dzīves situācijas.',
    // Composition and dependencies
    'services.rules.components.notAllowed':
      'Citus pakalpojumus var ietvert tikai komplekss vai viedais pakalpojums. Noņemiet ietvertos pakalpojumus vai norādiet, ka pakalpojums ir komplekss vai viedais.',
    'services.rules.components.self': 'Pakalpojums nevar ietvert pats sevi. Noņemiet šo saiti.',
    'services.rules.components.cycle':
      'Ietvertie pakalpojumi veido apli: {cycle}. Pakalpojums nevar arī netieši ietvert pats sevi; noņemiet kādu no saitēm.',
    'services.rules.dependencies.self': 'Pakalpojums nevar būt atkarīgs pats no sevis. Noņemiet šo saiti.',
    'services.rules.dependencies.notInterInstitutional':
      'Pakalpojums var būt atkarīgs tikai no starpiestāžu pakalpojumiem, bet {service} tāds nav. Izvēlieties starpiestāžu pakalpojumu.',
    'services.rules.dependencies.unknown':
      'Pakalpojumam {service}, no kura šis ir atkarīgs, nav norādīts veids, tāpēc nevar pārbaudīt, vai tas ir starpiestāžu pakalpojums. Izvēlieties publicētu starpiestāžu pakalpojumu.',
    // Lifecycle
    'services.rules.lifecycle.missing':
      'Norādiet pakalpojuma dzīves cikla posmu (plānošana, izveide, ieviešana, sniegšana vai uzturēšana un pilnveide).',
    'services.rules.lifecycle.terminated':
      'Pakalpojuma sniegšana ir pārtraukta, tāpēc to nevar publicēt. Lai to izņemtu no kataloga, arhivējiet pakalpojumu.',
  },
  en: {
    'services.rules.needs.missing':
      'A service must meet at least one recipient need; something that meets no need is not a service. Link at least one need.',
    'services.rules.activityDirection.missing':
      'A service must match the owner institution’s core functions and field of activity. Choose the core activity direction the service belongs to.',
    'services.rules.activityDirection.notOwners':
      'The core activity direction chosen is not one of the owner institution’s. Choose one of the institution’s own core activity directions.',
    'services.rules.notAService.ownServiceSupport':
      'Possibly not a service: support for the institution’s own services (including consulting about them) is an obligatory part of those services, not a separate service. Put the support terms (times, channels) into those services’ PLVN instead.',
    'services.rules.notAService.generalInformation':
      'Possibly not a service: making general explanatory and educational information available (including publishing it on the institution’s website) does not count as a service. Review whether it belongs in the register.',
    'services.rules.notAService.internalSupport':
      'Possibly not a service: the institution’s own support functions (e.g. records management, accounting, ICT) are not services. If they are provided to other institutions, register it as an inter-institutional service.',
    'services.rules.notAService.administrative':
      'Possibly not a service: administrative functions of public administration (drafting policies, planning documents, guidelines and regulations; control and supervision; communication with the public — answering letters, applications and complaints) are not services. Review whether it belongs in the register.',
    'services.rules.plvn.supportMissing':
      'Every service includes support for its recipients, and the support terms are part of the PLVN. Add support hours or support channels to one of the PLVN sets.',
    'services.rules.provider.plvnLower':
      'Provider {provider}: in PLVN set “{set}” the indicator “{indicator}” ({providerValue}) is worse than the owner’s ({ownerValue}). The owner’s terms are the minimum: a provider may raise them but never lower them.',
    'services.rules.provider.plvnIndicatorMissing':
      'Provider {provider}: PLVN set “{set}” lacks the indicator “{indicator}” that the owner sets ({ownerValue}). Add it with at least as good a value; until then the owner’s value applies.',
    'services.rules.provider.plvnIncomparable':
      'Provider {provider}: the indicator “{indicator}” of PLVN set “{set}” cannot be compared with the owner’s because the units differ ({providerUnit} and {ownerUnit}). Use the owner’s unit.',
    'services.rules.name.missing':
      'Enter the service name in Latvian. The name says what the provider does: object + action, e.g. “Pabalsta piešķiršana” (granting a benefit).',
    'services.rules.name.partsIncomplete': 'A name has two mandatory parts: the object and the action. Fill in both.',
    'services.rules.name.partsMismatch':
      'The name does not match its parts (object + action + additional information). Expected name: “{expected}”.',
    'services.rules.name.noAction':
      'No action of the provider was found in the name (e.g. “izsniegšana”, “reģistrācija”). A name must consist of an object and an action, e.g. “Semināru organizēšana nevalstisko organizāciju pārstāvjiem”.',
    'services.rules.name.wordCount': 'A name should be as short as possible: {min}–{max} words (now {count}).',
    'services.rules.name.recipientAction':
      'The action “{word}” in the name describes what the recipient does. The name must say what the provider does: e.g. “Pabalsta piešķiršana” (granting a benefit), not “Pieteikšanās pabalstam” (applying for a benefit).',
    'services.rules.owner.missing': 'Every service has exactly one owner. Name the institution that owns the service.',
    'services.rules.manager.missing': 'Every service must have one service manager. Appoint a service manager.',
    'services.rules.manager.multiple': 'A service can have only one service manager, but {count} are appointed. Keep one.',
    'services.rules.portfolioManager.missing':
      'An institution that holds services must have exactly one service portfolio manager. Appoint the institution’s portfolio manager.',
    'services.rules.provider.noResponsiblePerson':
      'Provider {provider} has no responsible person. Every providing institution needs at least one person who provides the service.',
    'services.rules.provider.duplicate': 'Provider {provider} is listed more than once. Keep one entry.',
    'services.rules.plvn.missing':
      'PLVN are mandatory for every service, whatever its type. Add at least one PLVN set with at least one indicator.',
    'services.rules.plvn.emptySet': 'PLVN set “{set}” has no indicators. Add indicators or delete the set.',
    'services.rules.plvn.setNameMissing': 'Name the PLVN set (e.g. which recipients or situations it applies to).',
    'services.rules.plvn.setNameDuplicate':
      'Several PLVN sets are named “{set}”. A service may have several sets, but each needs its own name.',
    'services.rules.plvn.indicatorKindUnknown': 'Unknown PLVN indicator kind “{kind}”. Choose a kind from the list.',
    'services.rules.plvn.indicatorTargetMissing':
      'Indicator “{indicator}” of PLVN set “{set}” has no target. Enter a value (for support channels, the list of channels).',
    'services.rules.recipientType.missing':
      'Choose the service type: public (individual or general benefit) or inter-institutional (individual or shared use).',
    'services.rules.recipientType.invalid':
      'Unknown service type “{value}”. Choose public (individual or general benefit) or inter-institutional (individual or shared use).',
    'services.rules.targetGroups.missing': 'Name who the service is for: residents, businesses, institutions or society as a whole.',
    'services.rules.targetGroups.publicGeneral':
      'A general-benefit service is for society as a whole: its target groups must include “society”, and it cannot be for institutions only.',
    'services.rules.targetGroups.publicIndividual':
      'An individual-benefit service is for specific residents or businesses: its target groups cannot include “society”, and it cannot be for institutions only. For a service only for institutions, choose an inter-institutional type.',
    'services.rules.targetGroups.interInstitutional':
      'An inter-institutional service is for institutions only: its only target group can be “institutions”.',
    'services.rules.complexity.missing': 'Choose the service complexity: simple, complex or smart.',
    'services.rules.complexity.simpleNeeds':
      'A simple service meets exactly one need, but {count} are linked. Keep one need or change the complexity to “complex”.',
    'services.rules.complexity.fewNeeds':
      'Complex and smart services meet several needs. Link at least two needs or change the complexity to “simple”.',
    'services.rules.complexity.noCommonLifeSituation':
      'The needs of a complex or smart service should belong to a common life situation, but the linked needs share none. Review the needs or their life situations.',
    'services.rules.components.notAllowed':
      'Only complex and smart services can bundle other services. Remove the components or change the complexity.',
    'services.rules.components.self': 'A service cannot bundle itself. Remove this link.',
    'services.rules.components.cycle':
      'The bundled services form a cycle: {cycle}. A service cannot bundle itself, even indirectly; remove one of the links.',
    'services.rules.dependencies.self': 'A service cannot depend on itself. Remove this link.',
    'services.rules.dependencies.notInterInstitutional':
      'A service can depend only on inter-institutional services, and {service} is not one. Choose an inter-institutional service.',
    'services.rules.dependencies.unknown':
      'Service {service}, which this one depends on, has no type, so it cannot be confirmed as inter-institutional. Choose a published inter-institutional service.',
    'services.rules.lifecycle.missing':
      'Choose the lifecycle stage of the service (planning, creation, introduction, provision, or maintenance and improvement).',
    'services.rules.lifecycle.terminated':
      'The service has been terminated, so it cannot be published. To remove it from the catalogue, archive the service.',
  },
});

/** Messages of the services API and workflow (`services.api.*`). */
registerMessages({
  lv: {
    'services.api.computedField': 'Lauku “{field}” nevar iestatīt: digitālais statuss tiek aprēķināts no kanāliem (R27).',
    'services.api.unknownReference': 'Norādītais ieraksts neeksistē: {id}.',
    'services.api.selfReference': 'Pakalpojums nevar atsaukties pats uz sevi.',
    'services.api.notTemplate': 'Norādītais pakalpojums nav vienotais (šablona) pakalpojums.',
    'services.api.templateOfTemplate': 'Vienotais pakalpojums nevar būt cita vienotā pakalpojuma instance.',
    'services.api.notOverridable': 'Vienotā pakalpojuma instancē lauku “{field}” nevar mainīt: tas tiek pārņemts no vienotā pakalpojuma.',
    'services.api.foreignDirection': 'Pamatdarbības virziens nepieder pakalpojuma saimniekam.',
    'services.api.duplicateCode': 'Pakalpojums ar kodu {code} jau pastāv.',
    'services.api.noDraft': 'Pakalpojumam nav melnraksta, ko iesniegt vai publicēt.',
    'services.api.alreadySubmitted': 'Melnraksts jau ir iesniegts apstiprināšanai.',
    'services.api.alreadyArchived': 'Pakalpojums jau ir arhivēts.',
    'services.api.unknownVersion': 'Pakalpojumam nav versijas {versionNo}.',
  },
  en: {
    'services.api.computedField': 'The field “{field}” cannot be set: the digital status is computed from the channels (R27).',
    'services.api.unknownReference': 'The referenced record does not exist: {id}.',
    'services.api.selfReference': 'A service cannot refer to itself.',
    'services.api.notTemplate': 'The referenced service is not a unified (template) service.',
    'services.api.templateOfTemplate': 'A unified service cannot be an instance of another unified service.',
    'services.api.notOverridable': 'An instance of a unified service cannot change “{field}”: it comes from the unified service.',
    'services.api.foreignDirection': 'The core activity direction does not belong to the service owner.',
    'services.api.duplicateCode': 'A service with code {code} already exists.',
    'services.api.noDraft': 'The service has no draft to submit or publish.',
    'services.api.alreadySubmitted': 'The draft has already been submitted for approval.',
    'services.api.alreadyArchived': 'The service is already archived.',
    'services.api.unknownVersion': 'The service has no version {versionNo}.',
  },
});

/** Who may do it, named by a refusal (403) of the action: `forbidden.<action code>[.<role>]`. */
registerMessages({
  lv: {
    'forbidden.service.create': 'īpašnieces iestādes pakalpojumu kopuma vadītājs (R10)',
    'forbidden.service.update': 'pakalpojuma vadītājs vai īpašnieces iestādes pakalpojumu kopuma vadītājs',
    'forbidden.service.submit': 'pakalpojuma vadītājs vai īpašnieces iestādes pakalpojumu kopuma vadītājs',
    'forbidden.service.publish': 'īpašnieces iestādes pakalpojumu kopuma vadītājs (R10)',
    'forbidden.service.archive': 'īpašnieces iestādes pakalpojumu kopuma vadītājs (R10)',
    'forbidden.service.validation': 'īpašnieces iestādes darbinieki, to pārraugošās vadošās iestādes un sistēmas administratori',
  },
  en: {
    'forbidden.service.create': 'the owning institution’s portfolio manager (R10)',
    'forbidden.service.update': 'the service manager or the owning institution’s portfolio manager',
    'forbidden.service.submit': 'the service manager or the owning institution’s portfolio manager',
    'forbidden.service.publish': 'the owning institution’s portfolio manager (R10)',
    'forbidden.service.archive': 'the owning institution’s portfolio manager (R10)',
    'forbidden.service.validation': 'the owning institution’s staff, the lead institutions over it and system administrators',
  },
});
