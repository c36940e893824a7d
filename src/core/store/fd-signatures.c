/* fd-signatures.c: an account's signature, below its e-mail replies.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-signatures.h"
#include "fd-sql.h"
#include "fd-store-private.h"

/* Longer is a letter, not a signature. */
#define MAX_SIGNATURE_BYTES 4096

void
fd_signature_free (FdSignature *signature)
{
  if (signature == NULL)
    return;
  g_free (signature->lang);
  g_free (signature->text);
  g_free (signature);
}

static gboolean
is_blank (const char *text)
{
  for (; text != NULL && *text != '\0'; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

/* "es-MX" → "es"; "" for any language. */
static char *
lang_key (const char *lang)
{
  g_autofree char *key = g_ascii_strdown (lang != NULL ? lang : "", -1);
  char *dash = strpbrk (key, "-_.");

  if (dash != NULL)
    *dash = '\0';
  return g_steal_pointer (&key);
}

gboolean
fd_signatures_set (FdStore     *store,
                   gint64       account_id,
                   const char  *lang,
                   const char  *text,
                   GError     **error)
{
  g_autofree char *key = lang_key (lang);
  g_autofree char *clean = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  if (is_blank (text))
    {
      stmt = _fd_store_prepare (store, "DELETE FROM signatures WHERE account_id = ? AND lang = ?", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, account_id);
      _fd_sql_bind_text (stmt, 2, key);
      return _fd_sql_step (store, stmt, error);
    }

  if (!g_utf8_validate (text, -1, NULL) || strlen (text) > MAX_SIGNATURE_BYTES)
    {
      g_set_error (error, FD_STORE_ERROR, FD_STORE_ERROR_FAILED,
                   _("A signature is plain text of up to %d kB: shorten it."), MAX_SIGNATURE_BYTES / 1024);
      return FALSE;
    }

  /* Blank lines around it would only push it further down. */
  clean = g_strstrip (g_strdup (text));
  stmt = _fd_store_prepare (store,
                            "INSERT INTO signatures (account_id, lang, text) VALUES (?, ?, ?)"
                            " ON CONFLICT DO UPDATE SET text = excluded.text", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  _fd_sql_bind_text (stmt, 2, key);
  _fd_sql_bind_text (stmt, 3, clean);
  return _fd_sql_step (store, stmt, error);
}

char *
fd_signatures_get (FdStore     *store,
                   gint64       account_id,
                   const char  *lang,
                   GError     **error)
{
  g_autofree char *key = lang_key (lang);
  sqlite3_stmt *stmt;
  char *text = NULL;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store,
                            "SELECT text FROM signatures WHERE account_id = ? AND lang IN (?, '')"
                            " ORDER BY lang = '' LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);
  _fd_sql_bind_text (stmt, 2, key);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    _fd_store_set_error (fd_store_get_db (store), rc, error);

  return text;
}

GPtrArray *
fd_signatures_list (FdStore     *store,
                    gint64       account_id,
                    GError     **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_signature_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store, "SELECT lang, text FROM signatures WHERE account_id = ? ORDER BY lang", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdSignature *signature = g_new0 (FdSignature, 1);

      signature->lang = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      signature->text = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (list, signature);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

char *
fd_signatures_append (const char *text,
                      const char *signature)
{
  g_autofree char *body = NULL;

  if (is_blank (signature))
    return g_strdup (text != NULL ? text : "");
  body = g_strchomp (g_strdup (text != NULL ? text : ""));
  /* Once only: an edited reply already has it. */
  if (g_str_has_suffix (body, signature))
    return g_steal_pointer (&body);
  return g_strdup_printf ("%s\n\n-- \n%s", body, signature);
}
