/**
 * The words of the feedback controls in each language the portal has UI strings for. Kept beside the feature
 * so its keys travel with it; a locale without a table gets English, key by key.
 */

const en = {
  didThisFix: "Did this fix it?",
  yes: "Yes",
  no: "No",
  sending: "Saving…",
  thanks: "Thank you. Your answer helps the next person with this error.",
  commentLabel: "Sorry it did not help. What happened instead? (optional)",
  commentHint: "Do not include names, e-mail addresses or passwords.",
  commentSend: "Send",
  commentSkip: "Skip",
  notSaved: "Your answer could not be saved right now. Nothing was lost on the page: please try again later.",
  tooMany: "Too many answers from your network just now. Please try again in a minute.",
  /** `{percent}` and `{count}` are filled in, e.g. "Fixed it for 83% of 120 people". */
  successNote: "Fixed it for {percent} of {count} people",
  confirmQuestion: "Is the problem gone?",
  confirmYes: "Yes, it works now",
};

export type FeedbackStrings = { readonly [K in keyof typeof en]: string };

const sv: FeedbackStrings = {
  didThisFix: "Löste det problemet?",
  yes: "Ja",
  no: "Nej",
  sending: "Sparar…",
  thanks: "Tack. Ditt svar hjälper nästa person med samma fel.",
  commentLabel: "Synd att det inte hjälpte. Vad hände i stället? (valfritt)",
  commentHint: "Skriv inte namn, e-postadresser eller lösenord.",
  commentSend: "Skicka",
  commentSkip: "Hoppa över",
  notSaved: "Ditt svar kunde inte sparas just nu. Inget på sidan har gått förlorat: försök igen senare.",
  tooMany: "För många svar från ditt nätverk just nu. Försök igen om en minut.",
  successNote: "Löste det för {percent} av {count} personer",
  confirmQuestion: "Är problemet borta?",
  confirmYes: "Ja, nu fungerar det",
};

const de: FeedbackStrings = {
  didThisFix: "Hat das das Problem gelöst?",
  yes: "Ja",
  no: "Nein",
  sending: "Wird gespeichert…",
  thanks: "Danke. Ihre Antwort hilft der nächsten Person mit diesem Fehler.",
  commentLabel: "Schade, dass es nicht geholfen hat. Was ist stattdessen passiert? (optional)",
  commentHint: "Geben Sie keine Namen, E-Mail-Adressen oder Kennwörter ein.",
  commentSend: "Senden",
  commentSkip: "Überspringen",
  notSaved:
    "Ihre Antwort konnte gerade nicht gespeichert werden. Auf der Seite ist nichts verloren: Bitte versuchen Sie es später erneut.",
  tooMany:
    "Gerade kommen zu viele Antworten aus Ihrem Netzwerk. Bitte versuchen Sie es in einer Minute erneut.",
  successNote: "Hat bei {percent} von {count} Personen geholfen",
  confirmQuestion: "Ist das Problem behoben?",
  confirmYes: "Ja, jetzt funktioniert es",
};

const fr: FeedbackStrings = {
  didThisFix: "Cela a-t-il résolu le problème ?",
  yes: "Oui",
  no: "Non",
  sending: "Enregistrement…",
  thanks: "Merci. Votre réponse aidera la prochaine personne qui rencontre cette erreur.",
  commentLabel: "Dommage que cela n’ait pas aidé. Que s’est-il passé à la place ? (facultatif)",
  commentHint: "N’indiquez ni noms, ni adresses e-mail, ni mots de passe.",
  commentSend: "Envoyer",
  commentSkip: "Ignorer",
  notSaved:
    "Votre réponse n’a pas pu être enregistrée pour le moment. Rien n’est perdu sur la page : réessayez plus tard.",
  tooMany: "Trop de réponses depuis votre réseau pour l’instant. Réessayez dans une minute.",
  successNote: "A résolu le problème pour {percent} des {count} personnes",
  confirmQuestion: "Le problème a-t-il disparu ?",
  confirmYes: "Oui, cela fonctionne maintenant",
};

const es: FeedbackStrings = {
  didThisFix: "¿Se resolvió el problema?",
  yes: "Sí",
  no: "No",
  sending: "Guardando…",
  thanks: "Gracias. Su respuesta ayuda a la próxima persona con este error.",
  commentLabel: "Lamentamos que no haya servido. ¿Qué pasó en su lugar? (opcional)",
  commentHint: "No incluya nombres, direcciones de correo electrónico ni contraseñas.",
  commentSend: "Enviar",
  commentSkip: "Omitir",
  notSaved:
    "No se pudo guardar su respuesta en este momento. No se ha perdido nada en la página: inténtelo de nuevo más tarde.",
  tooMany: "Hay demasiadas respuestas desde su red en este momento. Inténtelo de nuevo en un minuto.",
  successNote: "Lo resolvió para el {percent} de {count} personas",
  confirmQuestion: "¿Desapareció el problema?",
  confirmYes: "Sí, ya funciona",
};

const ja: FeedbackStrings = {
  didThisFix: "これで解決しましたか?",
  yes: "はい",
  no: "いいえ",
  sending: "保存しています…",
  thanks: "ありがとうございます。あなたの回答は、同じエラーで困っている次の方の役に立ちます。",
  commentLabel: "お役に立てず申し訳ありません。代わりに何が起きましたか?(任意)",
  commentHint: "名前、メール アドレス、パスワードは入力しないでください。",
  commentSend: "送信",
  commentSkip: "スキップ",
  notSaved:
    "現在、回答を保存できませんでした。ページ上の内容は失われていません。後でもう一度お試しください。",
  tooMany: "お使いのネットワークからの回答が多すぎます。1 分後にもう一度お試しください。",
  successNote: "{count} 人中 {percent} の問題が解決しました",
  confirmQuestion: "問題は解消しましたか?",
  confirmYes: "はい、動作するようになりました",
};

const TABLES: Readonly<Record<string, FeedbackStrings>> = { en, sv, de, fr, es, ja };

/** The feedback words of `locale` (its primary language), English where a table or a key is missing. */
export function getFeedbackStrings(locale: string): FeedbackStrings {
  const table = TABLES[locale] ?? TABLES[locale.split("-")[0] ?? ""];
  return { ...en, ...table };
}

/** Every language with its own table (for the completeness test). */
export const FEEDBACK_STRING_TABLES = TABLES;
export const ENGLISH_FEEDBACK_STRINGS: FeedbackStrings = en;
