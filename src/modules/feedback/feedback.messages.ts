import { registerMessages } from '../../platform/i18n.js';

registerMessages({
  lv: {
    'feedback.rating.range': 'Vērtējumam jābūt veselam skaitlim no {min} līdz {max}.',
    'feedback.comment.type': 'Komentāram jābūt tekstam.',
    'feedback.comment.tooLong': 'Komentārs ir pārāk garš: ne vairāk kā {max} zīmes.',
    'feedback.channel.unknown': 'Pakalpojumam nav kanāla “{channel}”; norādiet kādu no pakalpojuma kanālu veidiem vai “other”.',
    'feedback.formToken.invalid': 'Formas marķieris nav derīgs; pieprasiet jaunu formu.',
    'feedback.formToken.expired': 'Formas marķierim beidzies derīgums; pieprasiet jaunu formu.',
    'feedback.formToken.tooFast': 'Forma nosūtīta pārāk ātri pēc tās saņemšanas.',
    'feedback.honeypot': 'Vērtējumu nevarēja pieņemt.',
  },
  en: {
    'feedback.rating.range': 'The rating must be a whole number from {min} to {max}.',
    'feedback.comment.type': 'The comment must be text.',
    'feedback.comment.tooLong': 'The comment is too long: at most {max} characters.',
    'feedback.channel.unknown': 'The service has no channel “{channel}”; give one of the service’s channel types or “other”.',
    'feedback.formToken.invalid': 'The form token is not valid; ask for a new form.',
    'feedback.formToken.expired': 'The form token has expired; ask for a new form.',
    'feedback.formToken.tooFast': 'The form was sent too soon after it was issued.',
    'feedback.honeypot': 'The rating could not be accepted.',
  },
});
