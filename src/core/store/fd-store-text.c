/* fd-store-text.c: message text and HTML as the store keeps them.
 *
 * Text is compressed (zstd) when that saves space and kept as a BLOB;
 * short text, which cannot shrink, stays TEXT. HTML is compressed with the
 * message's own text as its dictionary: the HTML part of a
 * multipart/alternative mail says what the text part says, so it shrinks
 * to its markup. A BLOB starts with a format byte and the decoded length
 * (32 bits, little endian), then the zstd frame. zstd rather than zlib:
 * the same size here, and lists decode 50 texts a page.
 *
 * Once a profile has stored a couple of thousand texts, a zstd dictionary
 * is trained on them and kept in text_dictionaries; texts stored after it
 * are compressed with it (FORMAT_ZSTD_TRAINED: the header also names the
 * dictionary, the frame leaves out its length and the dictionary's id).
 * Mail and posts are short and say the same things, so a text shrinks by
 * a sixth more. A dictionary is never changed or removed, so it must not
 * hold what one customer wrote: it is trained on the sample texts with
 * every word left out that fewer than DICT_MIN_AUTHORS authors used
 * (names, addresses, order numbers), and what is left is the words and
 * phrases many people write.
 *
 * SQL reads them through functions registered on every connection:
 *   fd_text(text)            the text
 *   fd_html(html, text)      the HTML
 *   fd_index_text(text)      the text without quoted blocks ("> ..."), which
 *                            the full-text index reads: the quoted message
 *                            is indexed where it was written
 *   fd_phrase(phrase, x...)  whether the words of @phrase appear in a row
 *                            in one of the other arguments, folded like the
 *                            index folds them (the index keeps no positions)
 *   fd_fold_name(name)       a person's name as names are compared
 *                            (_fd_store_fold_name())
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <zdict.h>
#include <zstd.h>

#include "fd-store-private.h"

#define FORMAT_ZSTD         0x01
#define FORMAT_ZSTD_DICT    0x02
#define FORMAT_ZSTD_TRAINED 0x03
#define HEADER_SIZE         5
/* FORMAT_ZSTD_TRAINED: and the dictionary's id, 16 bits, little endian. */
#define TRAINED_HEADER_SIZE 7
#define MAX_DICT_ID         0xffff

/* What a dictionary is trained on: the first texts stored while there is
 * none, up to this many or this many bytes in all, each cut to the first
 * DICT_SAMPLE_MAX bytes. About half a second of CPU. */
#define DICT_SAMPLES        2000
#define DICT_SAMPLE_BYTES   (3 * 1024 * 1024)
#define DICT_SAMPLE_MAX     4096
#define DICT_CAPACITY       (32 * 1024)
#define DICT_MIN_AUTHORS    5

/* Higher levels save under 1% on mail and cost import time. */
#define COMPRESSION_LEVEL   1

/* Below this, a frame's own header costs more than it saves. */
#define MIN_COMPRESS_BYTES  96

/* No stored text or HTML decodes to more than this (the importer caps
 * text at FD_MAX_TEXT_BYTES; HTML is kept whole up to the mail size). */
#define MAX_DECODED_BYTES   (64 * 1024 * 1024)

/* Contexts are kept for reuse, whatever thread used them: setting one up
 * costs more than a message takes to compress, and importers run short
 * threads. At most one per thread that ever compressed at once. */
typedef struct {
  GPtrArray *free;
  gpointer (*create) (void);
} ContextPool;

static gpointer
create_compressor (void)
{
  return ZSTD_createCCtx ();
}

static gpointer
create_decompressor (void)
{
  return ZSTD_createDCtx ();
}

static GMutex contexts_lock;
static ContextPool compressors = { NULL, create_compressor };
static ContextPool decompressors = { NULL, create_decompressor };

static gpointer
take_context (ContextPool *pool)
{
  gpointer ctx = NULL;

  g_mutex_lock (&contexts_lock);
  if (pool->free != NULL && pool->free->len > 0)
    ctx = g_ptr_array_steal_index_fast (pool->free, pool->free->len - 1);
  g_mutex_unlock (&contexts_lock);

  return ctx != NULL ? ctx : pool->create ();
}

static void
give_context (ContextPool *pool,
              gpointer     ctx)
{
  g_mutex_lock (&contexts_lock);
  if (pool->free == NULL)
    pool->free = g_ptr_array_new ();
  g_ptr_array_add (pool->free, ctx);
  g_mutex_unlock (&contexts_lock);
}

/* Text dictionaries */

struct _FdTextDicts
{
  GMutex       lock;
  GHashTable  *ddicts;        /* id -> ZSTD_DDict, read from the database */
  guint        current;       /* id new texts are compressed with; 0: none */
  ZSTD_CDict  *cdict;         /* for current: never freed before @dicts */
  /* Training, by the writing connection while there is no dictionary */
  GString     *samples;
  GArray      *sample_sizes;  /* size_t */
  GArray      *sample_authors; /* guint, an index into authors */
  GHashTable  *authors;       /* author's handle -> index + 1 */
  guint        pending;       /* written in the open transaction */
  GBytes      *pending_dict;
  gboolean     gave_up;       /* training failed: not again in this store */
};

FdTextDicts *
_fd_text_dicts_new (void)
{
  FdTextDicts *dicts = g_new0 (FdTextDicts, 1);

  g_mutex_init (&dicts->lock);
  dicts->ddicts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) ZSTD_freeDDict);
  return dicts;
}

void
_fd_text_dicts_free (FdTextDicts *dicts)
{
  if (dicts == NULL)
    return;

  g_hash_table_unref (dicts->ddicts);
  g_clear_pointer (&dicts->cdict, ZSTD_freeCDict);
  if (dicts->samples != NULL)
    g_string_free (dicts->samples, TRUE);
  g_clear_pointer (&dicts->sample_sizes, g_array_unref);
  g_clear_pointer (&dicts->sample_authors, g_array_unref);
  g_clear_pointer (&dicts->authors, g_hash_table_unref);
  g_clear_pointer (&dicts->pending_dict, g_bytes_unref);
  g_mutex_clear (&dicts->lock);
  g_free (dicts);
}

/* The dictionary @id, read from @db the first time; NULL when there is
 * no such dictionary. Another connection may have written it since this
 * one opened. */
static const ZSTD_DDict *
lookup_ddict (FdTextDicts *dicts,
              sqlite3     *db,
              guint        id)
{
  sqlite3_stmt *stmt = NULL;
  ZSTD_DDict *ddict;

  g_mutex_lock (&dicts->lock);
  ddict = g_hash_table_lookup (dicts->ddicts, GUINT_TO_POINTER (id));
  g_mutex_unlock (&dicts->lock);
  if (ddict != NULL || db == NULL)
    return ddict;

  if (sqlite3_prepare_v2 (db, "SELECT dict FROM text_dictionaries WHERE id = ?", -1, &stmt, NULL) == SQLITE_OK)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_bytes (stmt, 0) > 0)
        ddict = ZSTD_createDDict (sqlite3_column_blob (stmt, 0), (size_t) sqlite3_column_bytes (stmt, 0));
    }
  sqlite3_finalize (stmt);
  if (ddict == NULL)
    return NULL;

  g_mutex_lock (&dicts->lock);
  if (g_hash_table_lookup (dicts->ddicts, GUINT_TO_POINTER (id)) == NULL)
    g_hash_table_insert (dicts->ddicts, GUINT_TO_POINTER (id), ddict);
  else
    ZSTD_freeDDict (ddict);
  ddict = g_hash_table_lookup (dicts->ddicts, GUINT_TO_POINTER (id));
  g_mutex_unlock (&dicts->lock);

  return ddict;
}

/* Makes @dict, stored under @id, the one to compress with. Under the lock. */
static gboolean
use_dict_locked (FdTextDicts   *dicts,
                 guint          id,
                 gconstpointer  dict,
                 gsize          size)
{
  ZSTD_CDict *cdict;

  if (id == 0 || id > MAX_DICT_ID || dicts->cdict != NULL ||
      (cdict = ZSTD_createCDict (dict, size, COMPRESSION_LEVEL)) == NULL)
    return FALSE;

  dicts->cdict = cdict;
  dicts->current = id;
  if (dicts->samples != NULL)
    g_string_free (dicts->samples, TRUE);
  dicts->samples = NULL;
  g_clear_pointer (&dicts->sample_sizes, g_array_unref);
  g_clear_pointer (&dicts->sample_authors, g_array_unref);
  g_clear_pointer (&dicts->authors, g_hash_table_unref);
  return TRUE;
}

gboolean
_fd_text_dicts_load (FdTextDicts  *dicts,
                     sqlite3      *db,
                     GError      **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "SELECT id, dict FROM text_dictionaries ORDER BY id DESC LIMIT 1", -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_mutex_lock (&dicts->lock);
      use_dict_locked (dicts, (guint) sqlite3_column_int64 (stmt, 0),
                       sqlite3_column_blob (stmt, 1), (gsize) sqlite3_column_bytes (stmt, 1));
      g_mutex_unlock (&dicts->lock);
      rc = SQLITE_DONE;
    }
  sqlite3_finalize (stmt);

  if (rc != SQLITE_DONE)
    return _fd_store_set_error (db, rc, error);
  return TRUE;
}

/* Keeps @text, written by @author, to train on, while there is no
 * dictionary. */
static void
add_sample (FdTextDicts *dicts,
            const char  *text,
            const char  *author)
{
  gsize len;

  if (text == NULL || (len = strlen (text)) < MIN_COMPRESS_BYTES)
    return;
  if (author == NULL)
    author = "";

  g_mutex_lock (&dicts->lock);
  if (dicts->current == 0 && dicts->pending == 0 && !dicts->gave_up &&
      (dicts->sample_sizes == NULL || dicts->sample_sizes->len < DICT_SAMPLES) &&
      (dicts->samples == NULL || dicts->samples->len < DICT_SAMPLE_BYTES))
    {
      size_t size = MIN (len, DICT_SAMPLE_MAX);
      guint index;

      if (dicts->samples == NULL)
        {
          dicts->samples = g_string_sized_new (256 * 1024);
          dicts->sample_sizes = g_array_new (FALSE, FALSE, sizeof (size_t));
          dicts->sample_authors = g_array_new (FALSE, FALSE, sizeof (guint));
          dicts->authors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        }
      if ((index = GPOINTER_TO_UINT (g_hash_table_lookup (dicts->authors, author))) == 0)
        {
          index = g_hash_table_size (dicts->authors) + 1;
          g_hash_table_insert (dicts->authors, g_strdup (author), GUINT_TO_POINTER (index));
        }
      index--;
      g_string_append_len (dicts->samples, text, size);
      g_array_append_val (dicts->sample_sizes, size);
      g_array_append_val (dicts->sample_authors, index);
    }
  g_mutex_unlock (&dicts->lock);
}

static gboolean
is_word_byte (guchar c)
{
  return g_ascii_isalnum (c) || c >= 0x80;
}

typedef struct {
  guint last_author;
  guint n_authors;
} WordAuthors;

/* The samples with every word left out that fewer than DICT_MIN_AUTHORS
 * authors used; @sizes is changed to match. Words are runs of letters and
 * digits (any byte of a multibyte character counts as a letter). */
static GString *
common_words_only (const GString *samples,
                   GArray        *sizes,
                   const GArray  *sample_authors)
{
  g_autoptr(GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GString *out = g_string_sized_new (samples->len);
  gsize start = 0;

  for (guint pass = 0; pass < 2; pass++)
    {
      start = 0;
      for (guint i = 0; i < sizes->len; i++)
        {
          const guchar *p = (const guchar *) samples->str + start;
          size_t size = g_array_index (sizes, size_t, i);
          guint author = g_array_index (sample_authors, guint, i);
          gsize out_start = out->len;
          size_t j = 0;

          while (j < size)
            {
              size_t k = j;

              if (!is_word_byte (p[j]))
                {
                  if (pass == 1)
                    g_string_append_c (out, (char) p[j]);
                  j++;
                  continue;
                }
              while (k < size && is_word_byte (p[k]))
                k++;
              {
                g_autofree char *word = g_strndup ((const char *) p + j, k - j);
                WordAuthors *wa = g_hash_table_lookup (words, word);

                if (pass == 0)
                  {
                    if (wa == NULL)
                      {
                        wa = g_new0 (WordAuthors, 1);
                        wa->last_author = G_MAXUINT;
                        g_hash_table_insert (words, g_steal_pointer (&word), wa);
                      }
                    if (wa->last_author != author)
                      {
                        wa->last_author = author;
                        wa->n_authors++;
                      }
                  }
                else if (wa != NULL && wa->n_authors >= DICT_MIN_AUTHORS)
                  g_string_append_len (out, (const char *) p + j, k - j);
              }
              j = k;
            }

          if (pass == 1)
            g_array_index (sizes, size_t, i) = out->len - out_start;
          start += size;
        }
    }

  return out;
}

gboolean
_fd_text_dicts_write_pending (FdTextDicts  *dicts,
                              sqlite3      *db,
                              GError      **error)
{
  g_autoptr(GString) samples = NULL;
  g_autoptr(GString) common = NULL;
  g_autoptr(GArray) sizes = NULL;
  g_autoptr(GArray) authors = NULL;
  g_autofree guint8 *dict = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 id = 0;
  size_t size;
  int rc;

  g_mutex_lock (&dicts->lock);
  if (dicts->current == 0 && dicts->pending == 0 && !dicts->gave_up && dicts->sample_sizes != NULL &&
      (dicts->sample_sizes->len >= DICT_SAMPLES || dicts->samples->len >= DICT_SAMPLE_BYTES))
    {
      samples = g_steal_pointer (&dicts->samples);
      sizes = g_steal_pointer (&dicts->sample_sizes);
      authors = g_steal_pointer (&dicts->sample_authors);
      g_clear_pointer (&dicts->authors, g_hash_table_unref);
    }
  g_mutex_unlock (&dicts->lock);
  if (samples == NULL)
    return TRUE;

  /* Another connection may have made one since this one opened. */
  if (!_fd_text_dicts_load (dicts, db, error))
    return FALSE;
  g_mutex_lock (&dicts->lock);
  id = dicts->current;
  g_mutex_unlock (&dicts->lock);
  if (id != 0)
    return TRUE;

  common = common_words_only (samples, sizes, authors);
  for (guint i = sizes->len; i-- > 0; )
    if (g_array_index (sizes, size_t, i) == 0)
      g_array_remove_index (sizes, i);
  dict = g_malloc (DICT_CAPACITY);
  size = ZDICT_trainFromBuffer (dict, DICT_CAPACITY, common->str,
                                (const size_t *) (gpointer) sizes->data, sizes->len);
  if (ZDICT_isError (size))
    {
      g_debug ("No text dictionary: %s", ZDICT_getErrorName (size));
      g_mutex_lock (&dicts->lock);
      dicts->gave_up = TRUE;
      g_mutex_unlock (&dicts->lock);
      return TRUE;
    }

  rc = sqlite3_prepare_v2 (db, "INSERT INTO text_dictionaries (dict, created_at) VALUES (?, ?)", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      sqlite3_bind_blob64 (stmt, 1, dict, size, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 2, g_get_real_time () / G_USEC_PER_SEC);
      rc = sqlite3_step (stmt);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (db, rc, error);

  id = sqlite3_last_insert_rowid (db);
  g_mutex_lock (&dicts->lock);
  if (id > 0 && id <= MAX_DICT_ID)
    {
      dicts->pending = (guint) id;
      dicts->pending_dict = g_bytes_new_take (g_steal_pointer (&dict), size);
    }
  else
    dicts->gave_up = TRUE;
  g_mutex_unlock (&dicts->lock);

  return TRUE;
}

void
_fd_text_dicts_committed (FdTextDicts *dicts)
{
  g_mutex_lock (&dicts->lock);
  if (dicts->pending != 0)
    {
      gsize size;
      gconstpointer data = g_bytes_get_data (dicts->pending_dict, &size);

      if (!use_dict_locked (dicts, dicts->pending, data, size))
        dicts->gave_up = TRUE;
      dicts->pending = 0;
      g_clear_pointer (&dicts->pending_dict, g_bytes_unref);
    }
  g_mutex_unlock (&dicts->lock);
}

void
_fd_text_dicts_rolled_back (FdTextDicts *dicts)
{
  g_mutex_lock (&dicts->lock);
  dicts->pending = 0;
  g_clear_pointer (&dicts->pending_dict, g_bytes_unref);
  g_mutex_unlock (&dicts->lock);
}

/* The dictionary to compress with and its id; NULL when there is none.
 * It lives as long as @dicts. */
static const ZSTD_CDict *
current_cdict (FdTextDicts *dicts,
               guint       *id)
{
  const ZSTD_CDict *cdict;

  *id = 0;
  if (dicts == NULL)
    return NULL;

  g_mutex_lock (&dicts->lock);
  cdict = dicts->cdict;
  *id = dicts->current;
  g_mutex_unlock (&dicts->lock);

  return cdict;
}

/* @data compressed with the trained dictionary @cdict (number @id), with
 * the text @dict as dictionary, or with none; NULL when that saves less
 * than an eighth, or @data is too short or too long to try. */
static GBytes *
compress_with (const char       *data,
               gsize             len,
               const ZSTD_CDict *cdict,
               guint             id,
               const char       *dict,
               gsize             dict_len)
{
  gsize header = cdict != NULL ? TRAINED_HEADER_SIZE : HEADER_SIZE;
  ZSTD_CCtx *ctx;
  guint8 *out;
  gsize bound;
  gsize n;

  if (data == NULL || len < MIN_COMPRESS_BYTES || len > MAX_DECODED_BYTES ||
      (ctx = take_context (&compressors)) == NULL)
    return NULL;

  bound = ZSTD_compressBound (len);
  out = g_malloc (header + bound);
  out[0] = cdict != NULL ? FORMAT_ZSTD_TRAINED : dict != NULL && dict_len > 0 ? FORMAT_ZSTD_DICT : FORMAT_ZSTD;
  out[1] = len & 0xff;
  out[2] = (len >> 8) & 0xff;
  out[3] = (len >> 16) & 0xff;
  out[4] = (len >> 24) & 0xff;

  if (cdict != NULL)
    {
      out[5] = id & 0xff;
      out[6] = (id >> 8) & 0xff;
      /* The header has the length and the dictionary: the frame need not. */
      if (ZSTD_isError (ZSTD_CCtx_refCDict (ctx, cdict)) ||
          ZSTD_isError (ZSTD_CCtx_setParameter (ctx, ZSTD_c_contentSizeFlag, 0)) ||
          ZSTD_isError (ZSTD_CCtx_setParameter (ctx, ZSTD_c_dictIDFlag, 0)))
        n = (gsize) -1;
      else
        n = ZSTD_compress2 (ctx, out + header, bound, data, len);
      ZSTD_CCtx_reset (ctx, ZSTD_reset_session_and_parameters);
    }
  else
    n = ZSTD_compress_usingDict (ctx, out + header, bound, data, len,
                                 dict, dict != NULL ? dict_len : 0, COMPRESSION_LEVEL);
  give_context (&compressors, ctx);

  /* Keep it only when it saves at least an eighth. */
  if (ZSTD_isError (n) || header + n > len - len / 8)
    {
      g_free (out);
      return NULL;
    }

  return g_bytes_new_take (g_realloc (out, header + n), header + n);
}

static GBytes *
compress_text (const char *text)
{
  return text != NULL ? compress_with (text, strlen (text), NULL, 0, NULL, 0) : NULL;
}

static GBytes *
compress_html (const char *html,
               const char *text)
{
  if (html == NULL)
    return NULL;
  return compress_with (html, strlen (html), NULL, 0, text, text != NULL ? strlen (text) : 0);
}

/* Decodes a stored BLOB; @dict is the text for FORMAT_ZSTD_DICT.
 * Returns NULL when the data is damaged. */
static char *
decompress (FdTextDicts  *dicts,
            sqlite3      *db,
            const guint8 *data,
            gsize         len,
            const char   *dict,
            gsize         dict_len,
            gsize        *out_len)
{
  const ZSTD_DDict *ddict = NULL;
  ZSTD_DCtx *ctx;
  gsize size;
  gsize n;
  char *out;

  if (data == NULL || len < HEADER_SIZE ||
      (data[0] != FORMAT_ZSTD && data[0] != FORMAT_ZSTD_DICT && data[0] != FORMAT_ZSTD_TRAINED))
    return NULL;
  if (data[0] == FORMAT_ZSTD_DICT && dict == NULL)
    return NULL;
  if (data[0] == FORMAT_ZSTD_TRAINED &&
      (len < TRAINED_HEADER_SIZE || dicts == NULL ||
       (ddict = lookup_ddict (dicts, db, (guint) data[5] | ((guint) data[6] << 8))) == NULL))
    return NULL;

  size = (gsize) data[1] | ((gsize) data[2] << 8) | ((gsize) data[3] << 16) | ((gsize) data[4] << 24);
  if (size > MAX_DECODED_BYTES || (ctx = take_context (&decompressors)) == NULL)
    return NULL;

  out = g_malloc (size + 1);
  if (ddict != NULL)
    n = ZSTD_decompress_usingDDict (ctx, out, size, data + TRAINED_HEADER_SIZE,
                                    len - TRAINED_HEADER_SIZE, ddict);
  else
    n = ZSTD_decompress_usingDict (ctx, out, size, data + HEADER_SIZE, len - HEADER_SIZE,
                                   data[0] == FORMAT_ZSTD_DICT ? dict : NULL,
                                   data[0] == FORMAT_ZSTD_DICT ? dict_len : 0);
  give_context (&decompressors, ctx);
  if (ZSTD_isError (n) || n != size)
    {
      g_free (out);
      return NULL;
    }

  out[size] = '\0';
  if (out_len != NULL)
    *out_len = size;
  return out;
}

/* SQL functions */

static void
warn_damaged (sqlite3_context *ctx)
{
  static gsize warned = 0;

  if (g_once_init_enter (&warned))
    {
      g_warning ("A stored message text could not be decoded; it reads as empty.");
      g_once_init_leave (&warned, 1);
    }
  sqlite3_result_text (ctx, "", 0, SQLITE_STATIC);
}

/* The text of a stored value: TEXT as it is, a BLOB decoded. @out_len is
 * set; the result is owned by @out_free when that is set. */
static const char *
value_text (sqlite3_context *ctx,
            sqlite3_value   *value,
            char           **out_free,
            gsize           *out_len,
            gboolean        *damaged)
{
  *out_free = NULL;
  *damaged = FALSE;

  switch (sqlite3_value_type (value))
    {
    case SQLITE_NULL:
      *out_len = 0;
      return NULL;

    case SQLITE_BLOB:
      *out_free = decompress (sqlite3_user_data (ctx), sqlite3_context_db_handle (ctx),
                              sqlite3_value_blob (value), (gsize) sqlite3_value_bytes (value),
                              NULL, 0, out_len);
      if (*out_free == NULL)
        {
          *damaged = TRUE;
          *out_len = 0;
          return "";
        }
      return *out_free;

    default:
      {
        const char *text = (const char *) sqlite3_value_text (value);
        *out_len = (gsize) sqlite3_value_bytes (value);
        return text;
      }
    }
}

static void
text_func (sqlite3_context  *ctx,
           int               argc,
           sqlite3_value   **argv)
{
  char *owned;
  gboolean damaged;
  gsize len;

  g_assert (argc == 1);

  if (sqlite3_value_type (argv[0]) != SQLITE_BLOB)
    {
      sqlite3_result_value (ctx, argv[0]);
      return;
    }

  value_text (ctx, argv[0], &owned, &len, &damaged);
  if (damaged)
    warn_damaged (ctx);
  else
    sqlite3_result_text64 (ctx, owned, len, g_free, SQLITE_UTF8);
}

static void
html_func (sqlite3_context  *ctx,
           int               argc,
           sqlite3_value   **argv)
{
  g_autofree char *text_owned = NULL;
  const char *text;
  gsize text_len;
  gboolean damaged;
  char *html;
  gsize len;

  g_assert (argc == 2);

  if (sqlite3_value_type (argv[0]) != SQLITE_BLOB)
    {
      sqlite3_result_value (ctx, argv[0]);
      return;
    }

  text = value_text (ctx, argv[1], &text_owned, &text_len, &damaged);
  html = decompress (sqlite3_user_data (ctx), sqlite3_context_db_handle (ctx),
                     sqlite3_value_blob (argv[0]), (gsize) sqlite3_value_bytes (argv[0]),
                     text, text_len, &len);
  if (html == NULL)
    warn_damaged (ctx);
  else
    sqlite3_result_text64 (ctx, html, len, g_free, SQLITE_UTF8);
}

static gboolean
is_quoted_line (const char *line)
{
  while (*line == ' ' || *line == '\t')
    line++;
  return *line == '>';
}

/* Drops blocks of two or more quoted lines; a single line starting with
 * '>' is more likely text (an mbox ">From", an arrow) than a quote. */
static char *
index_text (const char *text,
            gsize       len)
{
  GString *out = g_string_sized_new (len);
  const char *p = text;
  const char *end = text + len;

  while (p < end)
    {
      const char *block = p;
      guint n_quoted = 0;

      /* A run of quoted lines, or one line that is not quoted. */
      while (p < end && is_quoted_line (p))
        {
          const char *nl = memchr (p, '\n', end - p);

          p = nl != NULL ? nl + 1 : end;
          n_quoted++;
        }

      if (n_quoted == 0)
        {
          const char *nl = memchr (p, '\n', end - p);

          p = nl != NULL ? nl + 1 : end;
          g_string_append_len (out, block, p - block);
        }
      else if (n_quoted == 1)
        {
          g_string_append_len (out, block, p - block);
        }
    }

  return g_string_free (out, FALSE);
}

char *
_fd_store_index_text (const char *text)
{
  return index_text (text, strlen (text));
}

static void
index_text_func (sqlite3_context  *ctx,
                 int               argc,
                 sqlite3_value   **argv)
{
  g_autofree char *owned = NULL;
  const char *text;
  gsize len;
  gboolean damaged;
  char *stripped;

  g_assert (argc == 1);

  text = value_text (ctx, argv[0], &owned, &len, &damaged);
  if (text == NULL)
    {
      sqlite3_result_null (ctx);
      return;
    }
  if (damaged)
    {
      warn_damaged (ctx);
      return;
    }

  stripped = index_text (text, len);
  sqlite3_result_text64 (ctx, stripped, strlen (stripped), g_free, SQLITE_UTF8);
}

GPtrArray *
_fd_store_split_words (const char *text,
                       gssize      len,
                       gboolean    fold)
{
  g_autofree char *nfd = fold ? g_utf8_normalize (text, len, G_NORMALIZE_NFD) : NULL;
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  GString *word = g_string_new (NULL);
  const char *p = fold ? (nfd != NULL ? nfd : "") : text;
  const char *end = !fold && len >= 0 ? text + len : NULL;

  for (; ; p = g_utf8_next_char (p))
    {
      gunichar c = end != NULL && p >= end ? 0 : g_utf8_get_char (p);

      if (c != 0 && g_unichar_ismark (c))
        {
          /* Part of the word; the index drops it when it folds. */
          if (!fold)
            g_string_append_unichar (word, c);
          continue;
        }
      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, fold ? g_unichar_tolower (c) : c);
          continue;
        }
      if (word->len > 0)
        {
          g_ptr_array_add (words, g_strndup (word->str, word->len));
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }

  g_string_free (word, TRUE);
  return words;
}

/* Whether the folded words @want appear in a row in @text. */
static gboolean
phrase_in (GPtrArray  *want,
           const char *text,
           gsize       len)
{
  g_autoptr(GPtrArray) have = NULL;

  if (want->len == 0)
    return TRUE;

  have = _fd_store_split_words (text, len, TRUE);
  for (guint i = 0; i + want->len <= have->len; i++)
    {
      guint j = 0;

      while (j < want->len && g_str_equal (g_ptr_array_index (have, i + j), g_ptr_array_index (want, j)))
        j++;
      if (j == want->len)
        return TRUE;
    }

  return FALSE;
}

static void
phrase_func (sqlite3_context  *ctx,
             int               argc,
             sqlite3_value   **argv)
{
  const char *phrase = (const char *) sqlite3_value_text (argv[0]);
  GPtrArray *want;

  if (phrase == NULL)
    {
      sqlite3_result_int (ctx, 1);
      return;
    }

  /* The phrase is the same for every row of a statement: fold it once. */
  if ((want = sqlite3_get_auxdata (ctx, 0)) == NULL)
    {
      sqlite3_set_auxdata (ctx, 0, _fd_store_split_words (phrase, -1, TRUE),
                           (GDestroyNotify) g_ptr_array_unref);
      if ((want = sqlite3_get_auxdata (ctx, 0)) == NULL)
        {
          sqlite3_result_error_nomem (ctx);
          return;
        }
    }

  for (int i = 1; i < argc; i++)
    {
      g_autofree char *owned = NULL;
      gboolean damaged;
      gsize len;
      const char *text = value_text (ctx, argv[i], &owned, &len, &damaged);

      if (text != NULL && phrase_in (want, text, len))
        {
          sqlite3_result_int (ctx, 1);
          return;
        }
    }

  sqlite3_result_int (ctx, 0);
}

char *
_fd_store_fold_name (const char *name)
{
  g_autofree char *decomposed = NULL;
  g_autofree char *folded = NULL;
  GString *out;
  gboolean space = FALSE;

  if (name == NULL || (decomposed = g_utf8_normalize (name, -1, G_NORMALIZE_NFD)) == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      if (!g_unichar_isalnum (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* For migrations: the folded names of the identities already stored. */
static void
fold_name_func (sqlite3_context  *ctx,
                int               argc,
                sqlite3_value   **argv)
{
  const char *name = (const char *) sqlite3_value_text (argv[0]);
  char *folded;

  g_assert (argc == 1);

  if (name == NULL)
    {
      sqlite3_result_null (ctx);
      return;
    }

  folded = _fd_store_fold_name (name);
  sqlite3_result_text64 (ctx, folded, strlen (folded), g_free, SQLITE_UTF8);
}

/* For migrations: compresses what an older version stored as TEXT. */
static void
compress_func (sqlite3_context  *ctx,
               int               argc,
               sqlite3_value   **argv)
{
  g_autoptr(GBytes) bytes = NULL;

  if (sqlite3_value_type (argv[0]) != SQLITE_TEXT)
    {
      sqlite3_result_value (ctx, argv[0]);
      return;
    }

  if (argc == 1)
    bytes = compress_text ((const char *) sqlite3_value_text (argv[0]));
  else
    {
      g_autofree char *owned = NULL;
      gboolean damaged;
      gsize len;
      const char *text = value_text (ctx, argv[1], &owned, &len, &damaged);

      bytes = compress_with ((const char *) sqlite3_value_text (argv[0]),
                             (gsize) sqlite3_value_bytes (argv[0]), NULL, 0, text, len);
    }

  if (bytes == NULL)
    sqlite3_result_value (ctx, argv[0]);
  else
    sqlite3_result_blob64 (ctx, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                           SQLITE_TRANSIENT);
}

gboolean
_fd_store_register_functions (sqlite3      *db,
                              FdTextDicts  *dicts,
                              GError      **error)
{
  const int flags = SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
  int rc;

  if ((rc = sqlite3_create_function (db, "fd_text", 1, flags, dicts, text_func, NULL, NULL)) != SQLITE_OK ||
      (rc = sqlite3_create_function (db, "fd_html", 2, flags, dicts, html_func, NULL, NULL)) != SQLITE_OK ||
      (rc = sqlite3_create_function (db, "fd_index_text", 1, flags, dicts, index_text_func, NULL, NULL)) != SQLITE_OK ||
      (rc = sqlite3_create_function (db, "fd_phrase", -1, flags, dicts, phrase_func, NULL, NULL)) != SQLITE_OK ||
      (rc = sqlite3_create_function (db, "fd_compress", 1, flags, dicts, compress_func, NULL, NULL)) != SQLITE_OK ||
      (rc = sqlite3_create_function (db, "fd_compress", 2, flags, dicts, compress_func, NULL, NULL)) != SQLITE_OK ||
      (rc = sqlite3_create_function (db, "fd_fold_name", 1, flags, NULL, fold_name_func, NULL, NULL)) != SQLITE_OK)
    return _fd_store_set_error (db, rc, error);

  return TRUE;
}

/* Whether @stored was compressed with the dictionary @id. */
static gboolean
stored_with (GBytes *stored,
             guint   id)
{
  gsize len;
  const guint8 *data = stored != NULL ? g_bytes_get_data (stored, &len) : NULL;

  return data != NULL && len >= TRAINED_HEADER_SIZE && data[0] == FORMAT_ZSTD_TRAINED &&
         ((guint) data[5] | ((guint) data[6] << 8)) == id;
}

static GBytes *
compress_text_with (FdTextDicts *dicts,
                    const char  *text)
{
  const ZSTD_CDict *cdict;
  guint id;

  if (text == NULL)
    return NULL;
  if ((cdict = current_cdict (dicts, &id)) != NULL)
    return compress_with (text, strlen (text), cdict, id, NULL, 0);
  return compress_text (text);
}

void
_fd_store_stored_values (FdTextDicts            *dicts,
                         const FdParsedMessage  *msg,
                         GBytes                **text,
                         GBytes                **html)
{
  guint id = 0;

  if (dicts != NULL)
    {
      current_cdict (dicts, &id);
      if (id == 0)
        add_sample (dicts, msg->text, msg->author_handle);
    }

  /* Made before a dictionary was there (on a parse thread, by a sync
   * run): compressed again with it. */
  if (msg->stored_ready && (id == 0 || stored_with (msg->stored_text, id)))
    *text = msg->stored_text != NULL ? g_bytes_ref (msg->stored_text) : NULL;
  else
    *text = compress_text_with (dicts, msg->text);

  if (msg->stored_ready)
    *html = msg->stored_html != NULL ? g_bytes_ref (msg->stored_html) : NULL;
  else
    *html = compress_html (msg->html, msg->text);
}

void
_fd_store_precompute (FdTextDicts     *dicts,
                      FdParsedMessage *msg)
{
  if (msg->stored_ready)
    return;

  msg->stored_text = compress_text_with (dicts, msg->text);
  msg->stored_html = compress_html (msg->html, msg->text);
  msg->stored_ready = TRUE;
}
