/* fd-repeats-meaning.c: repeats in other words. A customer who gets no
 * answer writes again, rarely the same text: shorter or angrier, on
 * another channel, with the order number written another way. Two posts
 * of one customer within the window are copies of one complaint when
 *
 *  - they are near copies of one text (fd-repeats-text.c), or
 *  - they name the same order, invoice, tracking or return number, in
 *    any common writing ("#48213", "order 48213", "pedido nº 48213",
 *    "Bestellung 48213", "RMA-7731" and "RMA 7731"), and do not make two
 *    different kinds of complaint about it, or
 *  - they make the same kind of complaint (fd-repeats-lexicon.c) and do
 *    not name two different numbers;
 *
 * and, in the same thread, the later one does not answer someone else
 * (our question), open with "Update:" or "forgot to say", or bring a
 * number the earlier one lacked: a follow-up that adds information is
 * not a copy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-language.h"
#include "fd-repeats-private.h"

/* The lexicon and the numbers are looked for in the first words. */
#define MAX_WORDS 400

/* Words that say the number after them is an order, invoice, tracking,
 * return or ticket number, in the languages of the user interface
 * (folded). */
static const struct {
  const char       *word;
  FdRepeatsRefType  type;
} keywords[] = {
  { "order", FD_REPEATS_REF_ORDER }, { "orders", FD_REPEATS_REF_ORDER },
  { "ordr", FD_REPEATS_REF_ORDER }, { "ordernumber", FD_REPEATS_REF_ORDER },
  { "pedido", FD_REPEATS_REF_ORDER }, { "ped", FD_REPEATS_REF_ORDER },
  { "bestellung", FD_REPEATS_REF_ORDER }, { "bestellnr", FD_REPEATS_REF_ORDER },
  { "bestellnummer", FD_REPEATS_REF_ORDER }, { "auftrag", FD_REPEATS_REF_ORDER },
  { "auftragsnummer", FD_REPEATS_REF_ORDER }, { "commande", FD_REPEATS_REF_ORDER },
  { "cmd", FD_REPEATS_REF_ORDER }, { "cde", FD_REPEATS_REF_ORDER },
  { "ordine", FD_REPEATS_REF_ORDER }, { "bestelling", FD_REPEATS_REF_ORDER },
  { "bestelnummer", FD_REPEATS_REF_ORDER }, { "bestelnr", FD_REPEATS_REF_ORDER },
  { "comanda", FD_REPEATS_REF_ORDER }, { "encomenda", FD_REPEATS_REF_ORDER },
  { "invoice", FD_REPEATS_REF_INVOICE }, { "inv", FD_REPEATS_REF_INVOICE },
  { "factura", FD_REPEATS_REF_INVOICE }, { "rechnung", FD_REPEATS_REF_INVOICE },
  { "rechnungsnummer", FD_REPEATS_REF_INVOICE }, { "rechnungsnr", FD_REPEATS_REF_INVOICE },
  { "facture", FD_REPEATS_REF_INVOICE }, { "fattura", FD_REPEATS_REF_INVOICE },
  { "factuur", FD_REPEATS_REF_INVOICE }, { "fatura", FD_REPEATS_REF_INVOICE },
  { "tracking", FD_REPEATS_REF_TRACKING }, { "track", FD_REPEATS_REF_TRACKING },
  { "parcel", FD_REPEATS_REF_TRACKING }, { "rastreio", FD_REPEATS_REF_TRACKING },
  { "rastreamento", FD_REPEATS_REF_TRACKING }, { "seguimiento", FD_REPEATS_REF_TRACKING },
  { "sendung", FD_REPEATS_REF_TRACKING }, { "sendungsnummer", FD_REPEATS_REF_TRACKING },
  { "suivi", FD_REPEATS_REF_TRACKING }, { "colis", FD_REPEATS_REF_TRACKING },
  { "spedizione", FD_REPEATS_REF_TRACKING }, { "zending", FD_REPEATS_REF_TRACKING },
  { "seguiment", FD_REPEATS_REF_TRACKING },
  { "return", FD_REPEATS_REF_RETURN }, { "rma", FD_REPEATS_REF_RETURN },
  { "retoure", FD_REPEATS_REF_RETURN }, { "rucksendung", FD_REPEATS_REF_RETURN },
  { "devolucion", FD_REPEATS_REF_RETURN }, { "devolucao", FD_REPEATS_REF_RETURN },
  { "retour", FD_REPEATS_REF_RETURN }, { "reso", FD_REPEATS_REF_RETURN },
  { "devolucio", FD_REPEATS_REF_RETURN },
  { "ticket", FD_REPEATS_REF_TICKET }, { "case", FD_REPEATS_REF_TICKET },
  { "caso", FD_REPEATS_REF_TICKET }, { "incidencia", FD_REPEATS_REF_TICKET },
  { "vorgang", FD_REPEATS_REF_TICKET }, { "dossier", FD_REPEATS_REF_TICKET },
  { "pratica", FD_REPEATS_REF_TICKET }, { "zaak", FD_REPEATS_REF_TICKET },
  /* "number", "nº", "ref.": a number, of something */
  { "number", FD_REPEATS_REF_NUMBER }, { "numero", FD_REPEATS_REF_NUMBER },
  { "nummer", FD_REPEATS_REF_NUMBER }, { "num", FD_REPEATS_REF_NUMBER },
  { "nr", FD_REPEATS_REF_NUMBER }, { "no", FD_REPEATS_REF_NUMBER },
  { "n", FD_REPEATS_REF_NUMBER }, { "n\302\272", FD_REPEATS_REF_NUMBER },
  { "nro", FD_REPEATS_REF_NUMBER }, { "ref", FD_REPEATS_REF_NUMBER },
  { "reference", FD_REPEATS_REF_NUMBER }, { "referencia", FD_REPEATS_REF_NUMBER },
  { "referenz", FD_REPEATS_REF_NUMBER }, { "riferimento", FD_REPEATS_REF_NUMBER },
  { "referentie", FD_REPEATS_REF_NUMBER },
};

/* Letters that open a number as one word, or before it: "INV-2231",
 * "FA 4471", "RMA7731". */
static const struct {
  const char       *prefix;
  FdRepeatsRefType  type;
} prefixes[] = {
  { "inv", FD_REPEATS_REF_INVOICE }, { "fa", FD_REPEATS_REF_INVOICE },
  { "fac", FD_REPEATS_REF_INVOICE }, { "fv", FD_REPEATS_REF_INVOICE },
  { "ft", FD_REPEATS_REF_INVOICE }, { "re", FD_REPEATS_REF_INVOICE },
  { "f", FD_REPEATS_REF_INVOICE }, { "nf", FD_REPEATS_REF_INVOICE },
  { "rma", FD_REPEATS_REF_RETURN }, { "ret", FD_REPEATS_REF_RETURN },
  { "tkt", FD_REPEATS_REF_TICKET }, { "tk", FD_REPEATS_REF_TICKET },
  { "ord", FD_REPEATS_REF_ORDER }, { "po", FD_REPEATS_REF_ORDER },
};

/* Longer words that may stand between a keyword and its number:
 * "Bestellung meine Nummer 4410" is rare, "pedido número 4410" is not.
 * Any word of three letters or fewer may too ("order no. 4410", "la
 * commande n° 4410", "de la 48830"). */
static const char * const between[] = {
  "number", "numero", "nummer", "meine", "meinen", "meiner", "minha", "nosso", "nossa",
  "della", "dello", "nostro", "nostra", "mijn", "onze", "votre", "notre", "nuestro",
  "nuestra", "meva",
};

static gboolean
word_is (const char          *folded,
         const FdRepeatsWord *word,
         const char          *what)
{
  const char *w = folded + word->start;

  /* Words hold no NUL: the same bytes, and @what ends there. Most
   * comparisons end at the first byte. */
  return word->len > 0 && *w == *what &&
         strncmp (w, what, word->len) == 0 && what[word->len] == '\0';
}

static guint
count_digits (const char          *folded,
              const FdRepeatsWord *word)
{
  guint n = 0;

  for (guint i = 0; i < word->len; i++)
    n += g_ascii_isdigit (folded[word->start + i]);

  return n;
}

/* Words of four letters or more that any complaint may use, whatever it
 * is about, in the languages of the lexicon: they do not say two posts
 * are about the same thing. Folded; a word is compared whole. */
static const char * const common_words[] = {
  /* en */
  "about", "after", "again", "already", "also", "answer", "anyone", "anything", "back", "been",
  "before", "being", "could", "came", "days", "delivery", "does", "done", "each", "email",
  "ever", "every", "from", "going", "good", "have", "having", "help", "here", "hours", "into",
  "know", "last", "like", "look", "looking", "made", "mail", "many", "message", "money", "month",
  "much", "need", "never", "news", "next", "nobody", "none", "nothing", "only", "order", "ordered",
  "orders", "other", "over", "package", "parcel", "paid", "please", "point", "post", "problem",
  "really", "reply", "response", "right", "said", "same", "says", "service", "shop", "should",
  "since", "some", "someone", "something", "soon", "sort", "still", "store", "sure", "tell",
  "than", "that", "them", "then", "there", "they", "thing", "think", "this", "though", "time",
  "today", "told", "tracking", "update", "very", "wait", "waiting", "want", "week", "weeks",
  "well", "went", "were", "what", "when", "where", "which", "while", "will", "with", "word",
  "would", "wrote", "yesterday", "your", "customer", "support", "anybody", "hello", "thanks",
  /* es */
  "ahora", "algo", "alguien", "antes", "aqui", "ayer", "bien", "cada", "casa", "compra", "correo",
  "cuando", "desde", "despues", "dias", "donde", "esta", "estoy", "hace", "hacer", "hasta",
  "hola", "hoy", "mensaje", "mismo", "mucho", "nada", "nadie", "nunca", "pedido", "pero", "porque",
  "puede", "pues", "respuesta", "semana", "semanas", "siempre", "sigue", "sobre", "solo", "tengo",
  "tienda", "todavia", "todo", "vale",
  /* de */
  "aber", "alles", "antwort", "auch", "bestellung", "bestellt", "bitte", "dann", "dass", "diese",
  "doch", "einfach", "euch", "eure", "euer", "gestern", "heute", "hier", "immer", "jetzt", "kann",
  "keine", "leider", "mail", "mehr", "nach", "nicht", "nichts", "noch", "nur", "oder", "paket",
  "schon", "seit", "sehr", "tage", "tagen", "warum", "wann", "warte", "weil", "wieder", "woche",
  "wochen", "wurde", "kunde", "lieferung", "service",
  /* fr */
  "alors", "aucun", "aucune", "aussi", "avant", "avec", "avoir", "bonjour", "colis", "commande",
  "comme", "dans", "depuis", "encore", "etre", "fait", "faire", "hier", "jamais", "jours", "mail",
  "mais", "merci", "message", "meme", "nouvelles", "personne", "plus", "pour", "quand", "rien",
  "reponse", "semaine", "semaines", "sans", "tout", "toujours", "tres", "votre", "vous",
  /* pt */
  "agora", "ainda", "alguem", "antes", "aqui", "cada", "compra", "como", "depois", "desde",
  "dias", "encomenda", "entao", "esta", "estou", "fazer", "hoje", "isso", "mais", "mensagem",
  "mesmo", "muito", "nada", "ninguem", "nunca", "ontem", "para", "pedido", "porque", "pode",
  "resposta", "semana", "semanas", "sempre", "sobre", "tenho", "tudo", "voces",
  /* it */
  "adesso", "ancora", "anche", "come", "cosa", "dopo", "giorni", "ieri", "mail", "messaggio",
  "molto", "nessuno", "niente", "ogni", "oggi", "ordine", "ordinato", "pacco", "perche", "piu",
  "prima", "quando", "questo", "risposta", "sempre", "settimana", "settimane", "sono", "tutto",
  "vostro",
  /* nl */
  "alles", "antwoord", "bestelling", "besteld", "dagen", "daar", "dank", "deze", "gisteren",
  "graag", "heb", "hebben", "hier", "jullie", "kunnen", "maar", "mail", "meer", "niet", "niets",
  "nog", "pakket", "sinds", "steeds", "vandaag", "voor", "waarom", "wanneer", "week", "weken",
  "weer", "wordt",
  /* ca */
  "algu", "ara", "avui", "comanda", "correu", "dies", "encara", "pero", "perque", "res", "resposta",
  "setmana", "setmanes", "sempre", "tinc", "tota", "tots", "vosaltres",
};

/* Letters and digits, split at everything else; byte offsets. */
static GArray *
split_words (const char *folded)
{
  GArray *words = g_array_new (FALSE, FALSE, sizeof (FdRepeatsWord));
  const char *p = folded;

  while (*p != '\0' && words->len < MAX_WORDS)
    {
      FdRepeatsWord word;
      const char *start;

      while (*p != '\0' &&
             ((guchar) *p < 0x80 ? !g_ascii_isalnum (*p) : !g_unichar_isalnum (g_utf8_get_char (p))))
        p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
      if (*p == '\0')
        break;
      start = p;
      while (*p != '\0' &&
             ((guchar) *p < 0x80 ? g_ascii_isalnum (*p) : g_unichar_isalnum (g_utf8_get_char (p))))
        p = (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);

      word.start = (guint) (start - folded);
      word.len = (guint) (p - start);
      g_array_append_val (words, word);
    }

  return words;
}

/* What is between word @i - 1 and word @i. */
static void
gap_before (const char          *folded,
            const FdRepeatsWord *words,
            guint                i,
            const char         **out_start,
            gsize               *out_len)
{
  guint start = i > 0 ? words[i - 1].start + words[i - 1].len : 0;

  *out_start = folded + start;
  *out_len = words[i].start - start;
}

static gboolean
gap_is (const char          *folded,
        const FdRepeatsWord *words,
        guint                i,
        const char          *what)
{
  const char *gap;
  gsize len;

  gap_before (folded, words, i, &gap, &len);
  return len == strlen (what) && memcmp (gap, what, len) == 0;
}

/* A compound that starts with a keyword of six letters or more and goes
 * on for three more: "Retourenschein", "Rechnungsbetrag",
 * "trackingnummer". Its kind, or -1. */
static int
compound_keyword (const char          *folded,
                  const FdRepeatsWord *word)
{
  const char *w = folded + word->start;

  for (guint k = 0; k < G_N_ELEMENTS (keywords); k++)
    {
      gsize len = strlen (keywords[k].word);

      if (len >= 6 && word->len >= len + 3 && keywords[k].type != FD_REPEATS_REF_NUMBER &&
          *w == *keywords[k].word && memcmp (w, keywords[k].word, len) == 0)
        return keywords[k].type;
    }

  return -1;
}

/* The kind of number the words before @i announce: a keyword, maybe with
 * short words or "number" between. -1 when none does. */
static int
keyword_before (const char          *folded,
                const FdRepeatsWord *words,
                guint                i)
{
  for (guint back = 1; back <= 3 && back <= i; back++)
    {
      const FdRepeatsWord *word = &words[i - back];
      gboolean may_stand_between = word->len <= 3;

      for (guint k = 0; k < G_N_ELEMENTS (keywords); k++)
        if (word_is (folded, word, keywords[k].word))
          {
            /* "nº", "no." after a keyword: look on for the keyword. */
            if (keywords[k].type != FD_REPEATS_REF_NUMBER)
              return keywords[k].type;
            for (guint more = back + 1; more <= 3 && more <= i; more++)
              for (guint j = 0; j < G_N_ELEMENTS (keywords); j++)
                if (keywords[j].type != FD_REPEATS_REF_NUMBER &&
                    word_is (folded, &words[i - more], keywords[j].word))
                  return keywords[j].type;
            return FD_REPEATS_REF_NUMBER;
          }

      if (back == 1 && word->len >= 9 && count_digits (folded, word) == 0)
        {
          int compound = compound_keyword (folded, word);

          if (compound >= 0)
            return compound;
        }

      for (guint k = 0; k < G_N_ELEMENTS (between) && !may_stand_between; k++)
        may_stand_between = word_is (folded, word, between[k]);
      if (!may_stand_between || count_digits (folded, word) > 0)
        return -1;
    }

  return -1;
}

static int
prefix_type (const char          *folded,
             const FdRepeatsWord *word,
             gboolean             whole)
{
  guint letters = 0;

  while (letters < word->len && g_ascii_isalpha (folded[word->start + letters]))
    letters++;
  if (letters == 0 || (whole && letters != word->len))
    return -1;

  for (guint k = 0; k < G_N_ELEMENTS (prefixes); k++)
    if (strlen (prefixes[k].prefix) == letters &&
        memcmp (folded + word->start, prefixes[k].prefix, letters) == 0)
      return prefixes[k].type;

  return -1;
}

static guint32
hash_digits (const char *digits)
{
  guint32 h = 2166136261u;

  for (const char *p = digits; *p != '\0'; p++)
    h = (h ^ (guchar) *p) * 16777619u;

  return h != 0 ? h : 1;
}

/* How a number is shown, the same however it was written: its digits,
 * or for a tracking number with letters, its letters and digits
 * ("1Z 999 AA1 0123456784" and "1Z999AA10123456784"). */
static void
set_ref_text (FdRepeatsRef *ref,
              const char   *digits,
              const char   *text,
              gsize         text_len)
{
  gsize n = 0;
  gboolean letters = FALSE;

  for (gsize i = 0; i < text_len; i++)
    letters |= g_ascii_isalpha (text[i]);

  if (ref->type != FD_REPEATS_REF_TRACKING || !letters)
    {
      g_strlcpy (ref->text, digits, sizeof ref->text);
      return;
    }

  for (gsize i = 0; i < text_len && n + 1 < sizeof ref->text; i++)
    if (g_ascii_isalnum (text[i]))
      ref->text[n++] = g_ascii_toupper (text[i]);
  ref->text[n] = '\0';
}

static void
add_ref (FdRepeatsMeaning *meaning,
         const char       *digits,
         gboolean          strong,
         FdRepeatsRefType  type,
         const char       *text,
         gsize             text_len)
{
  guint32 hash = hash_digits (digits);
  FdRepeatsRef *ref = NULL;

  for (guint i = 0; i < meaning->n_refs; i++)
    if (meaning->refs[i].hash == hash)
      ref = &meaning->refs[i];

  if (ref != NULL)
    {
      /* Named once, named: "order 48213 ... 48213?" */
      if (strong && !ref->strong)
        ref->strong = TRUE;
      if (type != FD_REPEATS_REF_NUMBER && ref->type == FD_REPEATS_REF_NUMBER)
        {
          ref->type = type;
          set_ref_text (ref, digits, text, text_len);
        }
      return;
    }

  if (meaning->n_refs == FD_REPEATS_MAX_REFS)
    {
      /* Named numbers before bare ones. */
      if (!strong)
        return;
      for (guint i = meaning->n_refs; i > 0 && ref == NULL; i--)
        if (!meaning->refs[i - 1].strong)
          ref = &meaning->refs[i - 1];
      if (ref == NULL)
        return;
    }
  else
    ref = &meaning->refs[meaning->n_refs++];

  ref->hash = hash;
  ref->strong = strong;
  ref->type = type;
  set_ref_text (ref, digits, text, text_len);
}

static gboolean
all_digits (const char          *folded,
            const FdRepeatsWord *word)
{
  return word->len > 0 && count_digits (folded, word) == word->len;
}

/* Word @end goes on the number started before it as its next group of
 * thousands: "commande 82 340". Only after a word that names a number,
 * where a bare "12 345" could be anything. */
static gboolean
is_thousands_group (const char          *folded,
                    const FdRepeatsWord *words,
                    guint                start,
                    guint                end)
{
  return gap_is (folded, words, end, " ") && all_digits (folded, &words[end]) && words[end].len == 3 &&
         all_digits (folded, &words[end - 1]) && words[end - 1].len <= 3 &&
         (end - 1 > start || words[start].len <= 3) && keyword_before (folded, words, start) > 0;
}

/* The number after a year that opens it ("RE-2026-08812", "F 2026/1187"):
 * written without the year too ("Rechnung Nr. 08812"). NULL when it has
 * no such year or too few digits after it. */
static const char *
after_year (const char          *folded,
            const FdRepeatsWord *words,
            guint                start,
            guint                end,
            const char          *digits)
{
  for (guint w = start; w + 1 < end; w++)
    {
      const char *p = folded + words[w].start;

      if (count_digits (folded, &words[w]) == 0)
        continue;
      if (!all_digits (folded, &words[w]) || words[w].len != 4 ||
          !((p[0] == '1' && p[1] == '9') || (p[0] == '2' && p[1] == '0')))
        return NULL;
      /* The year's are the first digits. */
      digits += 4;
      return strlen (digits) >= 4 ? digits : NULL;
    }

  return NULL;
}

/* Order, invoice, tracking, return and ticket numbers in @folded. */
static void
find_refs (const char          *folded,
           const FdRepeatsWord *words,
           guint                n_words,
           FdRepeatsMeaning    *meaning)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  guint i = 0;

  while (i < n_words)
    {
      const char *gap;
      gsize gap_len;
      guint end, n_digits = 0;
      gboolean letters = FALSE, hash_tag;
      const char *rest;
      int type, prefix;

      g_string_truncate (digits, 0);

      /* Numbers start with a digit, or with letters joined to digits by
       * a dash ("INV-2231", "F-2026-1187"). */
      if (count_digits (folded, &words[i]) == 0 &&
          !(i + 1 < n_words && words[i].len <= 4 && gap_is (folded, words, i + 1, "-") &&
            count_digits (folded, &words[i + 1]) > 0))
        {
          i++;
          continue;
        }

      /* A tracking number written in groups: "1Z 999 AA1 0123456784". */
      for (end = i; end < n_words && count_digits (folded, &words[end]) > 0 && words[end].len <= 12 &&
           (end == i || gap_is (folded, words, end, " ")); end++)
        {
          n_digits += count_digits (folded, &words[end]);
          letters |= count_digits (folded, &words[end]) < words[end].len;
        }
      if (end - i >= 2 && n_digits >= 10 && letters)
        {
          for (guint w = i; w < end; w++)
            for (guint c = 0; c < words[w].len; c++)
              if (g_ascii_isdigit (folded[words[w].start + c]))
                g_string_append_c (digits, folded[words[w].start + c]);
          {
            g_autoptr(GString) text = g_string_new (NULL);

            for (guint w = i; w < end; w++)
              g_string_append_len (text, folded + words[w].start, words[w].len);
            add_ref (meaning, digits->str, TRUE, FD_REPEATS_REF_TRACKING, text->str, text->len);
          }
          i = end;
          continue;
        }

      /* One number: words joined by '-' or '/' ("F-2026-1187"). */
      n_digits = 0;
      letters = FALSE;
      for (end = i; end < n_words && (end == i || gap_is (folded, words, end, "-") || gap_is (folded, words, end, "/") ||
                                      is_thousands_group (folded, words, i, end)); end++)
        {
          for (guint c = 0; c < words[end].len; c++)
            {
              char ch = folded[words[end].start + c];

              if (g_ascii_isdigit (ch))
                g_string_append_c (digits, ch);
              else
                letters = TRUE;
            }
        }
      n_digits = digits->len;

      gap_before (folded, words, i, &gap, &gap_len);
      hash_tag = gap_len > 0 && gap[gap_len - 1] == '#';
      type = keyword_before (folded, words, i);
      /* Letters before the digits: in the word ("INV-2231", "f2026") or
       * the word before ("RMA 7731"). */
      prefix = prefix_type (folded, &words[i], FALSE);
      if (prefix < 0 && !letters && i > 0 && gap_is (folded, words, i, " "))
        prefix = prefix_type (folded, &words[i - 1], TRUE);

      if (n_digits >= 4 && letters)
        {
          /* "INV-2231", "1Z999AA10123456784"; not "24th", "S21", "PAY-17". */
          FdRepeatsRefType t = prefix >= 0 ? (FdRepeatsRefType) prefix
                               : type > 0 ? (FdRepeatsRefType) type
                               : n_digits >= 8 ? FD_REPEATS_REF_TRACKING : FD_REPEATS_REF_NUMBER;
          const char *text = folded + words[i].start;

          add_ref (meaning, digits->str, TRUE, t, text, words[end - 1].start + words[end - 1].len - words[i].start);
          if ((rest = after_year (folded, words, i, end, digits->str)) != NULL)
            add_ref (meaning, rest, TRUE, t, rest, strlen (rest));
        }
      else if (n_digits >= 4 && (hash_tag || type >= 0 || prefix >= 0))
        {
          /* "#48213", "pedido nº 30552", "RMA 7731", "Bestellnr. 73310" */
          FdRepeatsRefType t = prefix >= 0 ? (FdRepeatsRefType) prefix
                               : type > 0 ? (FdRepeatsRefType) type : FD_REPEATS_REF_ORDER;

          if (prefix >= 0 && !letters)
            {
              /* Shown with its letters: "RMA 7731". */
              const char *text = folded + words[i - 1].start;

              add_ref (meaning, digits->str, TRUE, t, text, words[end - 1].start + words[end - 1].len - words[i - 1].start);
            }
          else
            add_ref (meaning, digits->str, TRUE, t, digits->str, digits->len);
          if ((rest = after_year (folded, words, i, end, digits->str)) != NULL)
            add_ref (meaning, rest, TRUE, t, rest, strlen (rest));
        }
      else if (n_digits >= 5 && end - i == 1 && !letters)
        {
          /* A bare number, maybe an order's ("mi pedido? 30552"), maybe a
           * postcode: not an amount ("12500,00") or part of one. */
          const char *after = folded + words[i].start + words[i].len;
          gboolean amount = (gap_len == 1 && (gap[0] == ',' || gap[0] == '.') && i > 0 &&
                             count_digits (folded, &words[i - 1]) == words[i - 1].len) ||
                            ((after[0] == ',' || after[0] == '.') && g_ascii_isdigit (after[1]));

          if (!amount)
            add_ref (meaning, digits->str, FALSE, FD_REPEATS_REF_NUMBER, digits->str, digits->len);
        }

      i = end;
    }
}

/* Whether the word is part of an address: "@shop@social.example",
 * "www.shop.example/faq", "https://…". */
static gboolean
is_address_part (const char          *folded,
                 const FdRepeatsWord *word)
{
  const char *start = folded + word->start;
  const char *after = start + word->len;

  if (word->start > 0 && (start[-1] == '@' || start[-1] == '.' || start[-1] == '/'))
    return TRUE;
  if ((after[0] == '@' || after[0] == '.' || after[0] == '/') && g_ascii_isalnum (after[1]))
    return TRUE;
  return after[0] == ':' && (g_ascii_isalnum (after[1]) || after[1] == '/');
}

static const FdRepeatsWordTable *
get_common_words (void)
{
  static FdRepeatsWordTable *set = NULL;

  if (g_once_init_enter (&set))
    {
      FdRepeatsWordTable *table = _fd_repeats_word_table_new ();

      for (guint i = 0; i < G_N_ELEMENTS (common_words); i++)
        _fd_repeats_word_table_insert (table, common_words[i], GINT_TO_POINTER (1));
      g_once_init_leave (&set, table);
    }

  return set;
}

/* Bytes of a word's beginning that stand for it: "tringle" and
 * "tringles", "Handschuh" and "Handschuhe" agree. */
#define WORD_STEM 6

/* What stands for a word in FdRepeatsMeaning.words: its hash, folded
 * to 16 bits. */
static guint16
word_key (guint32 hash)
{
  return (guint16) (hash ^ (hash >> 16));
}

static void
add_word_key (FdRepeatsMeaning *meaning,
              guint32           hash)
{
  guint16 key = word_key (hash);

  for (guint k = 0; k < meaning->n_words; k++)
    if (meaning->words[k] == key)
      return;
  if (meaning->n_words < FD_REPEATS_MAX_WORDS)
    meaning->words[meaning->n_words++] = key;
}

/* Whether the text before @end ends with @str. */
static gboolean
ends_with (const char *folded,
           const char *end,
           const char *str)
{
  gsize len = strlen (str);

  return (gsize) (end - folded) >= len && memcmp (end - len, str, len) == 0;
}

/* Whether word @i is a sum of money with its currency, with or without
 * its cents ("89,90 €", "£49.00", "58€", "18 EUR"); not a date
 * ("12.08.") or a time ("10.30"). Puts what stands for it in @sum:
 * "£14" and "£14.00" are one sum. */
static gboolean
is_amount (const char          *folded,
           const FdRepeatsWord *words,
           guint                n_words,
           guint                i,
           char                 sum[16])
{
  const char *before = folded + words[i].start;
  const char *end = before + words[i].len;
  const char *after;
  gboolean cents;

  if (words[i].len > 6 || count_digits (folded, &words[i]) != words[i].len)
    return FALSE;

  cents = i + 1 < n_words && words[i + 1].len == 2 && count_digits (folded, &words[i + 1]) == 2 &&
          words[i + 1].start == words[i].start + words[i].len + 1 && (*end == ',' || *end == '.');
  if (!cents && (*end == ',' || *end == '.') && g_ascii_isdigit (end[1]))
    return FALSE;

  after = cents ? folded + words[i + 1].start + 2 : end;
  if (*after == ' ')
    after++;
  if (before > folded && before[-1] == ' ')
    before--;

  if (!(g_str_has_prefix (after, "€") || g_str_has_prefix (after, "eur") ||
        ends_with (folded, before, "€") || ends_with (folded, before, "£") || ends_with (folded, before, "$")))
    return FALSE;

  if (cents && memcmp (folded + words[i + 1].start, "00", 2) != 0)
    g_snprintf (sum, 16, "%.*s.%.2s", (int) words[i].len, folded + words[i].start, folded + words[i + 1].start);
  else
    g_snprintf (sum, 16, "%.*s", (int) words[i].len, folded + words[i].start);
  return TRUE;
}

/* The words of @words (no addresses) @folded is about
 * (FdRepeatsMeaning.words): four letters or more with three letters at
 * least, neither a stopword nor one any complaint uses, nor one of the
 * lexicon. */
static void
find_words (const char          *folded,
            const FdRepeatsWord *words,
            guint                n_words,
            FdRepeatsMeaning    *meaning)
{
  const FdRepeatsWordTable *common = get_common_words ();

  for (guint i = 0; i < n_words && meaning->n_words < FD_REPEATS_MAX_WORDS; i++)
    {
      const char *word = folded + words[i].start;
      guint letters = 0;
      char sum[16];

      /* A sum is named as a thing is: "89,90 €", "£14". */
      if (is_amount (folded, words, n_words, i, sum))
        {
          add_word_key (meaning, _fd_repeats_hash_bytes (sum, strlen (sum)));
          continue;
        }
      if (words[i].len < 4 || words[i].len > 32)
        continue;
      /* A code with letters and digits ("VERANO15") is such a thing;
       * a word of digits is a number, and a short one with a digit
       * ("S21", "x10") a model. */
      for (guint k = 0; k < words[i].len; k++)
        letters += !g_ascii_isdigit (word[k]);
      if (letters < 3 || (letters < words[i].len && words[i].len < 5) ||
          _fd_repeats_is_stopword (word, words[i].len) ||
          _fd_repeats_lexicon_knows (word, words[i].len) ||
          _fd_repeats_word_table_lookup (common, _fd_repeats_hash_bytes (word, words[i].len), word, words[i].len) != NULL)
        continue;

      add_word_key (meaning, _fd_repeats_hash_bytes (word, MIN (words[i].len, WORD_STEM)));
    }
}

void
_fd_repeats_meaning (const char       *own,
                     const char       *subject,
                     FdRepeatsMeaning *meaning)
{
  g_autofree char *folded_subject = NULL;
  g_autoptr(GArray) words = NULL;
  g_autoptr(GArray) said = NULL;
  g_autoptr(GArray) subject_words = NULL;

  memset (meaning, 0, sizeof *meaning);

  words = split_words (own);
  /* The lexicon and the things named read the words people wrote:
   * "@shop@social.example" at the start of a post is no three words of
   * it. Numbers are read in every word ("/orders/48213"). */
  said = g_array_sized_new (FALSE, FALSE, sizeof (FdRepeatsWord), words->len);
  for (guint i = 0; i < words->len; i++)
    if (!is_address_part (own, &g_array_index (words, FdRepeatsWord, i)))
      g_array_append_val (said, g_array_index (words, FdRepeatsWord, i));
  meaning->kinds = _fd_repeats_lexicon_match (own, (const FdRepeatsWord *) said->data, said->len,
                                              &meaning->flags);
  if (strchr (own, '?') != NULL)
    meaning->flags |= FD_REPEATS_MEANING_QUESTION;
  find_refs (own, (const FdRepeatsWord *) words->data, words->len, meaning);
  find_words (own, (const FdRepeatsWord *) said->data, said->len, meaning);

  /* The subject of a mail says what it is about as much as its text;
   * not of one that raises another matter in a reply, whose subject is
   * the first matter's. */
  if (subject != NULL && *subject != '\0')
    {
      guint32 subject_kinds;

      folded_subject = _fd_repeats_fold (subject);
      subject_words = split_words (folded_subject);
      subject_kinds = _fd_repeats_lexicon_match (folded_subject, (const FdRepeatsWord *) subject_words->data,
                                                 subject_words->len, NULL);
      if (!(meaning->flags & FD_REPEATS_MEANING_NEW_MATTER))
        meaning->kinds |= subject_kinds;
      find_refs (folded_subject, (const FdRepeatsWord *) subject_words->data, subject_words->len, meaning);
    }

  /* Named numbers first. */
  for (guint i = 1; i < meaning->n_refs; i++)
    for (guint j = i; j > 0 && meaning->refs[j].strong && !meaning->refs[j - 1].strong; j--)
      {
        FdRepeatsRef swap = meaning->refs[j];

        meaning->refs[j] = meaning->refs[j - 1];
        meaning->refs[j - 1] = swap;
      }
}

/* Drops from the things @meaning names the words of its author's own
 * name (@name, or none): "Rui Santos" signs every mail he writes, and
 * that says nothing of what two of them are about. */
void
_fd_repeats_meaning_drop_name (FdRepeatsMeaning *meaning,
                               const char       *name)
{
  g_autofree char *folded = NULL;
  g_autoptr(GArray) words = NULL;

  if (name == NULL || *name == '\0' || meaning->n_words == 0)
    return;

  folded = _fd_repeats_fold (name);
  words = split_words (folded);
  for (guint i = 0; i < words->len; i++)
    {
      const FdRepeatsWord *word = &g_array_index (words, FdRepeatsWord, i);
      guint16 key;
      guint k = 0;

      if (word->len < 4)
        continue;
      key = word_key (_fd_repeats_hash_bytes (folded + word->start, MIN (word->len, WORD_STEM)));
      for (guint j = 0; j < meaning->n_words; j++)
        if (meaning->words[j] != key)
          meaning->words[k++] = meaning->words[j];
      meaning->n_words = k;
    }
}

void
_fd_repeats_facts (const FdRepeatsMeaning *meaning,
                   FdRepeatsFacts         *facts)
{
  memset (facts, 0, sizeof *facts);
  facts->kinds = meaning->kinds;
  facts->flags = meaning->flags;
  facts->n_refs = meaning->n_refs;
  for (guint i = 0; i < meaning->n_refs; i++)
    {
      facts->refs[i] = meaning->refs[i].hash;
      facts->ref_info[i] = meaning->refs[i].type | (meaning->refs[i].strong ? FD_REPEATS_REF_STRONG : 0);
    }
  facts->n_words = meaning->n_words;
  memcpy (facts->words, meaning->words, meaning->n_words * sizeof (guint16));
}

gboolean
_fd_repeats_facts_empty (const FdRepeatsFacts *facts)
{
  return facts->kinds == 0 && facts->flags == 0 && facts->n_refs == 0 && facts->n_words == 0;
}

/* Stored as: kinds (4 bytes, little-endian), the low byte of the flags
 * (1), then per number its hash (4) and type (1). With words or flags of
 * the high byte, the low byte has EXTENDED set, and the numbers are
 * followed by each word's hash (2), the high byte of the flags (1) and
 * the number of words (1). */
#define EXTENDED 0x80
G_STATIC_ASSERT ((FD_REPEATS_MEANING_OPENS_AGAIN << 1) == EXTENDED);

GBytes *
_fd_repeats_facts_pack (const FdRepeatsFacts *facts)
{
  guint8 data[5 + 5 * FD_REPEATS_MAX_REFS + 2 * FD_REPEATS_MAX_WORDS + 2];
  gboolean extended = facts->n_words > 0 || (facts->flags >> 8) != 0;
  gsize len = 0;

  if (_fd_repeats_facts_empty (facts))
    return NULL;

  for (guint b = 0; b < 4; b++)
    data[len++] = (guint8) (facts->kinds >> (8 * b));
  data[len++] = (guint8) (facts->flags & ~EXTENDED) | (extended ? EXTENDED : 0);
  for (guint i = 0; i < facts->n_refs; i++)
    {
      for (guint b = 0; b < 4; b++)
        data[len++] = (guint8) (facts->refs[i] >> (8 * b));
      data[len++] = facts->ref_info[i];
    }
  if (extended)
    {
      for (guint i = 0; i < facts->n_words; i++)
        {
          data[len++] = (guint8) facts->words[i];
          data[len++] = (guint8) (facts->words[i] >> 8);
        }
      data[len++] = (guint8) (facts->flags >> 8);
      data[len++] = facts->n_words;
    }

  return g_bytes_new (data, len);
}

void
_fd_repeats_facts_unpack (const guint8   *data,
                          gsize           len,
                          FdRepeatsFacts *facts)
{
  memset (facts, 0, sizeof *facts);
  if (data == NULL || len < 5)
    return;

  for (guint b = 0; b < 4; b++)
    facts->kinds |= (guint32) data[b] << (8 * b);
  facts->flags = data[4] & ~EXTENDED;
  if ((data[4] & EXTENDED) && len >= 7)
    {
      guint n_words = MIN (data[len - 1], FD_REPEATS_MAX_WORDS);

      if (5 + 2 * n_words + 2 <= len)
        {
          facts->flags |= (guint16) (data[len - 2] << 8);
          len -= 2 * n_words + 2;
          for (guint i = 0; i < n_words; i++)
            facts->words[i] = (guint16) (data[len + 2 * i] | (data[len + 2 * i + 1] << 8));
          facts->n_words = (guint8) n_words;
        }
    }
  for (gsize off = 5; off + 5 <= len && facts->n_refs < FD_REPEATS_MAX_REFS; off += 5)
    {
      guint32 hash = 0;

      for (guint b = 0; b < 4; b++)
        hash |= (guint32) data[off + b] << (8 * b);
      facts->refs[facts->n_refs] = hash;
      facts->ref_info[facts->n_refs] = data[off + 4];
      facts->n_refs++;
    }
}

guint32
_fd_repeats_hash_id (const char *remote_id)
{
  guint32 h = 2166136261u;

  if (remote_id == NULL || *remote_id == '\0')
    return 0;

  for (const char *p = remote_id; *p != '\0'; p++)
    h = (h ^ (guchar) *p) * 16777619u;

  return h != 0 ? h : 1;
}

/* The comparison */

guint
_fd_repeats_facts_shared_words (const FdRepeatsFacts *a,
                                const FdRepeatsFacts *b)
{
  guint shared = 0;

  for (guint i = 0; i < a->n_words; i++)
    for (guint j = 0; j < b->n_words; j++)
      shared += a->words[i] == b->words[j];

  return shared;
}

gboolean
_fd_repeats_facts_share_word (const FdRepeatsFacts *a,
                              const FdRepeatsFacts *b)
{
  return _fd_repeats_facts_shared_words (a, b) > 0;
}

static int
find_ref (const FdRepeatsFacts *facts,
          guint32               hash)
{
  for (guint i = 0; i < facts->n_refs; i++)
    if (facts->refs[i] == hash)
      return (int) i;

  return -1;
}

static gboolean
has_strong (const FdRepeatsFacts *facts)
{
  for (guint i = 0; i < facts->n_refs; i++)
    if (facts->ref_info[i] & FD_REPEATS_REF_STRONG)
      return TRUE;

  return FALSE;
}

gboolean
_fd_repeats_facts_other_orders (const FdRepeatsFacts *a,
                                const FdRepeatsFacts *b)
{
  if (!has_strong (a) || !has_strong (b))
    return FALSE;

  for (guint i = 0; i < a->n_refs; i++)
    if (find_ref (b, a->refs[i]) >= 0)
      return FALSE;

  return TRUE;
}

static gboolean
shares_band (const gint64 a[FD_REPEATS_N_BANDS],
             const gint64 b[FD_REPEATS_N_BANDS])
{
  for (guint band = 0; band < FD_REPEATS_N_BANDS; band++)
    if (a[band] == b[band])
      return TRUE;

  return FALSE;
}

/* Normalized characters below which a post that asks again without a
 * question mark is only that ("ancora niente, ciao eh."). */
#define NUDGE_MAX_LENGTH 80

/* It asks again and says nothing else: no complaint, no order of its
 * own, no thanks, nothing added; and it asks ("still nothing??") or is
 * short and opens by asking again: "charged again from June" in a
 * longer post, or "I haven't tried it on the PC yet", is not asking
 * again. */
static gboolean
is_nudge_only (const FdRepeatsIndexEntry *entry)
{
  const FdRepeatsFacts *facts = &entry->facts;

  return (facts->flags & FD_REPEATS_MEANING_NUDGE) && facts->kinds == 0 && !has_strong (facts) &&
         !(facts->flags & (FD_REPEATS_MEANING_THANKS | FD_REPEATS_MEANING_UPDATE)) &&
         ((facts->flags & FD_REPEATS_MEANING_QUESTION) ||
          ((facts->flags & FD_REPEATS_MEANING_OPENS_AGAIN) && entry->sig.length < NUDGE_MAX_LENGTH));
}

/* Whether the post adds to another, answers our question, only thanks
 * ("Ara sí, moltes gràcies!") or says the problem is solved, without
 * asking again or saying it told us before. */
static gboolean
is_follow_up (const FdRepeatsIndexEntry *entry)
{
  guint16 flags = entry->facts.flags;

  if (flags & FD_REPEATS_MEANING_SAID_BEFORE)
    return FALSE;
  /* "It works again" is solved; "still nothing, though the link worked"
   * asks again. */
  if ((flags & FD_REPEATS_MEANING_RESOLVED) && !(flags & FD_REPEATS_MEANING_OPENS_AGAIN))
    return TRUE;
  if (flags & FD_REPEATS_MEANING_NUDGE)
    return FALSE;
  return (flags & (FD_REPEATS_MEANING_UPDATE | FD_REPEATS_MEANING_AFTER_QUESTION |
                   FD_REPEATS_MEANING_OPENS_THANKS)) != 0;
}

/* Which of two posts came first, whatever order they were stored in. */
static gboolean
is_before (const FdRepeatsIndexEntry *a,
           const FdRepeatsIndexEntry *b)
{
  if (a->created_at != b->created_at)
    return a->created_at < b->created_at;
  return a->remote_hash < b->remote_hash;
}

#define DEMANDS ((1u << FD_COMPLAINT_REFUND) | (1u << FD_COMPLAINT_CANCELLATION))
#define DIGITAL ((1u << FD_COMPLAINT_DISCOUNT_CODE) | (1u << FD_COMPLAINT_APP_CRASH) | \
                 (1u << FD_COMPLAINT_LOGIN) | (1u << FD_COMPLAINT_PAYMENT))

/* "Doesn't work", "kaputt", "ne marche pas" tell of a broken kettle and
 * of a code, an app, a login or a payment that fails alike: a post whose
 * only complaint is that something is broken may be about the code, the
 * app, the login or the payment the other names. */
static gboolean
broken_or (guint32 a,
           guint32 b)
{
  const guint32 broken = 1u << FD_COMPLAINT_DAMAGED_ITEM;

  return (a == broken && (b & DIGITAL) != 0) || (b == broken && (a & DIGITAL) != 0);
}

/* Whether the post opens by asking again or says it told us before, and
 * neither adds to another nor thanks. */
static gboolean
opens_asking_again (const FdRepeatsFacts *facts)
{
  return (facts->flags & (FD_REPEATS_MEANING_OPENS_AGAIN | FD_REPEATS_MEANING_SAID_BEFORE)) &&
         !(facts->flags & (FD_REPEATS_MEANING_UPDATE | FD_REPEATS_MEANING_THANKS));
}

/* What the two posts say: the same number, only asking again, the same
 * kind of complaint. */
static FdRepeatReason
compare_content (const FdRepeatsIndexEntry *earlier,
                 const FdRepeatsIndexEntry *later,
                 guint32                   *out_ref,
                 FdComplaint               *out_complaint)
{
  const FdRepeatsFacts *fe = &earlier->facts, *fl = &later->facts;
  /* A post that asks again in answer to a thread other than the
   * earlier post's asks about the complaint that opened the thread. */
  gboolean later_asks_elsewhere = later->reply_hash != 0 && later->conversation_id != earlier->conversation_id;
  guint32 common;
  int shared = -1;

  /* A number both name, named as one by at least one of them. */
  for (guint i = 0; i < fl->n_refs && shared < 0; i++)
    {
      int j = find_ref (fe, fl->refs[i]);

      if (j >= 0 && ((fl->ref_info[i] | fe->ref_info[j]) & FD_REPEATS_REF_STRONG))
        shared = (int) i;
    }

  common = fe->kinds & fl->kinds;

  if (shared >= 0)
    {
      /* The same order: the same complaint or one akin to it (the VAT
       * charged twice, then "correct the invoice"), or one that only
       * asks again. Not another problem ("it came, and it is broken") or
       * another question ("can I add an item to it?"). */
      if (common != 0 || (_fd_repeats_complaint_kin (fe->kinds) & fl->kinds) != 0 ||
          /* "Still waiting a week: a new one or my money back." */
          (opens_asking_again (fl) && (fl->kinds & ~DEMANDS) == 0 && !later_asks_elsewhere) ||
          /* "I still have no lamp. Send it or refund me": money back
           * for what never came. */
          ((fl->flags & FD_REPEATS_MEANING_NUDGE) && (fe->kinds & (1u << FD_COMPLAINT_LATE_DELIVERY)) &&
           (fl->kinds & ~DEMANDS) == 0) ||
          /* One that only asks again about the order, or one that only
           * asked before it, unless it asks in answer to a thread, about
           * the complaint that opened that thread. */
          (fl->kinds == 0 && (fl->flags & FD_REPEATS_MEANING_NUDGE) && !later_asks_elsewhere) ||
          (fe->kinds == 0 && (fe->flags & FD_REPEATS_MEANING_NUDGE) && earlier->reply_hash == 0) ||
          /* Neither says what is wrong with the order, or one does and
           * the other only tells of it in words the lexicon does not
           * know ("arrived in a thousand pieces"), without asking
           * something else ("can you send the next one elsewhere?"). */
          (fe->kinds == 0 && fl->kinds == 0) ||
          (fe->kinds == 0 && !(fe->flags & FD_REPEATS_MEANING_QUESTION)) ||
          (fl->kinds == 0 && !(fl->flags & FD_REPEATS_MEANING_QUESTION)))
        {
          *out_ref = fl->refs[shared];
          return FD_REPEAT_REASON_SAME_REFERENCE;
        }
      return FD_REPEAT_REASON_UNKNOWN;
    }

  /* A post that only asks again ("hello??? anyone", "still nothing",
   * "third time asking"), naming no order and no complaint of its own,
   * asks again about what the customer said before. */
  if (is_nudge_only (later) && (fe->kinds != 0 || has_strong (fe)) && !is_nudge_only (earlier))
    return FD_REPEAT_REASON_ASKED_AGAIN;

  /* The same kind of complaint is the same complaint when neither names
   * an order: a customer with two orders has two complaints. When only
   * the earlier names one, the later may ask again after it without
   * ("order 70314 has not left the warehouse", then "still stuck!!!"),
   * but a post that only makes the same kind of complaint could be
   * about another order. */
  if (has_strong (fe) && has_strong (fl))
    return FD_REPEAT_REASON_UNKNOWN;
  if ((has_strong (fe) || has_strong (fl)) &&
      (has_strong (fl) || !(fl->flags & FD_REPEATS_MEANING_NUDGE)) &&
      /* Unless both name the same thing ("the Fizik saddle came
       * scratched", then "saddle of order 58231 scratched") with the
       * same complaint, or the later one says it told us before, or opens
       * by asking again, at most with a refund asked for. */
      !(_fd_repeats_facts_share_word (fe, fl) &&
        ((_fd_repeats_complaint_kin (fe->kinds) & fl->kinds) != 0 ||
         (fl->flags & FD_REPEATS_MEANING_SAID_BEFORE) ||
         ((fl->flags & FD_REPEATS_MEANING_OPENS_AGAIN) && (fl->kinds & ~DEMANDS) == 0))) &&
      /* Or says it told us before, with the same complaint. */
      !((fl->flags & FD_REPEATS_MEANING_SAID_BEFORE) && common != 0))
    return FD_REPEAT_REASON_UNKNOWN;

  if (common != 0)
    {
      *out_complaint = (FdComplaint) g_bit_nth_lsf (common, -1);
      return FD_REPEAT_REASON_SAME_COMPLAINT;
    }

  /* A complaint akin to the earlier one ("charged twice", then "refund
   * the duplicate") from a post that opens by asking again or says it
   * told us before. */
  if ((_fd_repeats_complaint_kin (fe->kinds) & fl->kinds) != 0 && opens_asking_again (fl))
    return FD_REPEAT_REASON_ASKED_AGAIN;

  /* A post that asks again about the same thing in its own words
   * ("still no tape", "Casco ancora rosso, nessuna risposta", "as I
   * said, the basket page is blank"): it names something the earlier
   * post, a complaint, named, and no other complaint. */
  if (opens_asking_again (fl) &&
      (fe->kinds != 0 || has_strong (fe) || (fl->flags & FD_REPEATS_MEANING_SAID_BEFORE)) &&
      /* "I'd take a refund at this point", "or cancel it": what people
       * ask for when any complaint drags on. */
      ((fl->kinds & ~DEMANDS) == 0 || fe->kinds == 0 || (_fd_repeats_complaint_kin (fe->kinds) & fl->kinds) != 0) &&
      _fd_repeats_facts_share_word (fe, fl))
    return FD_REPEAT_REASON_ASKED_AGAIN;

  /* A post that asks again about a thing the earlier one named, when
   * one of the two tells what is wrong in words the lexicon does not
   * know ("a £35 torch that doesn't torch", "42s in a 44 box"): nothing
   * tells them apart. Asking again is opening with it, saying so, or a
   * short post ("toujours pas de tringles, merci") or one that asks
   * ("anyone there? still no coupler"), not "charged again from June" in
   * a longer one. */
  if ((fe->kinds == 0 || fl->kinds == 0 || broken_or (fe->kinds, fl->kinds)) &&
      ((fl->flags & (FD_REPEATS_MEANING_OPENS_AGAIN | FD_REPEATS_MEANING_SAID_BEFORE)) ||
       ((fl->flags & FD_REPEATS_MEANING_NUDGE) &&
        (later->sig.length < NUDGE_MAX_LENGTH || (fl->flags & FD_REPEATS_MEANING_QUESTION)))) &&
      _fd_repeats_facts_share_word (fe, fl))
    return FD_REPEAT_REASON_ASKED_AGAIN;

  return FD_REPEAT_REASON_UNKNOWN;
}

FdRepeatReason
_fd_repeats_compare (const FdRepeatsIndexEntry *a,
                     const gint64               keys_a[FD_REPEATS_N_BANDS],
                     const FdRepeatsIndexEntry *b,
                     const gint64               keys_b[FD_REPEATS_N_BANDS],
                     guint32                   *out_ref,
                     FdComplaint               *out_complaint)
{
  const FdRepeatsIndexEntry *earlier = is_before (a, b) ? a : b;
  const FdRepeatsIndexEntry *later = earlier == a ? b : a;
  const FdRepeatsFacts *fe = &earlier->facts, *fl = &later->facts;
  gboolean thread_asks_again = FALSE;
  FdRepeatReason reason;

  *out_ref = 0;
  *out_complaint = 0;

  /* A post that only adds to another ("PS: it is order 20931") or that
   * answers our question ("it is order 30177") is a follow-up: a copy of
   * nothing, and nothing later is a copy of it. */
  if (is_follow_up (a) || is_follow_up (b))
    return FD_REPEAT_REASON_UNKNOWN;

  if (a->sig.length >= FD_REPEATS_MIN_LENGTH && b->sig.length >= FD_REPEATS_MIN_LENGTH &&
      shares_band (keys_a, keys_b) && _fd_repeats_is_copy (&a->sig, &b->sig, FD_REPEATS_COPY_THRESHOLD))
    {
      /* Near copies that name an order say which. */
      for (guint i = 0; i < fl->n_refs; i++)
        {
          int j = find_ref (fe, fl->refs[i]);

          if (j >= 0 && ((fl->ref_info[i] | fe->ref_info[j]) & FD_REPEATS_REF_STRONG))
            {
              *out_ref = fl->refs[i];
              return FD_REPEAT_REASON_SAME_REFERENCE;
            }
        }
      return FD_REPEAT_REASON_NEAR_COPY;
    }

  /* A post that says it raises another matter is not the earlier one
   * again, whatever it has in common with it. */
  if (fl->flags & FD_REPEATS_MEANING_NEW_MATTER)
    return FD_REPEAT_REASON_UNKNOWN;
  /* Nor is one that says the parcel came at last ("Maschine ist
   * endlich da, aber kein Knethaken"), unless it makes a complaint the
   * earlier one made, other than asking for money back ("it turned up;
   * refund the shipping you charged twice"): waiting is over, whatever
   * it says next. */
  if ((fl->flags & FD_REPEATS_MEANING_ARRIVED) &&
      !(fl->kinds & (1u << FD_COMPLAINT_LATE_DELIVERY)) && (fe->kinds & fl->kinds & ~DEMANDS) == 0)
    return FD_REPEAT_REASON_UNKNOWN;
  /* And a later post asks again about that matter only when it makes
   * the same complaint. */
  if ((fe->flags & FD_REPEATS_MEANING_NEW_MATTER) && (fe->kinds & fl->kinds) == 0)
    return FD_REPEAT_REASON_UNKNOWN;

  /* A post that quotes another and adds to it is a follow-up: most of
   * the shorter one's text is in the longer one, which is much longer
   * (near copies are of like length). */
  if (a->sig.length >= FD_REPEATS_MIN_LENGTH && b->sig.length >= FD_REPEATS_MIN_LENGTH)
    {
      double shorter = MIN (a->sig.length, b->sig.length);
      double longer = MAX (a->sig.length, b->sig.length);
      double j = _fd_repeats_jaccard (&a->sig, &b->sig);
      const FdRepeatsIndexEntry *longest = a->sig.length > b->sig.length ? a : b;

      if (longest == later && shorter / longer < 0.6 &&
          j * (shorter + longer) / ((1 + j) * shorter) >= 0.8)
        return FD_REPEAT_REASON_UNKNOWN;
    }

  /* In one thread, a post that answers someone else (our question) or
   * adds to the earlier one is a follow-up, not a copy. One that asks
   * again after an answer of ours that asked nothing ("we are looking
   * into it", then "still nothing?") is the complaint again, unless it
   * brings a number or another complaint; the same number, when both
   * give it, says it better. */
  if (earlier->conversation_id == later->conversation_id && earlier->conversation_id != 0)
    {
      /* After an answer of ours that asked nothing, the same complaint
       * again asks again, in whatever words. */
      gboolean asks_again = ((fl->flags & FD_REPEATS_MEANING_AFTER_STATEMENT) &&
                             ((fl->flags & FD_REPEATS_MEANING_NUDGE) || (fe->kinds & fl->kinds) != 0) &&
                             !(fl->flags & FD_REPEATS_MEANING_THANKS)) ||
                            ((fl->flags & FD_REPEATS_MEANING_AFTER_QUESTION) &&
                             (fl->flags & FD_REPEATS_MEANING_SAID_BEFORE) && (fl->flags & FD_REPEATS_MEANING_NUDGE) &&
                             (fe->kinds & fl->kinds) != 0);

      /* One that answers the customer's own later post ("still no
       * label", then "third time: where is the label??") goes on asking. */
      if (later->reply_hash != 0 && later->reply_hash != earlier->remote_hash && !asks_again &&
          (fl->flags & (FD_REPEATS_MEANING_AFTER_STATEMENT | FD_REPEATS_MEANING_AFTER_QUESTION)))
        return FD_REPEAT_REASON_UNKNOWN;
      if (fl->flags & FD_REPEATS_MEANING_UPDATE)
        return FD_REPEAT_REASON_UNKNOWN;
      for (guint i = 0; i < fl->n_refs; i++)
        if (find_ref (fe, fl->refs[i]) < 0)
          return FD_REPEAT_REASON_UNKNOWN;
      thread_asks_again = asks_again &&
                          (fl->kinds == 0 || fe->kinds == 0 || (_fd_repeats_complaint_kin (fe->kinds) & fl->kinds) != 0);
    }

  reason = compare_content (earlier, later, out_ref, out_complaint);
  if (reason == FD_REPEAT_REASON_UNKNOWN && thread_asks_again)
    return FD_REPEAT_REASON_ASKED_AGAIN;

  return reason;
}

/* Reasons */

static const char * const ref_type_ids[] = {
  [FD_REPEATS_REF_NUMBER] = "number",
  [FD_REPEATS_REF_ORDER] = "order",
  [FD_REPEATS_REF_INVOICE] = "invoice",
  [FD_REPEATS_REF_TRACKING] = "tracking",
  [FD_REPEATS_REF_RETURN] = "return",
  [FD_REPEATS_REF_TICKET] = "ticket",
};

static FdRepeatsRefType
ref_type_in (const FdRepeatsFacts *facts,
             guint32               hash)
{
  int i = facts != NULL ? find_ref (facts, hash) : -1;

  return i >= 0 ? (FdRepeatsRefType) (facts->ref_info[i] & ~FD_REPEATS_REF_STRONG) : FD_REPEATS_REF_NUMBER;
}

char *
_fd_repeats_reason_value (FdRepeatReason          reason,
                          guint32                 ref,
                          FdComplaint             complaint,
                          const FdRepeatsMeaning *meaning,
                          const FdRepeatsFacts   *facts_a,
                          const FdRepeatsFacts   *facts_b)
{
  FdRepeatsRefType type;
  const char *text = NULL;

  if (reason == FD_REPEAT_REASON_SAME_COMPLAINT)
    return g_strdup (_fd_repeats_complaint_id (complaint));
  if (reason != FD_REPEAT_REASON_SAME_REFERENCE)
    return NULL;

  /* The kind of number, from whichever post says it (the same whichever
   * of the two is @facts_a). */
  type = MAX (ref_type_in (facts_a, ref), ref_type_in (facts_b, ref));
  if (type >= G_N_ELEMENTS (ref_type_ids))
    type = FD_REPEATS_REF_NUMBER;

  for (guint i = 0; meaning != NULL && i < meaning->n_refs && text == NULL; i++)
    if (meaning->refs[i].hash == ref)
      text = meaning->refs[i].text;

  return g_strdup_printf ("%s:%s", ref_type_ids[type], text != NULL ? text : "?");
}

const char *
fd_repeat_reason_to_string (FdRepeatReason reason)
{
  switch (reason)
    {
    case FD_REPEAT_REASON_SAME_REFERENCE:
      return "same-reference";
    case FD_REPEAT_REASON_NEAR_COPY:
      return "near-copy";
    case FD_REPEAT_REASON_SAME_COMPLAINT:
      return "same-complaint";
    case FD_REPEAT_REASON_OTHER_LANGUAGE:
      return "other-language";
    case FD_REPEAT_REASON_ASKED_AGAIN:
      return "asked-again";
    case FD_REPEAT_REASON_UNKNOWN:
    default:
      return "unknown";
    }
}

/* gettext, or the English text. */
#define T(translated, str) ((translated) ? _(str) : (str))

char *
fd_repeats_describe_reason (FdRepeatReason  reason,
                            const char     *value,
                            gboolean        translated)
{
  const char *colon = value != NULL ? strchr (value, ':') : NULL;
  g_autofree char *type = colon != NULL ? g_strndup (value, colon - value) : NULL;
  const char *number = colon != NULL ? colon + 1 : NULL;
  FdComplaint complaint;

  switch (reason)
    {
    case FD_REPEAT_REASON_NEAR_COPY:
      /* Translators: why posts were grouped as copies of one complaint */
      return g_strdup (T (translated, N_("near copy")));

    case FD_REPEAT_REASON_SAME_COMPLAINT:
      if (value == NULL || !_fd_repeats_complaint_from_id (value, &complaint))
        return g_strdup (T (translated, N_("same complaint")));
      /* Translators: why posts were grouped; %s is a kind of complaint such as "refund" */
      return g_strdup_printf (T (translated, N_("same complaint: %s")),
                              translated ? _(_fd_repeats_complaint_label (complaint))
                                         : _fd_repeats_complaint_label (complaint));

    case FD_REPEAT_REASON_SAME_REFERENCE:
      if (number == NULL)
        return g_strdup (T (translated, N_("same number")));
      /* Translators: why posts were grouped; %s is an order number such as 48213 */
      if (g_str_equal (type, "order"))
        return g_strdup_printf (T (translated, N_("same order #%s")), number);
      /* Translators: why posts were grouped; %s is an invoice number */
      if (g_str_equal (type, "invoice"))
        return g_strdup_printf (T (translated, N_("same invoice %s")), number);
      /* Translators: why posts were grouped; %s is a parcel's tracking number */
      if (g_str_equal (type, "tracking"))
        return g_strdup_printf (T (translated, N_("same tracking number %s")), number);
      /* Translators: why posts were grouped; %s is the number of a return */
      if (g_str_equal (type, "return"))
        return g_strdup_printf (T (translated, N_("same return %s")), number);
      /* Translators: why posts were grouped; %s is a support ticket's number */
      if (g_str_equal (type, "ticket"))
        return g_strdup_printf (T (translated, N_("same ticket %s")), number);
      /* Translators: why posts were grouped; %s is a number both posts give */
      return g_strdup_printf (T (translated, N_("same number %s")), number);

    case FD_REPEAT_REASON_OTHER_LANGUAGE:
      if (type == NULL || *type == '\0' || number == NULL || *number == '\0')
        return g_strdup (T (translated, N_("same complaint in another language")));
      /* Translators: why posts were grouped: one post was translated and
       * compared with the other; the %s are languages, e.g. "Spanish" and "English" */
      return g_strdup_printf (T (translated, N_("same complaint in another language: %s and %s")),
                              translated ? fd_language_get_name (type) : type,
                              translated ? fd_language_get_name (number) : number);

    case FD_REPEAT_REASON_ASKED_AGAIN:
      /* Translators: why posts were grouped: the customer wrote again only
       * to ask again ("still nothing?"), or after an answer that did not
       * settle it */
      return g_strdup (T (translated, N_("asked again")));

    case FD_REPEAT_REASON_UNKNOWN:
    default:
      return g_strdup (T (translated, N_("repeated")));
    }
}

char *
fd_repeat_group_dup_reason (const FdRepeatGroup *group)
{
  g_autofree char *reason = NULL;

  g_return_val_if_fail (group != NULL, NULL);

  reason = fd_repeats_describe_reason (group->reason, group->reason_value, TRUE);
  if (!group->possible)
    return g_steal_pointer (&reason);

  /* Translators: over posts on two channels under one name; %s says why, e.g. "same order #48213" */
  return g_strdup_printf (_("possibly the same customer: %s"), reason);
}
