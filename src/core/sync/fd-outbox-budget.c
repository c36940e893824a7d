/* fd-outbox-budget.c: the write budgets of a channel's server.
 *
 * Some servers limit what one account writes in a rolling window
 * (FdChannelInfo.write_budgets; Bluesky counts 3 points for a post and
 * allows 5,000 an hour and 35,000 a day). Answering many copies of a
 * question at once would run into that limit and be refused; instead the
 * outbox counts the points it spent and holds the replies that would go
 * over, with a sentence that says when they go out.
 *
 * What was spent is kept per account with the sync cursors, under
 * "write-points": a JSON array of [minute, points] pairs (minute: the unix
 * time its minute starts), as far back as the longest window. It is
 * written in the transaction that marks a reply sent. Writes made
 * elsewhere (in the Bluesky app) are not seen here; a refusal for them
 * still goes through the sync engine's backoff.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "fd-channel.h"
#include "fd-json.h"
#include "fd-outbox-private.h"
#include "fd-sql.h"
#include "fd-store-private.h"

#define LEDGER_KEY "write-points"

typedef struct {
  gint64 minute;
  gint64 points;
} Spent;

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* The longest window of @channel's budgets; 0 when it has none. */
static guint
longest_window (const char *channel)
{
  const FdChannelInfo *info = fd_channel_lookup (channel);
  guint longest = 0;

  for (guint i = 0; info != NULL && i < G_N_ELEMENTS (info->write_budgets); i++)
    if (info->write_budgets[i].points > 0)
      longest = MAX (longest, info->write_budgets[i].seconds);

  return longest;
}

/* (element-type Spent), oldest first. */
static GArray *
load_spent (FdOutbox  *self,
            gint64     account_id,
            GError   **error)
{
  FdStore *store = fd_outbox_get_store (self);
  g_autoptr(GArray) spent = g_array_new (FALSE, FALSE, sizeof (Spent));
  g_autoptr(JsonNode) root = NULL;
  sqlite3_stmt *stmt;
  JsonArray *array;
  int rc;

  if (!(stmt = _fd_store_prepare (store, "SELECT value FROM sync_cursors WHERE account_id = ? AND key = '"
                                         LEDGER_KEY "'", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, account_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    root = fd_json_parse ((const char *) sqlite3_column_text (stmt, 0), -1, FD_JSON_MAX_SIZE, NULL);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _fd_store_set_error (fd_store_get_db (store), rc, error);
      return NULL;
    }

  /* Damaged: counted as nothing spent, as for a new account. */
  array = root != NULL && JSON_NODE_HOLDS_ARRAY (root) ? json_node_get_array (root) : NULL;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      JsonArray *pair = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
      Spent item;

      if (pair == NULL || json_array_get_length (pair) != 2 ||
          json_node_get_value_type (json_array_get_element (pair, 0)) != G_TYPE_INT64 ||
          json_node_get_value_type (json_array_get_element (pair, 1)) != G_TYPE_INT64)
        continue;
      item.minute = json_array_get_int_element (pair, 0);
      item.points = json_array_get_int_element (pair, 1);
      if (item.points > 0)
        g_array_append_val (spent, item);
    }

  return g_steal_pointer (&spent);
}

gboolean
_fd_outbox_budget_check (FdOutbox    *self,
                         FdProvider  *provider,
                         gint64       account_id,
                         guint        cost,
                         gint64      *until,
                         guint       *window,
                         GError     **error)
{
  FdAccount *account = fd_provider_get_account (provider);
  const FdChannelInfo *info = fd_channel_lookup (fd_account_get_channel (account));
  g_autoptr(GArray) spent = NULL;
  gint64 now = now_seconds ();

  *until = 0;
  *window = 0;
  if (info == NULL || cost == 0)
    return TRUE;
  if (!(spent = load_spent (self, account_id, error)))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (info->write_budgets); i++)
    {
      const FdChannelWriteBudget *budget = &info->write_budgets[i];
      gint64 limit;
      gint64 used = 0;

      if (budget->points == 0)
        continue;
      limit = budget->setting != NULL ? fd_account_get_setting_int (account, budget->setting, budget->points)
                                      : budget->points;
      /* A budget smaller than one write still lets one through a window. */
      limit = MAX (limit, (gint64) cost);

      /* A minute counts while any second of it is in the window. */
      for (guint j = 0; j < spent->len; j++)
        if (g_array_index (spent, Spent, j).minute + 60 > now - budget->seconds)
          used += g_array_index (spent, Spent, j).points;
      if (used + cost <= limit)
        continue;

      /* The first time the oldest minutes have left the window enough. */
      for (guint j = 0; j < spent->len && used + cost > limit; j++)
        {
          const Spent *item = &g_array_index (spent, Spent, j);

          if (item->minute + 60 <= now - budget->seconds)
            continue;
          used -= item->points;
          if (item->minute + 60 + budget->seconds > *until)
            {
              *until = item->minute + 60 + budget->seconds;
              *window = budget->seconds;
            }
        }
    }

  return TRUE;
}

gboolean
_fd_outbox_budget_spend (FdOutbox    *self,
                         const char  *channel,
                         gint64       account_id,
                         guint        cost,
                         GError     **error)
{
  FdStore *store = fd_outbox_get_store (self);
  g_autoptr(GArray) spent = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *value = NULL;
  gint64 now = now_seconds ();
  gint64 minute = now - now % 60;
  guint keep = longest_window (channel);
  gboolean added = FALSE;
  sqlite3_stmt *stmt;

  if (cost == 0 || keep == 0)
    return TRUE;
  if (!(spent = load_spent (self, account_id, error)))
    return FALSE;

  builder = json_builder_new ();
  json_builder_begin_array (builder);
  for (guint i = 0; i < spent->len; i++)
    {
      Spent *item = &g_array_index (spent, Spent, i);

      if (item->minute + 60 <= now - keep)
        continue;
      if (item->minute == minute)
        {
          item->points += cost;
          added = TRUE;
        }
      json_builder_begin_array (builder);
      json_builder_add_int_value (builder, item->minute);
      json_builder_add_int_value (builder, item->points);
      json_builder_end_array (builder);
    }
  if (!added)
    {
      json_builder_begin_array (builder);
      json_builder_add_int_value (builder, minute);
      json_builder_add_int_value (builder, cost);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);
  root = json_builder_get_root (builder);
  value = json_to_string (root, FALSE);

  if (!(stmt = _fd_store_prepare (store,
                                  "INSERT INTO sync_cursors (account_id, key, value, updated_at)"
                                  " VALUES (?1, '" LEDGER_KEY "', ?2, ?3)"
                                  " ON CONFLICT (account_id, key) DO UPDATE SET value = excluded.value,"
                                  " updated_at = excluded.updated_at", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, account_id);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, now);

  return _fd_sql_step (store, stmt, error);
}

char *
_fd_outbox_budget_describe (const char *channel,
                            guint       window,
                            gint64      until)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (until);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *time = NULL;
  const char *name = fd_channel_display_name (channel);

  if (g_date_time_get_day_of_year (when) == g_date_time_get_day_of_year (now) &&
      g_date_time_get_year (when) == g_date_time_get_year (now))
    /* Translators: the time a held reply goes out today; see g_date_time_format() */
    time = g_date_time_format (when, C_("write budget", "%H:%M"));
  else
    /* Translators: the day and time a held reply goes out; see g_date_time_format() */
    time = g_date_time_format (when, C_("write budget", "%a %H:%M"));

  if (window < 24 * 60 * 60)
    /* Translators: the first %s is a channel (Bluesky), the second a time such as 14:05 */
    return g_strdup_printf (_("Waits for %s’s hourly limit on posts; goes out at %s."), name, time);
  /* Translators: the first %s is a channel (Bluesky), the second a time such as Tue 14:05 */
  return g_strdup_printf (_("Waits for %s’s daily limit on posts; goes out at %s."), name, time);
}
