/* fd-customers.c: customers and identities, profile links and link
 * suggestions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-channel.h"
#include "fd-customers-private.h"
#include "fd-repeats-private.h"
#include "fd-sql.h"

G_DEFINE_QUARK (fd-customers-error-quark, fd_customers_error)

void
fd_identity_free (FdIdentity *identity)
{
  if (identity == NULL)
    return;

  g_free (identity->channel);
  g_free (identity->handle);
  g_free (identity->name);
  g_free (identity);
}

void
fd_customer_free (FdCustomer *customer)
{
  if (customer == NULL)
    return;

  g_free (customer->name);
  g_free (customer->lang);
  g_clear_pointer (&customer->identities, g_ptr_array_unref);
  g_free (customer);
}

void
fd_link_suggestion_free (FdLinkSuggestion *suggestion)
{
  if (suggestion == NULL)
    return;

  g_free (suggestion->reason);
  g_free (suggestion);
}

void
fd_customer_operation_free (FdCustomerOperation *operation)
{
  if (operation == NULL)
    return;

  g_free (operation->kind);
  g_free (operation);
}

/* Keys */

static gboolean
is_channel_name (const char *str,
                 gsize       len)
{
  g_autofree char *name = g_strndup (str, len);

  return fd_channel_lookup (name) != NULL;
}

static gboolean
looks_like_email (const char *str)
{
  const char *at = strchr (str, '@');

  return at != NULL && at > str && strchr (at + 1, '@') == NULL &&
         strchr (at + 1, '.') != NULL && strpbrk (str, " /:<>") == NULL;
}

/* The key of an identity: "channel:handle" without the leading @, in
 * lower case. */
static char *
identity_key (const char *channel,
              const char *handle)
{
  g_autofree char *lower = g_utf8_strdown (handle + strspn (handle, "@"), -1);

  return g_strconcat (channel, ":", lower, NULL);
}

char *
fd_customers_link_key (const char *link)
{
  g_autofree char *s = NULL;
  const char *colon;

  g_return_val_if_fail (link != NULL, NULL);

  s = g_strstrip (g_utf8_strdown (link, -1));
  if (*s == '\0')
    return NULL;

  if (g_str_has_prefix (s, "mailto:"))
    {
      char *query = strchr (s, '?');

      if (query != NULL)
        *query = '\0';
      return looks_like_email (s + 7) ? g_strconcat ("email:", s + 7, NULL) : NULL;
    }

  if (g_str_has_prefix (s, "https://") || g_str_has_prefix (s, "http://"))
    {
      const char *host = strstr (s, "://") + 3;
      const char *path = strchr (host, '/');
      g_autofree char *hostname = NULL;
      g_autofree char *user = NULL;

      if (path == NULL)
        return NULL;
      hostname = g_strndup (host, path - host);

      if (g_str_equal (hostname, "bsky.app") && g_str_has_prefix (path, "/profile/"))
        {
          user = g_strndup (path + 9, strcspn (path + 9, "/?#"));
          return *user != '\0' ? g_strconcat ("bluesky:", user, NULL) : NULL;
        }
      if (g_str_has_prefix (path, "/@"))
        {
          user = g_strndup (path + 2, strcspn (path + 2, "/?#"));
          if (*user == '\0')
            return NULL;
          /* https://host/@user@elsewhere names a remote account */
          return strchr (user, '@') != NULL ? g_strconcat ("mastodon:", user, NULL)
                                            : g_strconcat ("mastodon:", user, "@", hostname, NULL);
        }
      return NULL;
    }

  /* "email:ana@example.com", "bluesky:@ana.bsky.social" */
  colon = strchr (s, ':');
  if (colon != NULL && is_channel_name (s, colon - s))
    {
      g_autofree char *channel = g_strndup (s, colon - s);
      return colon[1] != '\0' ? identity_key (channel, colon + 1) : NULL;
    }

  if (s[0] == '@')
    {
      const char *handle = s + 1;

      if (strchr (handle, '@') != NULL)
        return g_strconcat ("mastodon:", handle, NULL);
      if (strchr (handle, '.') != NULL)
        return g_strconcat ("bluesky:", handle, NULL);
      return NULL;
    }

  if (looks_like_email (s))
    return g_strconcat ("email:", s, NULL);

  if (g_str_has_suffix (s, ".bsky.social"))
    return g_strconcat ("bluesky:", s, NULL);

  return NULL;
}

/* Hooks */

static gboolean
add_link (FdStore     *store,
          gint64       identity_id,
          const char  *key,
          GError     **error)
{
  sqlite3_stmt *stmt = _fd_store_prepare (store, "INSERT OR IGNORE INTO identity_links (identity_id, link) VALUES (?, ?)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, identity_id);
  sqlite3_bind_text (stmt, 2, key, -1, SQLITE_TRANSIENT);

  return _fd_sql_step (store, stmt, error);
}

/* Whether the user said these two are different people (dismissed a
 * suggestion, or split one from the other). */
static gint64
pair_refused (FdStore  *store,
              gint64    a,
              gint64    b,
              GError  **error)
{
  sqlite3_stmt *stmt = _fd_store_prepare (store,
                                          "SELECT count(*) FROM customer_link_suggestions"
                                          " WHERE customer_a = ? AND customer_b = ? AND state = 2", error);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, MIN (a, b));
  sqlite3_bind_int64 (stmt, 2, MAX (a, b));

  return _fd_sql_query_int (store, stmt, error);
}

gboolean
_fd_customers_on_insert (FdStore                *store,
                         gint64                  identity_id,
                         const FdParsedMessage  *msg,
                         gint64                 *customer_id,
                         GError                **error)
{
  g_autoptr(GArray) linked = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *own = NULL;
  sqlite3_stmt *stmt;
  int rc;

  if (msg->direction != FD_DIRECTION_IN || *customer_id <= 0 ||
      msg->author_handle == NULL || *msg->author_handle == '\0')
    return TRUE;

  own = identity_key (msg->channel, msg->author_handle);
  if (!add_link (store, identity_id, own, error))
    return FALSE;

  for (guint i = 0; msg->author_links != NULL && i < msg->author_links->len; i++)
    {
      g_autofree char *key = fd_customers_link_key (g_ptr_array_index (msg->author_links, i));

      if (key != NULL && !g_str_equal (key, own) && !add_link (store, identity_id, key, error))
        return FALSE;
    }

  /* Other identities that share a key with this one: the same account or
   * address named from both sides. */
  stmt = _fd_store_prepare (store,
                            "SELECT DISTINCT i.customer_id FROM identity_links l"
                            " JOIN identity_links o ON o.link = l.link AND o.identity_id != l.identity_id"
                            " JOIN identities i ON i.id = o.identity_id"
                            " WHERE l.identity_id = ? AND i.customer_id IS NOT NULL AND i.customer_id != ?", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, identity_id);
  sqlite3_bind_int64 (stmt, 2, *customer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 other = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (linked, other);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  for (guint i = 0; i < linked->len; i++)
    {
      gint64 other = g_array_index (linked, gint64, i);
      gint64 refused = pair_refused (store, other, *customer_id, error);

      if (refused < 0)
        return FALSE;
      if (refused > 0 || other == *customer_id)
        continue;

      /* The older customer stays. */
      if (!_fd_customers_merge_internal (store, MIN (other, *customer_id), MAX (other, *customer_id),
                                         "auto-merge", error))
        return FALSE;
      *customer_id = MIN (other, *customer_id);
    }

  return TRUE;
}

typedef struct {
  char   *channel;
  char   *name;
  gint64  customer_id;
} Author;

static gboolean
load_author (FdStore  *store,
             gint64    message_id,
             Author   *author,
             GError  **error)
{
  sqlite3_stmt *stmt = _fd_store_prepare (store,
                                          "SELECT m.channel, i.name_key, i.customer_id FROM messages m"
                                          " JOIN identities i ON i.id = m.identity_id WHERE m.id = ?", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, message_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      author->channel = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      /* Folded as _fd_store_fold_name() folds names; "" when none. */
      author->name = g_strdup (sqlite3_column_type (stmt, 1) != SQLITE_NULL
                               ? (const char *) sqlite3_column_text (stmt, 1) : "");
      author->customer_id = sqlite3_column_int64 (stmt, 2);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  return TRUE;
}

GArray *
_fd_customers_same_name_elsewhere (FdStore   *store,
                                   gint64     message_id,
                                   gboolean  *out_full_name,
                                   GError   **error)
{
  g_autoptr(GArray) customers = g_array_new (FALSE, FALSE, sizeof (gint64));
  Author author = { NULL, NULL, 0 };
  sqlite3_stmt *stmt;
  int rc;

  if (!load_author (store, message_id, &author, error))
    return NULL;

  if (out_full_name != NULL)
    *out_full_name = FALSE;
  if (author.channel == NULL || author.customer_id == 0 || g_utf8_strlen (author.name, -1) < 3)
    goto out;
  if (out_full_name != NULL)
    *out_full_name = strchr (g_strstrip (author.name), ' ') != NULL;

  stmt = _fd_store_prepare (store,
                            "SELECT customer_id FROM identities"
                            " WHERE name_key = ? AND channel != ? AND customer_id IS NOT NULL"
                            " AND customer_id != ? LIMIT 32", error);
  if (stmt == NULL)
    {
      g_clear_pointer (&customers, g_array_unref);
      goto out;
    }
  sqlite3_bind_text (stmt, 1, author.name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, author.channel, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, author.customer_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 customer = sqlite3_column_int64 (stmt, 0);
      gboolean seen = FALSE;

      for (guint i = 0; i < customers->len && !seen; i++)
        seen = g_array_index (customers, gint64, i) == customer;
      if (!seen)
        g_array_append_val (customers, customer);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      g_clear_pointer (&customers, g_array_unref);
    }

out:
  g_free (author.channel);
  g_free (author.name);
  return g_steal_pointer (&customers);
}

gboolean
_fd_customers_suggest_link (FdStore     *store,
                            gint64       message_a,
                            gint64       message_b,
                            const char  *reason,
                            GError     **error)
{
  Author a = { NULL, NULL, 0 }, b = { NULL, NULL, 0 };
  gboolean ret = FALSE;
  sqlite3_stmt *stmt;

  if (!load_author (store, message_a, &a, error) ||
      !load_author (store, message_b, &b, error))
    goto out;

  ret = TRUE;
  if (a.channel == NULL || b.channel == NULL || g_str_equal (a.channel, b.channel) ||
      a.customer_id == 0 || b.customer_id == 0 || a.customer_id == b.customer_id ||
      g_utf8_strlen (a.name, -1) < 3 || !g_str_equal (a.name, b.name))
    goto out;

  stmt = _fd_store_prepare (store,
                            "INSERT OR IGNORE INTO customer_link_suggestions"
                            " (customer_a, customer_b, message_a, message_b, reason, created_at)"
                            " VALUES (?, ?, ?, ?, ?, ?)", error);
  if (stmt == NULL)
    {
      ret = FALSE;
      goto out;
    }
  sqlite3_bind_int64 (stmt, 1, MIN (a.customer_id, b.customer_id));
  sqlite3_bind_int64 (stmt, 2, MAX (a.customer_id, b.customer_id));
  sqlite3_bind_int64 (stmt, 3, a.customer_id < b.customer_id ? message_a : message_b);
  sqlite3_bind_int64 (stmt, 4, a.customer_id < b.customer_id ? message_b : message_a);
  sqlite3_bind_text (stmt, 5, reason, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, g_get_real_time () / G_USEC_PER_SEC);
  ret = _fd_sql_step (store, stmt, error);

out:
  g_free (a.channel);
  g_free (a.name);
  g_free (b.channel);
  g_free (b.name);
  return ret;
}

/* Reading */

static gboolean
fill_customer (FdStore     *store,
               FdCustomer  *customer,
               GError     **error)
{
  sqlite3_stmt *stmt;
  gint64 n;
  int rc;

  customer->identities = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_identity_free);
  stmt = _fd_store_prepare (store, "SELECT id, channel, handle, name FROM identities WHERE customer_id = ? ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, customer->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdIdentity *identity = g_new0 (FdIdentity, 1);

      identity->id = sqlite3_column_int64 (stmt, 0);
      identity->channel = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      identity->handle = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      identity->name = g_strdup ((const char *) sqlite3_column_text (stmt, 3));
      g_ptr_array_add (customer->identities, identity);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return _fd_store_set_error (fd_store_get_db (store), rc, error);

  stmt = _fd_store_prepare (store,
                            "SELECT count(*) FROM messages WHERE direction = " FD_SQL_IN " AND identity_id IN"
                            " (SELECT id FROM identities WHERE customer_id = ?)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, customer->id);
  if ((n = _fd_sql_query_int (store, stmt, error)) < 0)
    return FALSE;
  customer->n_messages = (guint) n;

  if (customer->lang == NULL)
    {
      /* Not detected yet: the language they tagged their posts with most. */
      stmt = _fd_store_prepare (store,
                                "SELECT lang FROM messages WHERE direction = " FD_SQL_IN " AND lang IS NOT NULL AND identity_id IN"
                                " (SELECT id FROM identities WHERE customer_id = ?)"
                                " GROUP BY lang ORDER BY count(*) DESC, lang LIMIT 1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, customer->id);
      if (sqlite3_step (stmt) == SQLITE_ROW)
        customer->lang = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }

  return TRUE;
}

static GPtrArray *
read_customers (FdStore       *store,
                sqlite3_stmt  *stmt,
                GError       **error)
{
  g_autoptr(GPtrArray) customers = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_customer_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdCustomer *customer = g_new0 (FdCustomer, 1);

      customer->id = sqlite3_column_int64 (stmt, 0);
      customer->name = g_strdup ((const char *) sqlite3_column_text (stmt, 1));
      customer->lang = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      customer->created_at = sqlite3_column_int64 (stmt, 3);
      g_ptr_array_add (customers, customer);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  for (guint i = 0; i < customers->len; i++)
    if (!fill_customer (store, g_ptr_array_index (customers, i), error))
      return NULL;

  return g_steal_pointer (&customers);
}

GPtrArray *
fd_customers_list (FdStore  *store,
                   gint64    after_id,
                   guint     limit,
                   GError  **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store,
                            "SELECT id, name, lang, created_at FROM customers"
                            " WHERE merged_into IS NULL AND id > ? ORDER BY id LIMIT ?", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, after_id);
  sqlite3_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : -1);

  return read_customers (store, stmt, error);
}

FdCustomer *
fd_customers_get (FdStore  *store,
                  gint64    customer_id,
                  GError  **error)
{
  g_autoptr(GPtrArray) customers = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store,
                            "SELECT id, name, lang, created_at FROM customers WHERE id = ? AND merged_into IS NULL", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, customer_id);

  if (!(customers = read_customers (store, stmt, error)))
    return NULL;
  if (customers->len == 0)
    {
      g_set_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOT_FOUND,
                   _("There is no customer %lld. Use “frontdesk-cli customers” to list them."),
                   (long long) customer_id);
      return NULL;
    }

  return g_ptr_array_steal_index (customers, 0);
}

gint64
fd_customers_find (FdStore     *store,
                   const char  *channel,
                   const char  *handle,
                   GError     **error)
{
  g_autofree char *key = NULL;
  sqlite3_stmt *stmt;
  gint64 id;

  g_return_val_if_fail (FD_IS_STORE (store), -1);
  g_return_val_if_fail (channel != NULL && handle != NULL, -1);

  stmt = _fd_store_prepare (store, "SELECT customer_id FROM identities WHERE channel = ? AND handle = ?", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, channel, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, handle, -1, SQLITE_TRANSIENT);
  if ((id = _fd_sql_query_int (store, stmt, error)) != 0)
    return id;

  /* "@Ana@host" for "ana@host": through the identity's own key. */
  key = identity_key (channel, handle);
  stmt = _fd_store_prepare (store,
                            "SELECT i.customer_id FROM identity_links l JOIN identities i ON i.id = l.identity_id"
                            " WHERE l.link = ? AND i.channel = ? LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, channel, -1, SQLITE_TRANSIENT);

  return _fd_sql_query_int (store, stmt, error);
}

/* The customer @customer_id is now: the one it was merged into, and so
 * on; 0 when it is gone. */
static gint64
live_customer (FdStore  *store,
               gint64    customer_id,
               GError  **error)
{
  sqlite3_stmt *stmt = _fd_store_prepare (store, "SELECT merged_into FROM customers WHERE id = ?", error);

  if (stmt == NULL)
    return -1;

  /* Merges make a tree: a chain longer than this is a loop. */
  for (guint i = 0; i < 64 && customer_id > 0; i++)
    {
      int rc;

      sqlite3_bind_int64 (stmt, 1, customer_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && sqlite3_column_type (stmt, 0) == SQLITE_NULL)
        {
          sqlite3_reset (stmt);
          return customer_id;
        }
      customer_id = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
      sqlite3_reset (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        {
          _fd_store_set_error (fd_store_get_db (store), rc, error);
          return -1;
        }
    }

  return 0;
}

/* Adds @s to @live, about the customers they are now when one of them
 * was @merged into another: a person on three channels, two of them
 * linked, is still suggested for the third. Once both are one customer,
 * or said to be two people, it is answered; of two that became alike,
 * the first (the newest) stands. Frees @s when it is not kept. */
static gboolean
add_live_suggestion (FdStore           *store,
                     GPtrArray         *live,
                     FdLinkSuggestion  *s,
                     gboolean           merged,
                     GError           **error)
{
  g_autoptr(FdLinkSuggestion) owned = s;
  gint64 a = s->customer_a, b = s->customer_b;
  gint64 refused;

  if (merged)
    {
      if ((a = live_customer (store, a, error)) < 0 || (b = live_customer (store, b, error)) < 0)
        return FALSE;
      if (a == 0 || b == 0 || a == b)
        return TRUE;
      if ((a != s->customer_a || b != s->customer_b) && (refused = pair_refused (store, a, b, error)) != 0)
        return refused > 0;
      s->customer_a = MIN (a, b);
      s->customer_b = MAX (a, b);
    }

  for (guint i = 0; i < live->len; i++)
    {
      FdLinkSuggestion *other = g_ptr_array_index (live, i);

      if (other->customer_a == s->customer_a && other->customer_b == s->customer_b)
        return TRUE;
    }
  g_ptr_array_add (live, g_steal_pointer (&owned));
  return TRUE;
}

GPtrArray *
fd_customers_list_suggestions (FdStore  *store,
                               GError  **error)
{
  g_autoptr(GPtrArray) live = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_link_suggestion_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  stmt = _fd_store_prepare (store,
                            "SELECT s.id, s.customer_a, s.customer_b, s.message_a, s.message_b, s.reason, s.created_at,"
                            " a.merged_into IS NOT NULL OR b.merged_into IS NOT NULL"
                            " FROM customer_link_suggestions s"
                            " JOIN customers a ON a.id = s.customer_a JOIN customers b ON b.id = s.customer_b"
                            " WHERE s.state = 0"
                            " ORDER BY s.created_at DESC, s.id DESC", error);
  if (stmt == NULL)
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      FdLinkSuggestion *s = g_new0 (FdLinkSuggestion, 1);

      s->id = sqlite3_column_int64 (stmt, 0);
      s->customer_a = sqlite3_column_int64 (stmt, 1);
      s->customer_b = sqlite3_column_int64 (stmt, 2);
      s->message_a = sqlite3_column_int64 (stmt, 3);
      s->message_b = sqlite3_column_int64 (stmt, 4);
      s->reason = g_strdup ((const char *) sqlite3_column_text (stmt, 5));
      s->created_at = sqlite3_column_int64 (stmt, 6);
      if (!add_live_suggestion (store, live, s, sqlite3_column_int (stmt, 7) != 0, error))
        {
          sqlite3_reset (stmt);
          return NULL;
        }
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  return g_steal_pointer (&live);
}

static gboolean
set_suggestion_state (FdStore  *store,
                      gint64    suggestion_id,
                      int       state,
                      GError  **error)
{
  sqlite3_stmt *stmt;
  gint64 a, b, live_a, live_b;
  int rc;

  if (!fd_store_begin (store, error))
    return FALSE;

  if (!(stmt = _fd_store_prepare (store, "SELECT customer_a, customer_b FROM customer_link_suggestions WHERE id = ? AND state = 0", error)))
    goto fail;
  sqlite3_bind_int64 (stmt, 1, suggestion_id);
  rc = sqlite3_step (stmt);
  a = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
  b = rc == SQLITE_ROW ? sqlite3_column_int64 (stmt, 1) : 0;
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    {
      if (rc == SQLITE_DONE)
        g_set_error (error, FD_CUSTOMERS_ERROR, FD_CUSTOMERS_ERROR_NOT_FOUND,
                     _("There is no open link suggestion %lld."), (long long) suggestion_id);
      else
        _fd_store_set_error (fd_store_get_db (store), rc, error);
      goto fail;
    }

  /* About the customers they were merged into, as listed: the
   * suggestion is theirs from now on (unless they have one already), so
   * that undoing the link opens it again and "two people" holds for
   * them. */
  if ((live_a = live_customer (store, a, error)) < 0 || (live_b = live_customer (store, b, error)) < 0)
    goto fail;
  if (live_a > 0 && live_b > 0 && live_a != live_b && (live_a != a || live_b != b))
    {
      a = MIN (live_a, live_b);
      b = MAX (live_a, live_b);
      if (!_fd_sql_exec_ints (store, "UPDATE OR IGNORE customer_link_suggestions SET customer_a = ?, customer_b = ? WHERE id = ?",
                              error, 3, a, b, suggestion_id))
        goto fail;
    }

  if (state == 1 && live_a > 0 && live_b > 0 && live_a != live_b &&
      !_fd_customers_merge_internal (store, a, b, "merge", error))
    goto fail;
  if (!_fd_sql_exec_ints (store, "UPDATE customer_link_suggestions SET state = ? WHERE id = ?",
                          error, 2, (gint64) state, suggestion_id) ||
      !_fd_sql_exec_ints (store, "UPDATE customer_link_suggestions SET state = ? WHERE customer_a = ? AND customer_b = ?",
                          error, 3, (gint64) state, a, b))
    goto fail;

  _fd_store_mark_written (store);
  if (!fd_store_commit (store, error))
    goto fail;

  return TRUE;

fail:
  fd_store_rollback (store);
  return FALSE;
}

gboolean
fd_customers_accept_suggestion (FdStore  *store,
                                gint64    suggestion_id,
                                GError  **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  return set_suggestion_state (store, suggestion_id, 1, error);
}

gboolean
fd_customers_dismiss_suggestion (FdStore  *store,
                                 gint64    suggestion_id,
                                 GError  **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  return set_suggestion_state (store, suggestion_id, 2, error);
}
