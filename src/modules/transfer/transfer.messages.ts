import { registerMessages } from '../../platform/i18n.js';

registerMessages({
  lv: {
    'transfer.notAnExport': 'Fails nav reģistra eksports: pirmā rinda nav eksporta galvene ({detail}).',
    'transfer.unsupportedVersion': 'Eksporta faila versija {version} netiek atbalstīta (atbalstītā versija: {supported}).',
    'transfer.badLine': 'Eksporta faila {line}. rindā ir kļūda: {detail}. Nekas netika importēts.',
    'transfer.truncated': 'Eksporta fails beidzas pirms reģistra beigām ({line}. rinda): tas ir nepilnīgs. Nekas netika importēts.',
    'transfer.truncatedTail': 'Eksporta fails nebeidzas ar reģistra beigām: tas ir nepilnīgs (piemēram, kopēšana pārtraukta). Nekas netika importēts.',
    'transfer.unknownTable': 'Eksporta failā ir nezināma tabula “{table}” ({line}. rinda).',
    'transfer.tableOrder': 'Eksporta failā tabula “{table}” ({line}. rinda) ir negaidītā vietā; gaidīta “{expected}”.',
    'transfer.missingTables': 'Eksporta failā trūkst tabulu: {tables}. Nekas netika importēts.',
    'transfer.columns': 'Tabulas “{table}” ierakstam {line}. rindā ir nepareizas kolonnas (trūkst: {missing}; liekas: {extra}).',
    'transfer.rowRejected': 'Datubāze noraidīja tabulas “{table}” ierakstus (līdz {line}. rindai): {detail}. Nekas netika importēts.',
    'transfer.notEmpty':
      'Datubāzē jau ir reģistra dati (tabulā “{table}” ir ieraksti). Importēt var tikai tukšā datubāzē; izveidojiet jaunu datubāzi un mēģiniet vēlreiz.',
  },
  en: {
    'transfer.notAnExport': 'The file is not a register export: its first line is not the export header ({detail}).',
    'transfer.unsupportedVersion': 'Export file version {version} is not supported (supported version: {supported}).',
    'transfer.badLine': 'Line {line} of the export file is invalid: {detail}. Nothing was imported.',
    'transfer.truncated': 'The export file ends before the end of the register (line {line}): it is truncated. Nothing was imported.',
    'transfer.truncatedTail': 'The export file does not end with the end of the register: it is truncated (an interrupted copy?). Nothing was imported.',
    'transfer.unknownTable': 'The export file contains an unknown table “{table}” (line {line}).',
    'transfer.tableOrder': 'Table “{table}” (line {line}) is out of place in the export file; expected “{expected}”.',
    'transfer.missingTables': 'The export file lacks tables: {tables}. Nothing was imported.',
    'transfer.columns': 'A row of table “{table}” on line {line} has the wrong columns (missing: {missing}; unknown: {extra}).',
    'transfer.rowRejected': 'The database refused rows of table “{table}” (up to line {line}): {detail}. Nothing was imported.',
    'transfer.notEmpty':
      'The database already holds a register (table “{table}” has rows). Import only into an empty database: create a new database and try again.',
  },
});
