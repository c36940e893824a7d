/* fd-saved-replies.c: replies written once, with a text per language.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-language.h"
#include "fd-public-post.h"
#include "fd-saved-replies.h"
#include "fd-saved-replies-private.h"
#include "fd-sql.h"
#include "fd-store-private.h"

/* A saved reply is a paragraph or a letter, not a book. */
#define MAX_TEXT_BYTES (64 * 1024)
#define MAX_TITLE_CHARS 200

G_DEFINE_QUARK (fd-saved-replies-error-quark, fd_saved_replies_error)

static const char * const placeholder_names[] = { "first_name", "name", "handle", "shop" };

/* Values */

static void
variant_free (FdSavedReplyVariant *variant)
{
  g_free (variant->lang);
  g_free (variant->text);
  g_free (variant);
}

void
fd_saved_reply_free (FdSavedReply *reply)
{
  if (reply == NULL)
    return;
  g_free (reply->title);
  g_free (reply->default_lang);
  g_clear_pointer (&reply->variants, g_ptr_array_unref);
  g_free (reply);
}

void
fd_saved_reply_use_free (FdSavedReplyUse *use)
{
  if (use == NULL)
    return;
  g_free (use->title);
  g_free (use->lang);
  g_free (use->text);
  g_free (use->back_translation);
  g_free (use->source_lang);
  g_free (use);
}

/* Checks */

static gboolean
has_control_chars (const char *text,
                   gboolean    allow_newlines)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c == '\n' || c == '\t') && allow_newlines)
        continue;
      if (g_unichar_iscntrl (c))
        return TRUE;
    }
  return FALSE;
}

char *
_fd_saved_replies_check_title (const char  *title,
             GError     **error)
{
  g_autofree char *clean = NULL;

  if (title == NULL || !g_utf8_validate (title, -1, NULL))
    goto invalid;
  clean = g_strstrip (g_strdup (title));
  if (*clean == '\0' || g_utf8_strlen (clean, -1) > MAX_TITLE_CHARS || has_control_chars (clean, FALSE))
    goto invalid;
  return g_steal_pointer (&clean);

invalid:
  g_set_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_INVALID,
               _("A saved reply needs a title of one line, up to %d characters."), MAX_TITLE_CHARS);
  return NULL;
}

const char *
_fd_saved_replies_check_lang (const char  *lang,
            GError     **error)
{
  const char *code = fd_language_normalize (lang);

  if (code == NULL)
    g_set_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_INVALID,
                 _("“%s” is not a language code. Use two-letter codes such as “en” or “es”."),
                 lang != NULL ? lang : "");
  return code;
}

gboolean
_fd_saved_replies_check_text (const char  *text,
            GError     **error)
{
  g_autofree char *stripped = NULL;

  if (text != NULL && g_utf8_validate (text, -1, NULL) && strlen (text) <= MAX_TEXT_BYTES &&
      !has_control_chars (text, TRUE))
    {
      stripped = g_strstrip (g_strdup (text));
      if (*stripped != '\0')
        return TRUE;
    }

  g_set_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_INVALID,
               _("A saved reply needs a text of up to %d kB."), MAX_TEXT_BYTES / 1024);
  return FALSE;
}

static void
set_not_found (GError     **error,
               const char  *title)
{
  g_set_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_NOT_FOUND,
               _("There is no saved reply “%s”. List them with: frontdesk-cli saved list"), title);
}

/* Reading */

static gboolean
load_variants (FdStore       *store,
               FdSavedReply  *reply,
               GError       **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = _fd_store_prepare (store,
                            "SELECT lang, text FROM saved_reply_variants WHERE reply_id = ?"
                            " ORDER BY lang != ?, lang", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, reply->id);
  _fd_sql_bind_text (stmt, 2, reply->default_lang);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdSavedReplyVariant *variant = g_new0 (FdSavedReplyVariant, 1);

      variant->lang = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      variant->text = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (reply->variants, variant);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);
  return TRUE;
}

static GPtrArray *
query_replies (FdStore     *store,
               const char  *title,
               GError     **error)
{
  g_autoptr(GPtrArray) replies = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_saved_reply_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = _fd_store_prepare (store,
                            "SELECT id, title, default_lang, uses, coalesce (used_at, 0) FROM saved_replies"
                            " WHERE ?1 IS NULL OR title = ?1"
                            " ORDER BY uses DESC, used_at DESC, title COLLATE NOCASE", error);
  if (stmt == NULL)
    return NULL;
  _fd_sql_bind_text (stmt, 1, title);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdSavedReply *reply = g_new0 (FdSavedReply, 1);

      reply->id = sqlite3_column_int64 (stmt, 0);
      reply->title = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      reply->default_lang = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      reply->uses = (guint) sqlite3_column_int64 (stmt, 3);
      reply->used_at = sqlite3_column_int64 (stmt, 4);
      reply->variants = g_ptr_array_new_with_free_func ((GDestroyNotify) variant_free);
      g_ptr_array_add (replies, reply);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  for (guint i = 0; i < replies->len; i++)
    if (!load_variants (store, g_ptr_array_index (replies, i), error))
      return NULL;

  return g_steal_pointer (&replies);
}

GPtrArray *
fd_saved_replies_list (FdStore  *store,
                       GError  **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  return query_replies (store, NULL, error);
}

FdSavedReply *
fd_saved_replies_get (FdStore     *store,
                      const char  *title,
                      GError     **error)
{
  g_autoptr(GPtrArray) replies = NULL;
  g_autofree char *clean = NULL;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if ((clean = _fd_saved_replies_check_title (title, error)) == NULL)
    return NULL;
  if ((replies = query_replies (store, clean, error)) == NULL)
    return NULL;
  if (replies->len == 0)
    {
      set_not_found (error, clean);
      return NULL;
    }
  return g_ptr_array_steal_index (replies, 0);
}

/* Writing */

static gint64
find_id (FdStore     *store,
         const char  *title,
         GError     **error)
{
  sqlite3_stmt *stmt = _fd_store_prepare (store, "SELECT id FROM saved_replies WHERE title = ?", error);

  if (stmt == NULL)
    return -1;
  _fd_sql_bind_text (stmt, 1, title);
  return _fd_sql_query_int (store, stmt, error);
}

/* Inside a transaction. */
gboolean
_fd_saved_replies_set_variant_unlocked (FdStore     *store,
             const char  *title,
             const char  *lang,
             const char  *text,
             gboolean    *out_replaced,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 id;

  id = find_id (store, title, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (id == 0)
    {
      stmt = _fd_store_prepare (store,
                                "INSERT INTO saved_replies (title, default_lang, position, created_at)"
                                " VALUES (?, ?, (SELECT coalesce (max (position), 0) + 1 FROM saved_replies), ?)",
                                error);
      if (stmt == NULL)
        return FALSE;
      _fd_sql_bind_text (stmt, 1, title);
      _fd_sql_bind_text (stmt, 2, lang);
      sqlite3_bind_int64 (stmt, 3, now);
      if (!_fd_sql_step (store, stmt, error))
        return FALSE;
      id = sqlite3_last_insert_rowid (fd_store_get_db (store));
    }

  if (out_replaced != NULL)
    {
      stmt = _fd_store_prepare (store, "SELECT count(*) FROM saved_reply_variants WHERE reply_id = ? AND lang = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      _fd_sql_bind_text (stmt, 2, lang);
      *out_replaced = _fd_sql_query_int (store, stmt, &local_error) > 0;
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }
    }

  stmt = _fd_store_prepare (store,
                            "INSERT INTO saved_reply_variants (reply_id, lang, text, updated_at) VALUES (?, ?, ?, ?)"
                            " ON CONFLICT DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  _fd_sql_bind_text (stmt, 2, lang);
  _fd_sql_bind_text (stmt, 3, text);
  sqlite3_bind_int64 (stmt, 4, now);
  if (!_fd_sql_step (store, stmt, error))
    return FALSE;

  _fd_store_mark_written (store);
  return TRUE;
}

gboolean
fd_saved_replies_set_variant (FdStore     *store,
                              const char  *title,
                              const char  *lang,
                              const char  *text,
                              gboolean    *out_replaced,
                              GError     **error)
{
  g_autofree char *clean = NULL;
  const char *code;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if ((clean = _fd_saved_replies_check_title (title, error)) == NULL ||
      (code = _fd_saved_replies_check_lang (lang, error)) == NULL ||
      !_fd_saved_replies_check_text (text, error))
    return FALSE;

  if (!fd_store_begin (store, error))
    return FALSE;
  if (!_fd_saved_replies_set_variant_unlocked (store, clean, code, text, out_replaced, error))
    {
      fd_store_rollback (store);
      return FALSE;
    }
  return fd_store_commit (store, error);
}

/* Runs @sql with @title bound to ?1 and @value to ?2; NOT_FOUND when no
 * row changed. */
static gboolean
update_reply (FdStore     *store,
              const char  *sql,
              const char  *title,
              const char  *value,
              GError     **error)
{
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;

  if ((clean = _fd_saved_replies_check_title (title, error)) == NULL)
    return FALSE;
  if ((stmt = _fd_store_prepare (store, sql, error)) == NULL)
    return FALSE;
  _fd_sql_bind_text (stmt, 1, clean);
  _fd_sql_bind_text (stmt, 2, value);
  if (!_fd_sql_step (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (fd_store_get_db (store)) == 0)
    {
      set_not_found (error, clean);
      return FALSE;
    }
  _fd_store_mark_written (store);
  return TRUE;
}

gboolean
fd_saved_replies_remove (FdStore     *store,
                         const char  *title,
                         GError     **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  return update_reply (store, "DELETE FROM saved_replies WHERE title = ?1 AND ?2 IS NULL", title, NULL, error);
}

gboolean
fd_saved_replies_rename (FdStore     *store,
                         const char  *title,
                         const char  *new_title,
                         GError     **error)
{
  g_autofree char *clean = NULL;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if ((clean = _fd_saved_replies_check_title (new_title, error)) == NULL)
    return FALSE;
  return update_reply (store, "UPDATE saved_replies SET title = ?2 WHERE title = ?1", title, clean, error);
}

gboolean
fd_saved_replies_set_default_lang (FdStore     *store,
                                   const char  *title,
                                   const char  *lang,
                                   GError     **error)
{
  const char *code;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if ((code = _fd_saved_replies_check_lang (lang, error)) == NULL)
    return FALSE;
  /* Only a language the reply has. */
  if (!update_reply (store,
                     "UPDATE saved_replies SET default_lang = ?2 WHERE title = ?1 AND EXISTS"
                     " (SELECT 1 FROM saved_reply_variants v WHERE v.reply_id = saved_replies.id AND v.lang = ?2)",
                     title, code, error))
    return FALSE;
  return TRUE;
}

gboolean
fd_saved_replies_remove_variant (FdStore     *store,
                                 const char  *title,
                                 const char  *lang,
                                 GError     **error)
{
  g_autoptr(FdSavedReply) reply = NULL;
  const char *code;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if ((code = _fd_saved_replies_check_lang (lang, error)) == NULL ||
      (reply = fd_saved_replies_get (store, title, error)) == NULL)
    return FALSE;

  /* The last variant goes with the reply. */
  if (reply->variants->len == 1 &&
      g_str_equal (((FdSavedReplyVariant *) g_ptr_array_index (reply->variants, 0))->lang, code))
    return fd_saved_replies_remove (store, reply->title, error);

  if (!fd_store_begin (store, error))
    return FALSE;
  if ((stmt = _fd_store_prepare (store, "DELETE FROM saved_reply_variants WHERE reply_id = ? AND lang = ?", error)) == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, reply->id);
  _fd_sql_bind_text (stmt, 2, code);
  if (!_fd_sql_step (store, stmt, error))
    goto fail;
  if (sqlite3_changes (fd_store_get_db (store)) == 0)
    {
      g_set_error (error, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_NOT_FOUND,
                   _("The saved reply “%s” has no text in %s."), reply->title, fd_language_get_name (code));
      goto fail;
    }
  /* The default went: the first one left is the default now. */
  if (!_fd_sql_exec (store,
                     "UPDATE saved_replies SET default_lang = (SELECT min (lang) FROM saved_reply_variants v"
                     "  WHERE v.reply_id = saved_replies.id)"
                     " WHERE NOT EXISTS (SELECT 1 FROM saved_reply_variants v"
                     "  WHERE v.reply_id = saved_replies.id AND v.lang = saved_replies.default_lang)", error))
    goto fail;
  _fd_store_mark_written (store);
  return fd_store_commit (store, error);

fail:
  fd_store_rollback (store);
  return FALSE;
}

gboolean
fd_saved_replies_count_use (FdStore  *store,
                            gint64    id,
                            GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  stmt = _fd_store_prepare (store, "UPDATE saved_replies SET uses = uses + 1, used_at = ? WHERE id = ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, g_get_real_time () / G_USEC_PER_SEC);
  sqlite3_bind_int64 (stmt, 2, id);
  return _fd_sql_step (store, stmt, error);
}

/* Choosing and filling */

static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  g_autofree char *folded = g_utf8_casefold (normal != NULL ? normal : "", -1);
  GString *out = g_string_new (NULL);

  /* Without accents: "envio" finds "envío". */
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_ismark (c))
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
fd_saved_reply_matches (const FdSavedReply *reply,
                        const char         *query)
{
  g_autofree char *folded_query = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) haystack = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (reply != NULL, FALSE);

  if (query == NULL || *query == '\0')
    return TRUE;

  haystack = g_string_new (reply->title);
  for (guint i = 0; i < reply->variants->len; i++)
    {
      FdSavedReplyVariant *variant = g_ptr_array_index (reply->variants, i);

      g_string_append_c (haystack, '\n');
      g_string_append (haystack, variant->text);
    }
  folded = fold (haystack->str);
  folded_query = fold (query);
  words = g_strsplit_set (folded_query, " \t\n", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (folded, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

const FdSavedReplyVariant *
fd_saved_reply_choose (const FdSavedReply *reply,
                       const char         *lang,
                       gboolean           *out_exact)
{
  const char *code = fd_language_normalize (lang);
  const FdSavedReplyVariant *fallback = NULL;

  g_return_val_if_fail (reply != NULL && reply->variants->len > 0, NULL);

  for (guint i = 0; i < reply->variants->len; i++)
    {
      const FdSavedReplyVariant *variant = g_ptr_array_index (reply->variants, i);

      if (code != NULL && g_str_equal (variant->lang, code))
        {
          if (out_exact != NULL)
            *out_exact = TRUE;
          return variant;
        }
      if (fallback == NULL && g_str_equal (variant->lang, reply->default_lang))
        fallback = variant;
    }

  if (out_exact != NULL)
    *out_exact = code == NULL;
  return fallback != NULL ? fallback : g_ptr_array_index (reply->variants, 0);
}

/* The name's first word, without a trailing comma ("Pérez, Ana" aside). */
static char *
first_word (const char *name)
{
  const char *end;

  if (name == NULL)
    return NULL;
  while (g_ascii_isspace (*name))
    name++;
  end = name;
  while (*end != '\0' && !g_ascii_isspace (*end) && *end != ',')
    end++;
  return end > name ? g_strndup (name, end - name) : NULL;
}

static const char *
nonempty (const char *value)
{
  return value != NULL && *value != '\0' ? value : NULL;
}

char *
fd_saved_reply_fill (const char               *text,
                     const FdSavedReplyFields *fields)
{
  static const FdSavedReplyFields none = { NULL, };
  g_autofree char *first = NULL;
  const char *values[G_N_ELEMENTS (placeholder_names)];
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (fields == NULL)
    fields = &none;

  first = g_strdup (nonempty (fields->first_name));
  if (first == NULL)
    first = first_word (nonempty (fields->name));
  values[0] = first != NULL ? first : nonempty (fields->handle);
  values[1] = nonempty (fields->name) != NULL ? fields->name : nonempty (fields->handle);
  values[2] = nonempty (fields->handle) != NULL ? fields->handle : nonempty (fields->name);
  values[3] = nonempty (fields->shop);

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0';)
    {
      gboolean done = FALSE;

      if (*p == '{')
        for (guint i = 0; i < G_N_ELEMENTS (placeholder_names); i++)
          {
            gsize len = strlen (placeholder_names[i]);

            if (strncmp (p + 1, placeholder_names[i], len) == 0 && p[len + 1] == '}')
              {
                g_string_append (out, values[i] != NULL ? values[i] : "");
                p += len + 2;
                done = TRUE;
                break;
              }
          }
      if (!done)
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/* Placeholders survive a machine translation as words no language has:
 * "{first_name}" would become "{primer_nombre}". */
#define TOKEN_PREFIX "FDPH"

static char *
protect_placeholders (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (placeholder_names); i++)
    {
      g_autofree char *from = g_strdup_printf ("{%s}", placeholder_names[i]);
      g_autofree char *to = g_strdup_printf (TOKEN_PREFIX "%u", i);

      g_string_replace (out, from, to, 0);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static char *
restore_placeholders (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (placeholder_names); i++)
    {
      g_autofree char *from = g_strdup_printf (TOKEN_PREFIX "%u", i);
      g_autofree char *to = g_strdup_printf ("{%s}", placeholder_names[i]);

      g_string_replace (out, from, to, 0);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Using */

typedef struct {
  FdStore              *store;
  FdTranslationManager *manager;
  FdSavedReplyUse      *use;
  FdSavedReplyFields    fields;
  char                 *first_name;
  char                 *name;
  char                 *handle;
  char                 *shop;
  char                 *protected_text;   /* the default variant, placeholders as tokens */
  char                 *translated;       /* with tokens */
  gint64                id;
  guint                 link_chars;
} UseData;

static void
use_data_free (UseData *data)
{
  g_clear_object (&data->store);
  g_clear_object (&data->manager);
  g_clear_pointer (&data->use, fd_saved_reply_use_free);
  g_free (data->first_name);
  g_free (data->name);
  g_free (data->handle);
  g_free (data->shop);
  g_free (data->protected_text);
  g_free (data->translated);
  g_free (data);
}

static void
use_return (GTask *task)
{
  UseData *data = g_task_get_task_data (task);
  FdSavedReplyUse *use = g_steal_pointer (&data->use);
  g_autoptr(GError) error = NULL;

  use->n_chars = data->link_chars > 0 ? fd_public_post_count_chars (use->text, data->link_chars)
                                      : (guint) g_utf8_strlen (use->text, -1);

  if (!fd_saved_replies_count_use (data->store, data->id, &error))
    g_warning ("Could not count the use of a saved reply: %s", error->message);

  g_task_return_pointer (task, use, (GDestroyNotify) fd_saved_reply_use_free);
}

static void
back_translated_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UseData *data = g_task_get_task_data (task);
  g_autoptr(FdTranslation) back = NULL;
  g_autoptr(GError) error = NULL;

  back = fd_translation_manager_translate_finish (FD_TRANSLATION_MANAGER (object), result, &error);
  if (back == NULL)
    {
      if (g_task_return_error_if_cancelled (task))
        return;
      /* The translation stands; only the check is missing. */
      g_debug ("No back-translation: %s", error->message);
    }
  else
    {
      g_autofree char *restored = restore_placeholders (back->text);

      data->use->back_translation = fd_saved_reply_fill (restored, &data->fields);
    }

  use_return (task);
}

static void
translated_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  UseData *data = g_task_get_task_data (task);
  g_autoptr(FdTranslation) translation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *restored = NULL;

  translation = fd_translation_manager_translate_finish (FD_TRANSLATION_MANAGER (object), result, &error);
  if (translation == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  data->translated = g_strdup (translation->text);
  restored = restore_placeholders (translation->text);
  data->use->text = fd_saved_reply_fill (restored, &data->fields);
  data->use->machine_translated = TRUE;

  fd_translation_manager_translate_async (data->manager, data->translated, data->use->lang,
                                          data->use->source_lang, NULL,
                                          g_task_get_cancellable (task), back_translated_cb,
                                          g_object_ref (task));
}

void
fd_saved_replies_use_async (FdStore                  *store,
                            FdTranslationManager     *manager,
                            const FdSavedReply       *reply,
                            const char               *lang,
                            const FdSavedReplyFields *fields,
                            guint                     max_chars,
                            guint                     link_chars,
                            GCancellable             *cancellable,
                            GAsyncReadyCallback       callback,
                            gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  const FdSavedReplyVariant *variant;
  UseData *data;
  gboolean exact = FALSE;
  const char *code = fd_language_normalize (lang);

  g_return_if_fail (FD_IS_STORE (store));
  g_return_if_fail (manager == NULL || FD_IS_TRANSLATION_MANAGER (manager));
  g_return_if_fail (reply != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, fd_saved_replies_use_async);

  data = g_new0 (UseData, 1);
  data->store = g_object_ref (store);
  data->manager = manager != NULL ? g_object_ref (manager) : NULL;
  data->id = reply->id;
  data->link_chars = link_chars;
  if (fields != NULL)
    {
      data->fields.first_name = data->first_name = g_strdup (fields->first_name);
      data->fields.name = data->name = g_strdup (fields->name);
      data->fields.handle = data->handle = g_strdup (fields->handle);
      data->fields.shop = data->shop = g_strdup (fields->shop);
    }
  data->use = g_new0 (FdSavedReplyUse, 1);
  data->use->title = g_strdup (reply->title);
  data->use->max_chars = max_chars;
  g_task_set_task_data (task, data, (GDestroyNotify) use_data_free);

  if (reply->variants->len == 0)
    {
      g_task_return_new_error (task, FD_SAVED_REPLIES_ERROR, FD_SAVED_REPLIES_ERROR_NOT_FOUND,
                               _("The saved reply “%s” has no text."), reply->title);
      return;
    }

  variant = fd_saved_reply_choose (reply, code, &exact);
  data->use->source_lang = g_strdup (variant->lang);

  if (exact || manager == NULL)
    {
      data->use->lang = g_strdup (variant->lang);
      data->use->text = fd_saved_reply_fill (variant->text, &data->fields);
      use_return (task);
      return;
    }

  data->use->lang = g_strdup (code);
  data->protected_text = protect_placeholders (variant->text);
  fd_translation_manager_translate_async (manager, data->protected_text, variant->lang, code, NULL,
                                          cancellable, translated_cb, g_steal_pointer (&task));
}

FdSavedReplyUse *
fd_saved_replies_use_finish (GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
