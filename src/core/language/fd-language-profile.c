/* fd-language-profile.c: n-gram profiles and their out-of-place distance
 * (Cavnar and Trenkle's text categorization), over libexttextcat's
 * language files.
 *
 * A language file lists a language's most frequent character n-grams
 * (one to five characters, words framed by "_"), most frequent first.
 * A text's profile is its own n-grams in the same order; its distance to
 * a language adds, for each of them, how far its rank is from the rank
 * in the language's list, or a fixed penalty when the list lacks it.
 *
 * libexttextcat builds a text's profile with string copies, a hash of
 * strings and two sorts, about 130 µs for a short mail, which made it
 * the largest single cost of an import. Here n-grams are 64-bit hashes
 * of their bytes, counted in a small open-addressing table and ranked
 * with a counting sort; the languages' lists are merged into one table
 * that gives every language's rank of an n-gram in one lookup.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "fd-language-private.h"

#define MAX_NGRAM_CHARS 5
#define NO_RANK G_MAXUINT16

/* A text is at most a few hundred bytes: five n-grams start at each. */
#define TEXT_SLOTS 4096

struct _FdNgramProfiles
{
  guint     n_languages;
  guint     max_languages;
  /* n-gram hash -> row of ranks, one per language */
  guint64  *keys;
  guint32  *rows;      /* index + 1 into ranks; 0: empty slot */
  guint     n_slots;   /* a power of two */
  guint     n_rows;
  GArray   *ranks;     /* guint16, n_rows × max_languages */
};

static inline guint64
hash_step (guint64 h,
           guchar  byte)
{
  /* FNV-1a */
  return (h ^ byte) * G_GUINT64_CONSTANT (0x100000001b3);
}

#define HASH_START G_GUINT64_CONSTANT (0xcbf29ce484222325)

static inline guint
slot_of (guint64 key,
         guint   n_slots)
{
  return (guint) ((key ^ (key >> 31)) & (n_slots - 1));
}

FdNgramProfiles *
_fd_ngram_profiles_new (guint max_languages)
{
  FdNgramProfiles *self = g_new0 (FdNgramProfiles, 1);

  self->max_languages = MAX (max_languages, 1);
  self->n_slots = 1024;
  self->keys = g_new0 (guint64, self->n_slots);
  self->rows = g_new0 (guint32, self->n_slots);
  self->ranks = g_array_new (FALSE, FALSE, sizeof (guint16));

  return self;
}

void
_fd_ngram_profiles_free (FdNgramProfiles *self)
{
  if (self == NULL)
    return;

  g_free (self->keys);
  g_free (self->rows);
  g_array_unref (self->ranks);
  g_free (self);
}

static guint
find_slot (const FdNgramProfiles *self,
           guint64                key)
{
  guint i = slot_of (key, self->n_slots);

  while (self->rows[i] != 0 && self->keys[i] != key)
    i = (i + 1) & (self->n_slots - 1);

  return i;
}

static void
grow (FdNgramProfiles *self)
{
  g_autofree guint64 *old_keys = self->keys;
  g_autofree guint32 *old_rows = self->rows;
  guint n_old = self->n_slots;

  self->n_slots *= 2;
  self->keys = g_new0 (guint64, self->n_slots);
  self->rows = g_new0 (guint32, self->n_slots);

  for (guint i = 0; i < n_old; i++)
    if (old_rows[i] != 0)
      {
        guint slot = find_slot (self, old_keys[i]);

        self->keys[slot] = old_keys[i];
        self->rows[slot] = old_rows[i];
      }
}

static guint16 *
row_for (FdNgramProfiles *self,
         guint64          key)
{
  guint slot;

  if ((self->n_rows + 1) * 2 > self->n_slots)
    grow (self);

  slot = find_slot (self, key);
  if (self->rows[slot] == 0)
    {
      guint start = self->ranks->len;

      g_array_set_size (self->ranks, start + self->max_languages);
      for (guint j = 0; j < self->max_languages; j++)
        g_array_index (self->ranks, guint16, start + j) = NO_RANK;
      self->keys[slot] = key;
      self->rows[slot] = ++self->n_rows;
    }

  return &g_array_index (self->ranks, guint16, (self->rows[slot] - 1) * self->max_languages);
}

gboolean
_fd_ngram_profiles_add_file (FdNgramProfiles  *self,
                             const char       *path,
                             guint             max_ngrams,
                             GError          **error)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint rank = 0;

  g_return_val_if_fail (self->n_languages < self->max_languages, FALSE);

  if (!g_file_get_contents (path, &contents, NULL, error))
    return FALSE;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL && rank < max_ngrams; i++)
    {
      const char *line = lines[i];
      gsize len = strcspn (line, "\t \r");
      guint64 key = HASH_START;
      guint16 *row;

      /* Empty lines and comments are not n-grams. */
      if (len == 0 || line[0] == '#')
        continue;

      for (gsize k = 0; k < len; k++)
        key = hash_step (key, (guchar) line[k]);

      row = row_for (self, key);
      if (row[self->n_languages] == NO_RANK)
        row[self->n_languages] = (guint16) rank;
      rank++;
    }

  if (rank == 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL, "no n-grams in %s", path);
      return FALSE;
    }

  self->n_languages++;
  return TRUE;
}

typedef struct {
  guint64 keys[TEXT_SLOTS];
  guint16 counts[TEXT_SLOTS];
  guint16 order[TEXT_SLOTS];     /* slots in the order first seen */
  guint   n_order;
} TextNgrams;

static void
count_ngram (TextNgrams *t,
             guint64     key)
{
  guint i = slot_of (key, TEXT_SLOTS);

  while (t->counts[i] != 0 && t->keys[i] != key)
    i = (i + 1) & (TEXT_SLOTS - 1);

  if (t->counts[i] == 0)
    {
      /* Full enough: later n-grams are left out (only a text far
       * longer than the callers give would get here). */
      if (t->n_order >= TEXT_SLOTS / 2)
        return;
      t->keys[i] = key;
      t->order[t->n_order++] = (guint16) i;
    }
  if (t->counts[i] < G_MAXUINT16)
    t->counts[i]++;
}

/* The n-grams of @clean (lower-case words separated by single spaces):
 * each word framed by "_", the frame shared by neighbouring words, one to
 * MAX_NGRAM_CHARS characters, "_" only at either end. */
static void
count_text (TextNgrams *t,
            const char *clean)
{
  g_autofree char *framed = g_strconcat ("_", clean, "_", NULL);

  for (char *p = framed; *p != '\0'; p++)
    if (*p == ' ')
      *p = '_';

  for (const char *start = framed; *start != '\0'; start = g_utf8_next_char (start))
    {
      const char *p = start;
      guint64 key = HASH_START;

      for (guint n = 0; n < MAX_NGRAM_CHARS && *p != '\0'; n++)
        {
          const char *next = g_utf8_next_char (p);

          for (const char *b = p; b < next; b++)
            key = hash_step (key, (guchar) *b);
          count_ngram (t, key);

          /* A closing "_" ends the n-grams from here. */
          if (*p == '_' && n > 0)
            break;
          p = next;
        }
    }
}

gboolean
_fd_ngram_profiles_distances (const FdNgramProfiles *self,
                              const char            *clean,
                              guint                  max_text_ngrams,
                              guint                  out_of_place,
                              int                   *distances)
{
  g_autofree TextNgrams *t = g_new (TextNgrams, 1);
  g_autofree guint *start = NULL;
  g_autofree guint16 *ranked = NULL;
  guint max_count = 0;
  guint n;

  memset (t->counts, 0, sizeof t->counts);
  t->n_order = 0;
  count_text (t, clean);
  if (t->n_order == 0)
    return FALSE;

  /* Most frequent first, the first seen first among equals: a counting
   * sort, stable over the order of first sight. */
  for (guint i = 0; i < t->n_order; i++)
    max_count = MAX (max_count, t->counts[t->order[i]]);
  start = g_new0 (guint, max_count + 2);
  for (guint i = 0; i < t->n_order; i++)
    start[max_count - t->counts[t->order[i]] + 1]++;
  for (guint c = 1; c <= max_count + 1; c++)
    start[c] += start[c - 1];
  ranked = g_new (guint16, t->n_order);
  for (guint i = 0; i < t->n_order; i++)
    ranked[start[max_count - t->counts[t->order[i]]]++] = t->order[i];

  n = MIN (t->n_order, max_text_ngrams);
  for (guint j = 0; j < self->n_languages; j++)
    distances[j] = 0;

  for (guint r = 0; r < n; r++)
    {
      guint64 key = t->keys[ranked[r]];
      guint slot = find_slot (self, key);
      const guint16 *row;

      if (self->rows[slot] == 0)
        {
          for (guint j = 0; j < self->n_languages; j++)
            distances[j] += (int) out_of_place;
          continue;
        }

      row = &g_array_index (self->ranks, guint16, (self->rows[slot] - 1) * self->max_languages);
      for (guint j = 0; j < self->n_languages; j++)
        distances[j] += row[j] == NO_RANK ? (int) out_of_place : ABS ((int) row[j] - (int) r);
    }

  return TRUE;
}
