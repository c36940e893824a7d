/* fd-repeats-text.c: what the repeat detector compares: normalized text,
 * MinHash signatures and LSH band keys.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-repeats-private.h"

/* Words that say nothing about what the post is about, in the languages
 * we see most: articles, pronouns, greetings, and the fillers people add
 * when they post the same thing again ("again", "still", "otra vez",
 * "encore", "immer noch"). Folded: lower case, no accents. */
static const char * const stopwords[] = {
  /* en */
  "the", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "from", "by",
  "is", "are", "was", "were", "be", "been", "am", "it", "its", "this", "that", "these",
  "those", "me", "my", "we", "our", "you", "your", "he", "she", "they", "them", "their",
  "as", "so", "do", "does", "did", "have", "has", "had", "just", "very", "really", "please",
  "pls", "plz", "again", "still", "once", "more", "yet", "already", "anymore", "another",
  "time", "times", "hi", "hello", "hey", "thanks", "thank", "guys", "folks", "team", "ok",
  "im", "ive", "its", "dont", "don", "let", "lol", "omg", "seriously", "even",
  /* es */
  "el", "la", "los", "las", "un", "una", "unos", "unas", "de", "del", "al", "que", "en",
  "por", "para", "con", "mi", "mis", "me", "tu", "su", "sus", "es", "son", "esta", "estan",
  "este", "esto", "eso", "ya", "aun", "todavia", "sigue", "siguen", "sigo", "otra", "otro",
  "vez", "veces", "nuevo", "hola", "gracias", "favor", "porfa", "se", "lo", "le", "les",
  "nos", "muy", "pero", "como", "he", "ha", "han", "hay",
  /* fr */
  "le", "les", "une", "des", "du", "et", "ou", "qui", "au", "aux", "par", "avec", "mon",
  "ma", "mes", "je", "moi", "te", "vous", "nous", "il", "elle", "est", "sont", "ce", "cet",
  "cette", "ces", "ca", "toujours", "encore", "deja", "fois", "nouveau", "bonjour", "merci",
  "svp", "plait", "sil", "ai", "avez", "suis", "bien",
  /* de */
  "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und",
  "oder", "zu", "im", "am", "an", "auf", "fur", "mit", "von", "ist", "sind", "war", "ich",
  "mein", "meine", "meinen", "mir", "mich", "du", "sie", "wir", "es", "noch", "immer",
  "schon", "wieder", "nochmal", "erneut", "mal", "bitte", "danke", "hallo", "auch", "aber",
  "habe", "hat", "haben",
};

/* At the start of the first line: dropped with what follows on that line
 * up to a comma, or the whole line when it is short. */
static const char * const greetings[] = {
  "hi", "hello", "hey", "dear", "good morning", "good afternoon", "good evening",
  "hola", "buenos dias", "buenas tardes", "buenas noches", "buenas", "estimado", "estimada",
  "estimados", "bonjour", "bonsoir", "salut", "madame", "monsieur", "cher", "chere",
  "hallo", "guten tag", "guten morgen", "guten abend", "sehr geehrte", "liebe", "lieber",
  "moin", "servus", "bom dia", "boa tarde", "boa noite", "ola", "oi", "caro", "cara", "buongiorno",
  "buonasera", "ciao", "salve", "gentile", "goedemiddag", "goedemorgen", "goedenavond", "beste",
  "hoi", "bon dia", "bona tarda", "bona nit", "re-bonjour", "rebonjour",
};

/* A line that is one of these (maybe followed by a name) ends the text:
 * what follows is a name and a signature. */
static const char * const signoffs[] = {
  "best regards", "kind regards", "warm regards", "regards", "best", "cheers", "thanks",
  "thank you", "many thanks", "thanks in advance", "sincerely", "yours sincerely", "yours",
  "saludos", "un saludo", "saludos cordiales", "atentamente", "gracias", "muchas gracias",
  "un abrazo", "cordialement", "bien cordialement", "bien a vous", "merci", "merci d'avance",
  "a bientot", "mit freundlichen grussen", "freundliche grusse", "viele grusse",
  "beste grusse", "liebe grusse", "lg", "mfg", "gruss", "danke", "vielen dank",
};

/* Lines starting like this end the text too (mobile footers). */
static const char * const footers[] = {
  "sent from my", "enviado desde mi", "envoye de mon", "von meinem", "gesendet von",
  "-----original message", "----- original message", "-----mensaje original",
  "-----message d'origine", "-----urspr",
};

/* How a quoted reply is introduced: "On <date>, <name> wrote:". */
static const char * const quote_headers[] = {
  "wrote:", "escribio:", "a ecrit :", "a ecrit:", "schrieb:",
};

/* Word tables */

FdRepeatsWordTable *
_fd_repeats_word_table_new (void)
{
  FdRepeatsWordTable *table = g_new0 (FdRepeatsWordTable, 1);

  table->mask = 63;
  table->slots = g_new0 (FdRepeatsWordSlot, table->mask + 1);
  return table;
}

static FdRepeatsWordSlot *
find_slot (FdRepeatsWordSlot *slots,
           guint              mask,
           guint32            hash,
           const char        *word,
           gsize              len)
{
  guint i = hash & mask;

  while (slots[i].word != NULL &&
         !(slots[i].hash == hash && slots[i].len == len && memcmp (slots[i].word, word, len) == 0))
    i = (i + 1) & mask;

  return &slots[i];
}

void
_fd_repeats_word_table_insert (FdRepeatsWordTable *table,
                               const char         *word,
                               gpointer            value)
{
  gsize len = strlen (word);
  guint32 hash = _fd_repeats_hash_bytes (word, len);
  FdRepeatsWordSlot *slot;

  g_assert (value != NULL);

  if ((table->n_words + 1) * 2 > table->mask + 1)
    {
      guint mask = table->mask * 2 + 1;
      FdRepeatsWordSlot *slots = g_new0 (FdRepeatsWordSlot, mask + 1);

      for (guint i = 0; i <= table->mask; i++)
        if (table->slots[i].word != NULL)
          *find_slot (slots, mask, table->slots[i].hash, table->slots[i].word, table->slots[i].len) = table->slots[i];
      g_free (table->slots);
      table->slots = slots;
      table->mask = mask;
    }

  slot = find_slot (table->slots, table->mask, hash, word, len);
  if (slot->word == NULL)
    table->n_words++;
  *slot = (FdRepeatsWordSlot) { word, len, hash, value };
}

static const FdRepeatsWordTable *
get_stopwords (void)
{
  static FdRepeatsWordTable *set = NULL;

  if (g_once_init_enter (&set))
    {
      FdRepeatsWordTable *table = _fd_repeats_word_table_new ();

      for (guint i = 0; i < G_N_ELEMENTS (stopwords); i++)
        _fd_repeats_word_table_insert (table, stopwords[i], GINT_TO_POINTER (1));
      g_once_init_leave (&set, table);
    }

  return set;
}

gboolean
_fd_repeats_is_stopword (const char *word,
                         gsize       len)
{
  return _fd_repeats_word_table_lookup (get_stopwords (), _fd_repeats_hash_bytes (word, len), word, len) != NULL;
}

/* @len bytes of valid UTF-8 folded: decomposed, case-folded, without the
 * combining marks. Appended to @out. Folding a text character by
 * character gives what folding it whole would: decomposition and case
 * folding work per character, and the only characters that canonical
 * ordering moves are combining marks, which are dropped. */
static void
fold_whole (const char *utf8,
            gssize      len,
            GString    *out)
{
  g_autofree char *decomposed = g_utf8_normalize (utf8, len, G_NORMALIZE_NFD);
  g_autofree char *folded = g_utf8_casefold (decomposed, -1);

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar f = g_utf8_get_char (p);

      if (!g_unichar_ismark (f))
        g_string_append_unichar (out, f);
    }
}

/* The Latin letters with accents, folded once: most non-ASCII text we
 * see is in languages written with them. */
#define FOLD_TABLE_END 0x250

typedef struct {
  guint8 len;
  char   str[15];
} FoldedChar;

static const FoldedChar *
get_fold_table (void)
{
  static FoldedChar *table = NULL;

  if (g_once_init_enter (&table))
    {
      FoldedChar *t = g_new0 (FoldedChar, FOLD_TABLE_END - 0x80);
      GString *str = g_string_new (NULL);

      for (gunichar c = 0x80; c < FOLD_TABLE_END; c++)
        {
          char utf8[8];

          g_string_truncate (str, 0);
          fold_whole (utf8, g_unichar_to_utf8 (c, utf8), str);
          g_assert (str->len < sizeof t[0].str);
          t[c - 0x80].len = (guint8) str->len;
          memcpy (t[c - 0x80].str, str->str, str->len);
        }
      g_string_free (str, TRUE);
      g_once_init_leave (&table, t);
    }

  return table;
}

/* g_ascii_tolower(), without a call per character. */
static inline char
ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Lower case, without accents: "Élodie" -> "elodie", "Grüße" -> "grusse".
 * Text that is not valid UTF-8 folds to nothing. */
char *
_fd_repeats_fold (const char *text)
{
  const FoldedChar *table;
  const char *p;
  GString *out;

  /* Most posts are plain ASCII: nothing to decompose. */
  for (p = text; *p != '\0' && (guchar) *p < 0x80; p++)
    ;
  if (*p == '\0')
    {
      gsize len = p - text;
      char *lower = g_malloc (len + 1);

      for (gsize i = 0; i <= len; i++)
        lower[i] = ascii_lower (text[i]);
      return lower;
    }

  if (!g_utf8_validate (p, -1, NULL))
    return g_strdup ("");

  table = get_fold_table ();
  out = g_string_sized_new (strlen (text) + 16);
  for (p = text; *p != '\0'; )
    {
      guchar byte = (guchar) *p;
      gunichar c;

      if (byte < 0x80)
        {
          g_string_append_c (out, ascii_lower ((char) byte));
          p++;
          continue;
        }

      c = g_utf8_get_char (p);
      if (c >= FOLD_TABLE_END)
        {
          /* Another script, or typographic punctuation: GLib folds the
           * run of such characters in one pass. */
          const char *run = p;

          while (*p != '\0' && (guchar) *p >= 0x80 && g_utf8_get_char (p) >= FOLD_TABLE_END)
            p = g_utf8_next_char (p);
          fold_whole (run, p - run, out);
          continue;
        }
      p = g_utf8_next_char (p);
      g_string_append_len (out, table[c - 0x80].str, table[c - 0x80].len);
    }

  return g_string_free (out, FALSE);
}

static gboolean
has_word_prefix (const char *line,
                 const char *prefix)
{
  gsize n = strlen (prefix);

  return strncmp (line, prefix, n) == 0 && !g_ascii_isalnum (line[n]) && (guchar) line[n] < 0x80;
}

static gboolean
ends_with_quote_header (const char *line)
{
  gsize n = strlen (line);

  /* They all end with a colon: most lines are passed over at once. */
  if (n == 0 || line[n - 1] != ':')
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (quote_headers); i++)
    {
      gsize len = strlen (quote_headers[i]);

      if (len <= n && memcmp (line + n - len, quote_headers[i], len) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether a line starting with this byte may be a sign-off or a footer:
 * most lines are passed over at once. */
static const gboolean *
get_signoff_starts (void)
{
  static gboolean *starts = NULL;

  if (g_once_init_enter (&starts))
    {
      gboolean *table = g_new0 (gboolean, 256);

      for (guint i = 0; i < G_N_ELEMENTS (signoffs); i++)
        table[(guchar) signoffs[i][0]] = TRUE;
      for (guint i = 0; i < G_N_ELEMENTS (footers); i++)
        table[(guchar) footers[i][0]] = TRUE;
      g_once_init_leave (&starts, table);
    }

  return starts;
}

static gboolean
is_signoff (const char *line)
{
  gsize n;

  if (!get_signoff_starts ()[(guchar) line[0]])
    return FALSE;

  /* "Thanks!", "Cheers, Ana", "Saludos.": compared without what ends
   * them, the first @n bytes. */
  n = strlen (line);
  while (n > 0 && strchr (" .!,:;-", line[n - 1]) != NULL)
    n--;

  for (guint i = 0; i < G_N_ELEMENTS (signoffs); i++)
    {
      gsize len = strlen (signoffs[i]);

      if (len == n && memcmp (line, signoffs[i], n) == 0)
        return TRUE;
      if (len < n && line[len] == ',' && n - len <= 32 && memcmp (line, signoffs[i], len) == 0)
        return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (footers); i++)
    {
      gsize len = strlen (footers[i]);

      if (len <= n && memcmp (line, footers[i], len) == 0)
        return TRUE;
    }

  return FALSE;
}

/* After a greeting, these say the customer writes again: "Hi again,",
 * "Hallo nochmal,", "Hola otra vez.". */
static const char * const again_after_greeting[] = {
  "again", "nochmal", "nochmals", "wieder", "otra vez", "de nuevo", "de nouveau", "encore",
  "ancora", "di nuovo", "weer", "opnieuw", "novamente", "de novo", "outra vez", "de nou",
};

/* Drops a leading greeting from the first line of content. */
static const char *
skip_greeting (const char *line)
{
  for (guint i = 0; i < G_N_ELEMENTS (greetings); i++)
    {
      const char *comma;
      const char *rest;

      if (!has_word_prefix (line, greetings[i]))
        continue;
      /* "Hello??": not a greeting but asking again. */
      if (line[strlen (greetings[i])] == '?')
        return line;
      /* "Hallo nochmal, ...": writing again is kept. */
      for (rest = line + strlen (greetings[i]); *rest == ' '; rest++)
        ;
      for (guint k = 0; k < G_N_ELEMENTS (again_after_greeting); k++)
        if (has_word_prefix (rest, again_after_greeting[k]))
          return rest;

      comma = strchr (line, ',');
      if (comma != NULL && comma - line <= 40)
        return comma + 1;
      if (strlen (line) <= 40)
        return "";
      return line + strlen (greetings[i]);
    }

  return line;
}

/* Keeps the lines the author wrote for this message: no quoted text, no
 * greeting, no sign-off or signature. @folded is modified. */
static void
strip_email_parts (char    *folded,
                   GString *out)
{
  g_auto(GStrv) lines = g_strsplit (folded, "\n", -1);
  gboolean seen_content = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = lines[i];
      const char *content;

      g_strchomp (line);
      if (g_str_equal (line, "--") || g_str_equal (lines[i], "-- "))
        break;

      line = g_strchug (line);
      if (*line == '>' || *line == '|')
        continue;
      if (ends_with_quote_header (line))
        break;
      /* "On Mon, 3 Jun 2024, Ana <ana@example.com>" + "wrote:" */
      if (lines[i + 1] != NULL && ends_with_quote_header (g_strstrip (lines[i + 1])) &&
          (has_word_prefix (line, "on") || has_word_prefix (line, "el") ||
           has_word_prefix (line, "le") || has_word_prefix (line, "am")))
        break;
      if (*line == '\0')
        continue;

      if (seen_content && is_signoff (line))
        break;

      content = seen_content ? line : skip_greeting (line);
      if (*content == '\0')
        continue;

      g_string_append (out, content);
      g_string_append_c (out, '\n');
      seen_content = TRUE;
    }
}

static gboolean
is_link_or_tag (const char *token,
                gsize       len)
{
  if (token[0] == '@' || token[0] == '#')
    return TRUE;
  if (len >= 4 && strncmp (token, "www.", 4) == 0)
    return TRUE;
  for (gsize i = 0; i + 2 < len; i++)
    if (token[i] == ':' && token[i + 1] == '/' && token[i + 2] == '/')
      return TRUE;
  /* An email address in the text. */
  return memchr (token, '@', len) != NULL;
}

/* g_unichar_isspace() and g_utf8_next_char(), without a call for ASCII. */
static inline gboolean
is_space (const char *p)
{
  guchar byte = (guchar) *p;

  if (byte < 0x80)
    return byte == ' ' || byte == '\n' || byte == '\t' || byte == '\r' || byte == '\f';
  return g_unichar_isspace (g_utf8_get_char (p));
}

static inline const char *
next_char (const char *p)
{
  return (guchar) *p < 0x80 ? p + 1 : g_utf8_next_char (p);
}

/* The lines the author wrote, folded. */
static GString *
own_text (const char *text)
{
  g_autofree char *folded = _fd_repeats_fold (text);
  GString *kept = g_string_sized_new (strlen (folded));

  strip_email_parts (folded, kept);

  return kept;
}

/* The words of the author's lines that say what the post is about. */
static char *
normalize_own (const GString *kept)
{
  const FdRepeatsWordTable *stop = get_stopwords ();
  GString *out;
  GString *word;
  const char *p;

  out = g_string_sized_new (kept->len);
  word = g_string_new (NULL);
  p = kept->str;

  while (*p != '\0')
    {
      const char *start;

      /* One whitespace-separated token. */
      while (*p != '\0' && is_space (p))
        p = next_char (p);
      start = p;
      while (*p != '\0' && !is_space (p))
        p = next_char (p);
      if (p == start || is_link_or_tag (start, p - start))
        continue;

      /* Its letters and digits, as words: punctuation and emoji go. */
      for (const char *q = start; q <= p; q = q < p ? next_char (q) : q + 1)
        {
          if (q < p && (guchar) *q < 0x80)
            {
              if (g_ascii_isalnum (*q))
                {
                  g_string_append_c (word, *q);
                  continue;
                }
            }
          else if (q < p)
            {
              gunichar c = g_utf8_get_char (q);

              if (g_unichar_isalnum (c))
                {
                  g_string_append_unichar (word, c);
                  continue;
                }
            }

          if (word->len > 1 || (word->len == 1 && g_ascii_isdigit (word->str[0])))
            {
              if (_fd_repeats_word_table_lookup (stop, _fd_repeats_hash_bytes (word->str, word->len), word->str, word->len) == NULL)
                {
                  if (out->len > 0)
                    g_string_append_c (out, ' ');
                  g_string_append_len (out, word->str, word->len);
                }
            }
          g_string_truncate (word, 0);
        }
    }

  g_string_free (word, TRUE);

  return g_string_free (out, FALSE);
}

char *
fd_repeats_normalize (const char *text)
{
  g_autoptr(GString) kept = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  kept = own_text (text);

  return normalize_own (kept);
}

/* splitmix64: a cheap, well-mixed 64-bit hash step. */
static inline guint64
mix64 (guint64 x)
{
  x += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  x = (x ^ (x >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  x = (x ^ (x >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return x ^ (x >> 31);
}

/* The minimum of each hash over the shingles of @chars. The loop over the
 * hashes is what the compiler vectorizes (everything it touches is local,
 * so nothing can alias); a copy for AVX2 is twice as fast where the
 * processor has it, and one for AVX-512 (a 64-bit multiply in one
 * instruction, eight lanes) faster again, picked once at load time. */
#if defined (FD_HAVE_TARGET_CLONES_V4)
__attribute__ ((target_clones ("arch=x86-64-v4", "avx2", "default")))
#elif defined (FD_HAVE_TARGET_CLONES)
__attribute__ ((target_clones ("avx2", "default")))
#endif
static void
minhash (const gunichar *chars,
         glong           n,
         guint8         *out)
{
  guint64 a[FD_REPEATS_N_HASHES];
  guint64 b[FD_REPEATS_N_HASHES];
  guint32 mins[FD_REPEATS_N_HASHES];
  glong n_shingles = MAX (1, n - FD_REPEATS_SHINGLE + 1);

  /* The hash family: h -> (a*h + b) >> 32 with odd a, fixed forever since
   * signatures are stored. */
  for (guint j = 0; j < FD_REPEATS_N_HASHES; j++)
    {
      a[j] = mix64 (0x46447331u + 2 * j) | 1;
      b[j] = mix64 (0x46447331u + 2 * j + 1);
      mins[j] = G_MAXUINT32;
    }

  for (glong i = 0; i < n_shingles; i++)
    {
      guint64 h = G_GUINT64_CONSTANT (0xCBF29CE484222325);

      for (glong k = i; k < MIN (n, i + FD_REPEATS_SHINGLE); k++)
        h = (h ^ chars[k]) * G_GUINT64_CONSTANT (0x100000001B3);
      h = mix64 (h);

      for (guint j = 0; j < FD_REPEATS_N_HASHES; j++)
        {
          guint32 v = (guint32) ((a[j] * h + b[j]) >> 32);

          mins[j] = MIN (mins[j], v);
        }
    }

  for (guint j = 0; j < FD_REPEATS_N_HASHES; j++)
    out[j] = (guint8) mins[j];
}

/* A repeated complaint shows in its opening; reading all of a long email
 * would make the cost per message grow with its length. */
#define MAX_INPUT_BYTES 4096
#define MAX_SHINGLED_CHARS 1024

/* The signature of the first @max_chars characters of @normalized. */
static void
signature_of_normalized (const char         *normalized,
                         glong               max_chars,
                         FdRepeatsSignature *sig)
{
  g_autofree gunichar *chars = NULL;
  glong n = 0;

  chars = g_utf8_to_ucs4_fast (normalized, -1, &n);
  n = MIN (n, max_chars);
  sig->length = (guint) n;
  minhash (chars, n, sig->h);
}

void
_fd_repeats_signature_from_normalized (const char         *normalized,
                                       FdRepeatsSignature *sig)
{
  signature_of_normalized (normalized, G_MAXLONG, sig);
}

/* The author's lines of the first MAX_INPUT_BYTES of @text. */
static GString *
own_head (const char *text)
{
  g_autofree char *head = NULL;

  if (text == NULL)
    text = "";
  if (strlen (text) > MAX_INPUT_BYTES)
    {
      const char *end = g_utf8_find_prev_char (text, text + MAX_INPUT_BYTES + 1);

      head = g_strndup (text, end - text);
      text = head;
    }

  return own_text (text);
}

static gboolean
signature_of_own (const GString      *own,
                  FdRepeatsSignature *sig)
{
  g_autofree char *normalized = normalize_own (own);

  signature_of_normalized (normalized, MAX_SHINGLED_CHARS, sig);

  return sig->length >= FD_REPEATS_MIN_LENGTH;
}

gboolean
_fd_repeats_signature (const char         *text,
                       FdRepeatsSignature *sig)
{
  g_autoptr(GString) own = own_head (text);

  return signature_of_own (own, sig);
}

gboolean
_fd_repeats_analyse (const char         *text,
                     const char         *subject,
                     FdRepeatsSignature *sig,
                     FdRepeatsMeaning   *meaning)
{
  g_autoptr(GString) own = own_head (text);

  _fd_repeats_meaning (own->str, subject, meaning);

  return signature_of_own (own, sig);
}

/* What a customer's post, by @author (a name, or none), says: as
 * _fd_repeats_analyse(), less the author's own name among the things it
 * names. */
gboolean
_fd_repeats_analyse_post (const char         *text,
                          const char         *subject,
                          const char         *author,
                          FdRepeatsSignature *sig,
                          FdRepeatsMeaning   *meaning)
{
  gboolean usable = _fd_repeats_analyse (text, subject, sig, meaning);

  _fd_repeats_meaning_drop_name (meaning, author);
  return usable;
}

void
_fd_repeats_precompute (FdParsedMessage *msg)
{
  FdRepeatsPrecomputed *pre;

  if (msg->direction != FD_DIRECTION_IN || msg->text == NULL || msg->repeats_signature != NULL)
    return;

  pre = g_new0 (FdRepeatsPrecomputed, 1);
  pre->usable = _fd_repeats_analyse_post (msg->text, msg->subject, msg->author_name, &pre->sig, &pre->meaning);
  msg->repeats_signature = pre;
}

double
_fd_repeats_jaccard (const FdRepeatsSignature *a,
                     const FdRepeatsSignature *b)
{
  /* Different minima share their low byte one time in 256. */
  const double chance = 1.0 / 256;
  guint same = 0;

  for (guint j = 0; j < FD_REPEATS_N_HASHES; j++)
    same += a->h[j] == b->h[j];

  return MAX (0.0, ((double) same / FD_REPEATS_N_HASHES - chance) / (1.0 - chance));
}

gboolean
_fd_repeats_is_copy (const FdRepeatsSignature *a,
                     const FdRepeatsSignature *b,
                     double                    threshold)
{
  guint shorter = MIN (a->length, b->length);
  guint longer = MAX (a->length, b->length);

  /* One post quoting another and adding a paragraph is not a copy. */
  if (longer == 0 || (double) shorter / longer < 0.6)
    return FALSE;

  return _fd_repeats_jaccard (a, b) >= threshold;
}

void
_fd_repeats_band_keys (const FdRepeatsSignature *sig,
                       gint64                    keys[FD_REPEATS_N_BANDS])
{
  for (guint band = 0; band < FD_REPEATS_N_BANDS; band++)
    {
      guint64 h = band;

      for (guint r = 0; r < FD_REPEATS_N_ROWS; r++)
        h = mix64 (h ^ sig->h[band * FD_REPEATS_N_ROWS + r]);

      keys[band] = ((gint64) band << 32) | (gint64) (h & 0xFFFFFFFFu);
    }
}

double
fd_repeats_similarity (const char *a,
                       const char *b)
{
  FdRepeatsSignature sa, sb;

  g_return_val_if_fail (a != NULL && b != NULL, 0.0);

  _fd_repeats_signature (a, &sa);
  _fd_repeats_signature (b, &sb);

  return _fd_repeats_jaccard (&sa, &sb);
}
