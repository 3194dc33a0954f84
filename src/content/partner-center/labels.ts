/**
 * The words Partner Center puts next to the facts we read, per language. Labels follow the partner's
 * language while values do not, so a new language is a data change here and nothing else.
 * Compared after `normalizeLabel` (case, accents, edge punctuation and spacing do not matter).
 * English and Brazilian Portuguese are complete; Spanish, French and German cover only the labels that
 * decide a fact (ID, domain, GDAP state, admin links), because every byte here is injected into Partner Center.
 */
import { lazyPattern, onFirstUse } from '../../core/first-use';

export interface LabelSet {
  readonly [language: string]: readonly string[];
}

/** Account page, "Customer account info". */
export const MICROSOFT_ID: LabelSet = {
  en: ['Microsoft ID', 'Customer ID', 'Tenant ID'],
  pt: ['ID da Microsoft', 'ID Microsoft', 'ID do cliente', 'ID do locatário'],
  es: ['Id. de Microsoft', 'ID de Microsoft', 'Id. de inquilino'],
  fr: ['ID Microsoft', 'ID de locataire'],
  de: ['Microsoft-ID', 'Mandanten-ID'],
};

export const DOMAIN_NAME: LabelSet = {
  en: ['Domain name', 'Domain', 'Primary domain name', 'Primary domain'],
  pt: ['Nome de domínio', 'Nome do domínio', 'Domínio', 'Nome de domínio primário', 'Domínio primário'],
  es: ['Nombre de dominio', 'Nombre de dominio principal', 'Dominio'],
  fr: ['Nom de domaine', 'Nom de domaine principal', 'Domaine'],
  de: ['Domänenname', 'Primärer Domänenname', 'Domäne'],
};

export const COMPANY_NAME: LabelSet = {
  en: ['Company name', 'Company'],
  pt: ['Nome da empresa', 'Empresa'],
};

/** The heading of the section whose values may be read by their shape when labels are unknown. */
export const ACCOUNT_INFO_SECTION: LabelSet = {
  en: ['Customer account info', 'Customer account information'],
  pt: ['Informações da conta do cliente', 'Informações de conta do cliente'],
  es: ['Información de la cuenta del cliente'],
  fr: ['Informations sur le compte client'],
  de: ['Kundenkontoinformationen'],
};

/** Customer list column headers. */
export const NAME_COLUMN: LabelSet = {
  en: ['Name', 'Customer name', 'Company name'],
  pt: ['Nome', 'Nome do cliente', 'Nome da empresa'],
};

export const MICROSOFT_ID_COLUMN: LabelSet = MICROSOFT_ID;
export const DOMAIN_COLUMN: LabelSet = DOMAIN_NAME;

/** Admin relationships (GDAP). */
export const STATUS_COLUMN: LabelSet = {
  en: ['Status', 'State'],
  pt: ['Status', 'Estado'],
};

export const ROLES_COLUMN: LabelSet = {
  en: ['Microsoft Entra roles', 'Azure AD roles', 'Roles'],
  pt: ['Funções do Microsoft Entra', 'Funções do Azure AD', 'Funções'],
};

export const ACTIVE_STATUS: LabelSet = {
  en: ['Active'],
  pt: ['Ativo', 'Ativa'],
  es: ['Activo', 'Activa'],
  fr: ['Actif', 'Active'],
  de: ['Aktiv'],
};

/** Other states a relationship row may show; their presence proves the list rendered. */
export const INACTIVE_STATUS: LabelSet = {
  en: ['Expired', 'Terminated', 'Pending', 'Approval pending', 'Expiring', 'Terminating', 'Created'],
  pt: ['Expirado', 'Expirada', 'Encerrado', 'Encerrada', 'Terminado', 'Pendente', 'Aprovação pendente', 'Criado'],
};

export const NO_GDAP: LabelSet = {
  en: ['No granular admin relationships found', 'No admin relationships found'],
  pt: ['Nenhuma relação de administrador granular encontrada', 'Nenhuma relação de administrador encontrada'],
  es: ['No se encontraron relaciones de administrador granulares'],
  fr: ["Aucune relation d'administrateur granulaire trouvée"],
  de: ['Keine granularen Administratorbeziehungen gefunden'],
};

/** Service management: the heading over the delegated-admin links, proof that the section rendered. */
export const ADMINISTER_SERVICES: LabelSet = {
  en: ['Administer services'],
  pt: ['Administrar serviços', 'Gerenciar serviços'],
  es: ['Administrar servicios'],
  fr: ['Administrer les services'],
  de: ['Dienste verwalten'],
};

/** Breadcrumb step just before the customer's name. */
export const CUSTOMER_LIST: LabelSet = {
  en: ['Customer list'],
  pt: ['Lista de clientes'],
};

/** Customer menu sections: the right-hand side of "<name> | <section>" headings and titles. */
export const CUSTOMER_SECTIONS: LabelSet = {
  en: [
    'Account', 'Subscriptions', 'Transfers', 'Order history', 'Software', 'Azure reservations', 'Devices', 'Analytics',
    'Users and licenses', 'Admin relationships', 'Service management', 'Service requests', 'Customer details',
  ],
  pt: [
    'Conta', 'Assinaturas', 'Transferências', 'Histórico de pedidos', 'Software', 'Reservas do Azure', 'Dispositivos',
    'Análise', 'Usuários e licenças', 'Relações de administrador', 'Relacionamentos de administrador',
    'Gerenciamento de serviços', 'Solicitações de serviço', 'Detalhes do cliente',
  ],
};

const ASCII = /^[\x00-\x7f]*$/;
/** Latin accents after NFD: all our labels need. The wide Unicode classes are built only when text needs them (see lazyPattern). */
const LATIN_MARKS = /[\u0300-\u036f]/g;
const MARKS = lazyPattern(String.raw`\p{M}`, 'gu');
const SPACES = /\s+/g;
const ASCII_EDGES = /^[\0-/:-@[-`{-\x7f]+|[\0-/:-@[-`{-\x7f]+$/g;
const EDGES = lazyPattern(String.raw`^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$`, 'gu');
const NON_ASCII_EDGE = /^[^\0-\x7f]|[^\0-\x7f]$/;

/**
 * Folds the differences that carry no meaning: case, accents, spacing, and punctuation at the edges ("Name ↑", "Domain name:").
 * Runs on every label-sized text node a search meets, so plain ASCII, most of any page, skips Unicode normalization.
 */
export function normalizeLabel(text: string): string {
  let folded = ASCII.test(text) ? text : text.normalize('NFD').replace(LATIN_MARKS, '');
  if (!ASCII.test(folded)) folded = folded.replace(MARKS(), '');
  folded = folded.toLowerCase().replace(SPACES, ' ').replace(ASCII_EDGES, '');
  return NON_ASCII_EDGE.test(folded) ? folded.replace(EDGES(), '') : folded;
}

/** Labels searched for together, each standing for one fact; built on first use, then kept. */
export interface LabelIndex<K extends string> {
  /** Normalized label → the fact it names and the label as written (for evidence). */
  readonly byText: ReadonlyMap<string, readonly [key: K, label: string]>;
  /** Normalized label lengths. Normalizing never lengthens text into a Latin label, so shorter text is never one. */
  readonly shortest: number;
  /** Text much longer than this is never a label. */
  readonly longest: number;
}

/**
 * Sets searched together must not share a label: the first set listed would take it. Built on first use,
 * so a page kind's labels are normalized only where that page is read.
 */
export function labelIndex<K extends string>(sets: Record<K, LabelSet>): LabelIndex<K> {
  const index = onFirstUse(() => buildIndex(sets));
  return {
    get byText() {
      return index().byText;
    },
    get shortest() {
      return index().shortest;
    },
    get longest() {
      return index().longest;
    },
  };
}

function buildIndex<K extends string>(sets: Record<K, LabelSet>): LabelIndex<K> {
  const byText = new Map<string, readonly [K, string]>();
  let shortest = Infinity;
  let longest = 0;
  for (const key of Object.keys(sets) as K[]) {
    for (const labels of Object.values(sets[key])) {
      for (const label of labels) {
        const normalized = normalizeLabel(label);
        if (!byText.has(normalized)) byText.set(normalized, [key, label]);
        shortest = Math.min(shortest, normalized.length);
        longest = Math.max(longest, normalized.length);
      }
    }
  }
  return { byText, shortest, longest };
}
