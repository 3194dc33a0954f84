import type { ProfileKey } from '../../core/contact';

/**
 * What support forms call each contact field, kept as data so a new language is a data change.
 * Phrases are compared whole-word after normalize() (case and accents do not matter); when several keys
 * match one label, the longest phrase wins ("additional email" over "email", "last name" over "name").
 * `exact` phrases count only when they are the whole label ("Nome" in Portuguese is the first name,
 * "Nom" in French the last name, but "Nome da empresa" is neither).
 */

export type FieldKey = ProfileKey | 'supportPlan';

export interface KeyWords {
  phrases: readonly string[];
  exact?: readonly string[];
}

export const FIELD_WORDS: Readonly<Record<FieldKey, KeyWords>> = {
  firstName: {
    phrases: [
      'first name', 'given name', 'forename', 'fname', 'firstname', 'givenname',
      'primeiro nome', 'nome proprio', 'nombre de pila', 'primer nombre', 'prenom', 'vorname',
    ],
    exact: ['first', 'nome', 'nombre', 'contact first name'],
  },
  lastName: {
    phrases: [
      'last name', 'surname', 'family name', 'lname', 'lastname', 'familyname',
      'sobrenome', 'ultimo nome', 'apellido', 'apellidos', 'nom de famille', 'nachname', 'familienname',
    ],
    exact: ['last', 'nom'],
  },
  email: {
    phrases: [
      'email', 'e mail', 'email address', 'primary email', 'contact email', 'mail address',
      'endereco de email', 'endereco de e mail', 'email principal', 'e mail principal', 'correio eletronico',
      'correo electronico', 'correo', 'courriel', 'adresse e mail', 'e mail adresse', 'emailadresse',
    ],
  },
  additionalEmails: {
    phrases: [
      'additional email', 'additional emails', 'additional email address', 'additional email addresses',
      'additional email for notification', 'other emails', 'secondary email', 'email cc', 'cc email', 'cc',
      'emails adicionais', 'e mails adicionais', 'email adicional', 'e mail adicional', 'emails adicionais para notificacao',
      'enderecos de email adicionais', 'com copia', 'correos electronicos adicionales', 'correo electronico adicional',
      'correos adicionales', 'e mails supplementaires', 'adresses e mail supplementaires', 'courriels supplementaires',
      'weitere e mail adressen', 'zusatzliche e mail adressen', 'additionalemails',
    ],
  },
  phone: {
    phrases: [
      'phone', 'phone number', 'telephone', 'telephone number', 'contact phone', 'mobile', 'mobile phone', 'tel',
      'telefone', 'numero de telefone', 'telefone de contato', 'celular', 'telefono', 'numero de telefono',
      'numero de telephone', 'telefon', 'telefonnummer', 'mobilnummer', 'phonenumber',
    ],
  },
  contactMethod: {
    phrases: [
      'preferred contact method', 'contact method', 'contact preference', 'preferred method of contact',
      'how would you like to be contacted', 'contactmethod',
      'metodo de contato preferencial', 'metodo de contato', 'forma de contato preferida', 'forma de contato',
      'meio de contato preferido', 'metodo de contacto preferido', 'metodo de contacto',
      'methode de contact preferee', 'mode de contact prefere', 'bevorzugte kontaktmethode', 'kontaktmethode',
    ],
  },
  country: {
    phrases: [
      'country', 'country region', 'country or region', 'pais', 'pais regiao', 'pais ou regiao', 'pais region',
      'pays', 'pays region', 'land', 'land region',
    ],
  },
  timeZone: {
    phrases: [
      'time zone', 'timezone', 'preferred time zone', 'preferred support time zone',
      'fuso horario', 'fuso horario preferencial', 'zona horaria', 'fuseau horaire', 'zeitzone',
    ],
  },
  language: {
    phrases: [
      'support language', 'preferred support language', 'preferred language', 'language',
      'idioma de suporte', 'idioma de suporte preferencial', 'idioma preferencial', 'idioma', 'idioma de soporte',
      'langue de support', 'langue preferee', 'langue', 'supportsprache', 'bevorzugte sprache', 'sprache',
    ],
  },
  supportPlan: {
    phrases: [
      'support plan', 'supportplan', 'plano de suporte', 'plan de soporte', 'plan de support',
    ],
  },
};

/** HTML autocomplete field names (the last token of the attribute) that name a contact field outright. */
export const AUTOCOMPLETE_KEYS: Readonly<Record<string, ProfileKey>> = {
  'given-name': 'firstName',
  'family-name': 'lastName',
  email: 'email',
  tel: 'phone',
  'tel-national': 'phone',
  'country-name': 'country',
  country: 'country',
  language: 'language',
};

/** How a choice is worded on the page, per preferred contact method. */
export const CONTACT_METHOD_WORDS: Readonly<Record<'email' | 'phone', readonly string[]>> = {
  email: ['email', 'e mail', 'correo electronico', 'correo', 'courriel'],
  phone: ['phone', 'telephone', 'telefone', 'telefono', 'telefon', 'phone call', 'ligacao'],
};

/** The support plan a CSP partner files under (Microsoft's localized names for it). */
export const CSP_PLAN_WORDS: readonly string[] = [
  'cloud solution provider',
  'provedor de solucoes na nuvem',
  'proveedor de soluciones en la nube',
  'fournisseur de solutions cloud',
  'cloud solution provider csp',
];

/** Prompts a dropdown shows before anything is chosen: such a field counts as empty. */
export const EMPTY_CHOICE_PROMPTS: readonly string[] = [
  'select', 'choose', 'selecione', 'escolha', 'seleccione', 'elija', 'selectionnez', 'choisissez', 'auswahlen', 'wahlen',
];

/** Words that say a text field takes a comma-separated list rather than a semicolon-separated one. */
export const COMMA_LIST_WORDS: readonly string[] = ['comma', 'commas', 'virgula', 'virgulas', 'coma', 'comas', 'virgule', 'virgules', 'komma'];
