/* fd-report-output.c: a report as JSON and as CSV, and read back from
 * either (what "Export CSV" writes can be checked against what the CLI
 * prints).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fd-reports-private.h"

static const char * const weekdays[7] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_stats (JsonBuilder         *builder,
           const FdReportStats *stats)
{
  json_builder_begin_object (builder);
  add_int (builder, "received", stats->received);
  add_int (builder, "conversations", stats->conversations);
  add_int (builder, "answered", stats->answered);
  add_int (builder, "waiting", stats->waiting);
  add_int (builder, "marked_answered", stats->marked_answered);
  json_builder_set_member_name (builder, "first_response");
  json_builder_begin_object (builder);
  add_int (builder, "count", stats->fr_count);
  json_builder_set_member_name (builder, "median_seconds");
  if (stats->fr_count > 0)
    json_builder_add_int_value (builder, stats->fr_median);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "p90_seconds");
  if (stats->fr_count > 0)
    json_builder_add_int_value (builder, stats->fr_p90);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "within_target");
  if (stats->fr_count > 0)
    json_builder_add_double_value (builder, stats->fr_within);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

JsonNode *
fd_report_to_json (const FdReport *report)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (report != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "from");
  json_builder_add_string_value (builder, report->from);
  json_builder_set_member_name (builder, "to");
  json_builder_add_string_value (builder, report->to);
  json_builder_set_member_name (builder, "timezone");
  json_builder_add_string_value (builder, report->timezone);
  add_int (builder, "target_seconds", report->target_seconds);

  json_builder_set_member_name (builder, "total");
  add_stats (builder, &report->total);

  json_builder_set_member_name (builder, "channels");
  json_builder_begin_object (builder);
  for (guint i = 0; i < report->channels->len; i++)
    {
      const FdReportChannel *channel = g_ptr_array_index (report->channels, i);

      json_builder_set_member_name (builder, channel->channel);
      add_stats (builder, &channel->stats);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "arrivals_by_weekday_hour");
  json_builder_begin_array (builder);
  for (guint d = 0; d < 7; d++)
    {
      json_builder_begin_array (builder);
      for (guint h = 0; h < 24; h++)
        json_builder_add_int_value (builder, report->arrivals[d][h]);
      json_builder_end_array (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "languages");
  json_builder_begin_object (builder);
  for (guint i = 0; i < report->languages->len; i++)
    {
      const FdReportCount *count = g_ptr_array_index (report->languages, i);

      add_int (builder, count->name, count->count);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "topics");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->topics->len; i++)
    {
      const FdReportTopic *topic = g_ptr_array_index (report->topics, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, topic->title);
      add_int (builder, "customers", topic->customers);
      add_int (builder, "messages", topic->messages);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "repeaters");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->repeaters->len; i++)
    {
      const FdReportRepeater *repeater = g_ptr_array_index (report->repeaters, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "customer");
      json_builder_add_string_value (builder, repeater->customer);
      add_int (builder, "copies", repeater->copies);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "days");
  json_builder_begin_array (builder);
  for (guint i = 0; i < report->days->len; i++)
    {
      const FdReportDay *day = g_ptr_array_index (report->days, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "date");
      json_builder_add_string_value (builder, day->date);
      add_int (builder, "received", day->received);
      add_int (builder, "answered", day->answered);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* Reading back. */

static gboolean
invalid (GError     **error,
         const char  *what)
{
  g_set_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID,
               /* Translators: %s names the part of the report that is wrong */
               _("This is not a Frontdesk report: %s is missing or wrong. Export the report again."),
               what);
  return FALSE;
}

static gboolean
get_uint (JsonObject  *object,
          const char  *name,
          guint       *out)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) < 0 || json_node_get_int (node) > G_MAXUINT)
    return FALSE;
  *out = (guint) json_node_get_int (node);
  return TRUE;
}

static gboolean
read_stats (JsonNode      *node,
            FdReportStats *stats)
{
  JsonObject *object, *fr;
  JsonNode *median, *p90, *within;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  object = json_node_get_object (node);
  if (!get_uint (object, "received", &stats->received) ||
      !get_uint (object, "conversations", &stats->conversations) ||
      !get_uint (object, "answered", &stats->answered) ||
      !get_uint (object, "waiting", &stats->waiting) ||
      !get_uint (object, "marked_answered", &stats->marked_answered) ||
      !json_object_has_member (object, "first_response") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "first_response")))
    return FALSE;

  fr = json_object_get_object_member (object, "first_response");
  if (!get_uint (fr, "count", &stats->fr_count))
    return FALSE;
  median = json_object_get_member (fr, "median_seconds");
  p90 = json_object_get_member (fr, "p90_seconds");
  within = json_object_get_member (fr, "within_target");
  if (median == NULL || p90 == NULL || within == NULL)
    return FALSE;
  if (stats->fr_count == 0)
    {
      stats->fr_median = stats->fr_p90 = -1;
      stats->fr_within = -1;
      return JSON_NODE_HOLDS_NULL (median) && JSON_NODE_HOLDS_NULL (p90) && JSON_NODE_HOLDS_NULL (within);
    }
  if (json_node_get_value_type (median) != G_TYPE_INT64 || json_node_get_value_type (p90) != G_TYPE_INT64 ||
      !JSON_NODE_HOLDS_VALUE (within))
    return FALSE;
  stats->fr_median = json_node_get_int (median);
  stats->fr_p90 = json_node_get_int (p90);
  stats->fr_within = json_node_get_double (within);

  return TRUE;
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && json_node_get_value_type (node) == G_TYPE_STRING ? json_node_get_string (node) : NULL;
}

FdReport *
fd_report_new_from_json (JsonNode  *node,
                         GError   **error)
{
  g_autoptr(FdReport) report = _fd_report_new ();
  JsonObject *root, *channels, *languages;
  JsonArray *arrivals, *topics, *repeaters, *days;
  g_autoptr(GList) members = NULL;
  JsonNode *target;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return invalid (error, "the report object"), NULL;
  root = json_node_get_object (node);

  if (!get_string (root, "from") || !get_string (root, "to") || !get_string (root, "timezone"))
    return invalid (error, "“from”, “to” or “timezone”"), NULL;
  report->from = g_strdup (get_string (root, "from"));
  report->to = g_strdup (get_string (root, "to"));
  report->timezone = g_strdup (get_string (root, "timezone"));
  target = json_object_get_member (root, "target_seconds");
  if (target == NULL || json_node_get_value_type (target) != G_TYPE_INT64)
    return invalid (error, "“target_seconds”"), NULL;
  report->target_seconds = json_node_get_int (target);

  if (!read_stats (json_object_get_member (root, "total"), &report->total))
    return invalid (error, "“total”"), NULL;

  if (!json_object_has_member (root, "channels") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "channels")))
    return invalid (error, "“channels”"), NULL;
  channels = json_object_get_object_member (root, "channels");
  members = json_object_get_members (channels);
  for (GList *l = members; l != NULL; l = l->next)
    {
      FdReportChannel *channel = g_new0 (FdReportChannel, 1);

      channel->channel = g_strdup (l->data);
      g_ptr_array_add (report->channels, channel);
      if (!read_stats (json_object_get_member (channels, l->data), &channel->stats))
        return invalid (error, "“channels”"), NULL;
    }

  if (!json_object_has_member (root, "arrivals_by_weekday_hour") ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, "arrivals_by_weekday_hour")) ||
      json_array_get_length ((arrivals = json_object_get_array_member (root, "arrivals_by_weekday_hour"))) != 7)
    return invalid (error, "“arrivals_by_weekday_hour”"), NULL;
  for (guint d = 0; d < 7; d++)
    {
      JsonNode *row = json_array_get_element (arrivals, d);

      if (!JSON_NODE_HOLDS_ARRAY (row) || json_array_get_length (json_node_get_array (row)) != 24)
        return invalid (error, "“arrivals_by_weekday_hour”"), NULL;
      for (guint h = 0; h < 24; h++)
        report->arrivals[d][h] = (guint) json_array_get_int_element (json_node_get_array (row), h);
    }

  if (!json_object_has_member (root, "languages") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (root, "languages")))
    return invalid (error, "“languages”"), NULL;
  languages = json_object_get_object_member (root, "languages");
  g_clear_pointer (&members, g_list_free);
  members = json_object_get_members (languages);
  for (GList *l = members; l != NULL; l = l->next)
    {
      FdReportCount *count = g_new0 (FdReportCount, 1);

      count->name = g_strdup (l->data);
      g_ptr_array_add (report->languages, count);
      if (!get_uint (languages, l->data, &count->count))
        return invalid (error, "“languages”"), NULL;
    }

#define GET_ARRAY(var, name) \
  if (!json_object_has_member (root, name) || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (root, name))) \
    return invalid (error, "“" name "”"), NULL; \
  var = json_object_get_array_member (root, name);

  GET_ARRAY (topics, "topics");
  for (guint i = 0; i < json_array_get_length (topics); i++)
    {
      JsonNode *element = json_array_get_element (topics, i);
      FdReportTopic *topic = g_new0 (FdReportTopic, 1);
      JsonObject *object;

      g_ptr_array_add (report->topics, topic);
      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          !get_string ((object = json_node_get_object (element)), "title") ||
          !get_uint (object, "customers", &topic->customers) ||
          !get_uint (object, "messages", &topic->messages))
        return invalid (error, "“topics”"), NULL;
      topic->title = g_strdup (get_string (object, "title"));
    }

  GET_ARRAY (repeaters, "repeaters");
  for (guint i = 0; i < json_array_get_length (repeaters); i++)
    {
      JsonNode *element = json_array_get_element (repeaters, i);
      FdReportRepeater *repeater = g_new0 (FdReportRepeater, 1);
      JsonObject *object;

      g_ptr_array_add (report->repeaters, repeater);
      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          !get_string ((object = json_node_get_object (element)), "customer") ||
          !get_uint (object, "copies", &repeater->copies))
        return invalid (error, "“repeaters”"), NULL;
      repeater->customer = g_strdup (get_string (object, "customer"));
    }

  GET_ARRAY (days, "days");
  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      JsonNode *element = json_array_get_element (days, i);
      FdReportDay *day = g_new0 (FdReportDay, 1);
      JsonObject *object;

      g_ptr_array_add (report->days, day);
      if (!JSON_NODE_HOLDS_OBJECT (element) ||
          !get_string ((object = json_node_get_object (element)), "date") ||
          !get_uint (object, "received", &day->received) ||
          !get_uint (object, "answered", &day->answered))
        return invalid (error, "“days”"), NULL;
      day->date = g_strdup (get_string (object, "date"));
    }
#undef GET_ARRAY

  return g_steal_pointer (&report);
}

/* CSV: section,item,key,value. RFC 4180 quoting; a text that a
 * spreadsheet would run as a formula (= + - @ first) gets a ' before it,
 * and a text starting with ' another one, so reading strips exactly one. */

static void
csv_field (GString    *out,
           const char *value,
           gboolean    text)
{
  g_autofree char *guarded = NULL;

  if (value == NULL)
    value = "";
  if (text && (strchr ("=+-@'\t\r", value[0]) != NULL && value[0] != '\0'))
    value = guarded = g_strconcat ("'", value, NULL);

  if (strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, value);
}

static void
csv_row (GString    *out,
         const char *section,
         const char *item,
         const char *key,
         const char *value,
         gboolean    text)
{
  csv_field (out, section, FALSE);
  g_string_append_c (out, ',');
  csv_field (out, item, TRUE);
  g_string_append_c (out, ',');
  csv_field (out, key, FALSE);
  g_string_append_c (out, ',');
  csv_field (out, value, text);
  g_string_append (out, "\r\n");
}

static void
csv_uint (GString    *out,
          const char *section,
          const char *item,
          const char *key,
          gint64      value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, value);
  csv_row (out, section, item, key, buf, FALSE);
}

static void
csv_stats (GString             *out,
           const char          *channel,
           const FdReportStats *stats)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  csv_uint (out, "stats", channel, "received", stats->received);
  csv_uint (out, "stats", channel, "conversations", stats->conversations);
  csv_uint (out, "stats", channel, "answered", stats->answered);
  csv_uint (out, "stats", channel, "waiting", stats->waiting);
  csv_uint (out, "stats", channel, "marked_answered", stats->marked_answered);
  csv_uint (out, "stats", channel, "first_response_count", stats->fr_count);
  if (stats->fr_count > 0)
    {
      csv_uint (out, "stats", channel, "first_response_median_seconds", stats->fr_median);
      csv_uint (out, "stats", channel, "first_response_p90_seconds", stats->fr_p90);
      csv_row (out, "stats", channel, "first_response_within_target",
               g_ascii_dtostr (buf, sizeof buf, stats->fr_within), FALSE);
    }
  else
    {
      csv_row (out, "stats", channel, "first_response_median_seconds", "", FALSE);
      csv_row (out, "stats", channel, "first_response_p90_seconds", "", FALSE);
      csv_row (out, "stats", channel, "first_response_within_target", "", FALSE);
    }
}

char *
fd_report_to_csv (const FdReport *report)
{
  GString *out = g_string_new ("section,item,key,value\r\n");

  g_return_val_if_fail (report != NULL, NULL);

  csv_row (out, "period", "", "from", report->from, FALSE);
  csv_row (out, "period", "", "to", report->to, FALSE);
  csv_row (out, "period", "", "timezone", report->timezone, FALSE);
  csv_uint (out, "period", "", "target_seconds", report->target_seconds);
  csv_stats (out, "", &report->total);
  for (guint i = 0; i < report->channels->len; i++)
    {
      const FdReportChannel *channel = g_ptr_array_index (report->channels, i);

      csv_stats (out, channel->channel, &channel->stats);
    }
  for (guint d = 0; d < 7; d++)
    for (guint h = 0; h < 24; h++)
      {
        char hour[8];

        g_snprintf (hour, sizeof hour, "%u", h);
        csv_uint (out, "arrivals", weekdays[d], hour, report->arrivals[d][h]);
      }
  for (guint i = 0; i < report->languages->len; i++)
    {
      const FdReportCount *count = g_ptr_array_index (report->languages, i);

      csv_uint (out, "language", count->name, "messages", count->count);
    }
  for (guint i = 0; i < report->days->len; i++)
    {
      const FdReportDay *day = g_ptr_array_index (report->days, i);

      csv_uint (out, "day", day->date, "received", day->received);
      csv_uint (out, "day", day->date, "answered", day->answered);
    }
  for (guint i = 0; i < report->topics->len; i++)
    {
      const FdReportTopic *topic = g_ptr_array_index (report->topics, i);
      char rank[16];

      g_snprintf (rank, sizeof rank, "%u", i + 1);
      csv_row (out, "topic", rank, "title", topic->title, TRUE);
      csv_uint (out, "topic", rank, "customers", topic->customers);
      csv_uint (out, "topic", rank, "messages", topic->messages);
    }
  for (guint i = 0; i < report->repeaters->len; i++)
    {
      const FdReportRepeater *repeater = g_ptr_array_index (report->repeaters, i);
      char rank[16];

      g_snprintf (rank, sizeof rank, "%u", i + 1);
      csv_row (out, "repeater", rank, "customer", repeater->customer, TRUE);
      csv_uint (out, "repeater", rank, "copies", repeater->copies);
    }

  return g_string_free (out, FALSE);
}

/* The fields of one record from *@p, which moves past it; NULL at the end. */
static GPtrArray *
csv_next_record (const char **p,
                 gboolean    *bad)
{
  GPtrArray *fields;
  GString *field;

  if (**p == '\0')
    return NULL;

  fields = g_ptr_array_new_with_free_func (g_free);
  field = g_string_new (NULL);
  for (;;)
    {
      if (**p == '"')
        {
          (*p)++;
          for (;;)
            {
              if (**p == '\0')
                {
                  *bad = TRUE;
                  break;
                }
              if (**p == '"' && (*p)[1] == '"')
                {
                  g_string_append_c (field, '"');
                  *p += 2;
                }
              else if (**p == '"')
                {
                  (*p)++;
                  break;
                }
              else
                g_string_append_c (field, *(*p)++);
            }
        }
      while (**p != '\0' && **p != ',' && **p != '\r' && **p != '\n')
        g_string_append_c (field, *(*p)++);

      g_ptr_array_add (fields, g_string_free (field, FALSE));
      if (**p == ',')
        {
          (*p)++;
          field = g_string_new (NULL);
          continue;
        }
      if (**p == '\r')
        (*p)++;
      if (**p == '\n')
        (*p)++;
      return fields;
    }
}

static const char *
unguard (const char *value)
{
  return value[0] == '\'' ? value + 1 : value;
}

static FdReportStats *
csv_stats_for (FdReport   *report,
               const char *channel)
{
  FdReportChannel *entry;

  if (*channel == '\0')
    return &report->total;
  for (guint i = 0; i < report->channels->len; i++)
    {
      entry = g_ptr_array_index (report->channels, i);
      if (g_str_equal (entry->channel, channel))
        return &entry->stats;
    }
  entry = g_new0 (FdReportChannel, 1);
  entry->channel = g_strdup (channel);
  entry->stats.fr_median = entry->stats.fr_p90 = -1;
  entry->stats.fr_within = -1;
  g_ptr_array_add (report->channels, entry);

  return &entry->stats;
}

static gboolean
parse_int (const char *value,
           gint64     *out)
{
  return g_ascii_string_to_signed (value, 10, -1, G_MAXINT64, out, NULL);
}

static gboolean
csv_set_stat (FdReportStats *stats,
              const char    *key,
              const char    *value)
{
  gint64 n = 0;

  if (g_str_equal (key, "first_response_within_target"))
    {
      char *end = NULL;

      if (*value == '\0')
        {
          stats->fr_within = -1;
          return TRUE;
        }
      stats->fr_within = g_ascii_strtod (value, &end);
      return end != NULL && *end == '\0';
    }
  if (g_str_has_prefix (key, "first_response_") && !g_str_equal (key, "first_response_count") && *value == '\0')
    n = -1;
  else if (!parse_int (value, &n))
    return FALSE;

  if (g_str_equal (key, "received")) stats->received = (guint) n;
  else if (g_str_equal (key, "conversations")) stats->conversations = (guint) n;
  else if (g_str_equal (key, "answered")) stats->answered = (guint) n;
  else if (g_str_equal (key, "waiting")) stats->waiting = (guint) n;
  else if (g_str_equal (key, "marked_answered")) stats->marked_answered = (guint) n;
  else if (g_str_equal (key, "first_response_count")) stats->fr_count = (guint) n;
  else if (g_str_equal (key, "first_response_median_seconds")) stats->fr_median = n;
  else if (g_str_equal (key, "first_response_p90_seconds")) stats->fr_p90 = n;
  else
    return FALSE;

  return TRUE;
}

static gboolean
csv_apply (FdReport   *report,
           GPtrArray  *record)
{
  const char *section, *item, *key, *value;
  gint64 n = 0;

  if (record->len != 4)
    return FALSE;
  section = g_ptr_array_index (record, 0);
  item = unguard (g_ptr_array_index (record, 1));
  key = g_ptr_array_index (record, 2);
  value = g_ptr_array_index (record, 3);

  if (g_str_equal (section, "period"))
    {
      if (g_str_equal (key, "from")) g_free (report->from), report->from = g_strdup (value);
      else if (g_str_equal (key, "to")) g_free (report->to), report->to = g_strdup (value);
      else if (g_str_equal (key, "timezone")) g_free (report->timezone), report->timezone = g_strdup (value);
      else if (g_str_equal (key, "target_seconds")) return parse_int (value, &report->target_seconds);
      else return FALSE;
      return TRUE;
    }
  if (g_str_equal (section, "stats"))
    return csv_set_stat (csv_stats_for (report, item), key, value);
  if (g_str_equal (section, "arrivals"))
    {
      gint64 hour;

      for (guint d = 0; d < 7; d++)
        if (g_str_equal (item, weekdays[d]))
          return parse_int (key, &hour) && hour >= 0 && hour < 24 && parse_int (value, &n) &&
                 (report->arrivals[d][hour] = (guint) n, TRUE);
      return FALSE;
    }
  if (g_str_equal (section, "language"))
    {
      FdReportCount *count;

      if (!parse_int (value, &n))
        return FALSE;
      count = g_new0 (FdReportCount, 1);
      count->name = g_strdup (item);
      count->count = (guint) n;
      g_ptr_array_add (report->languages, count);
      return TRUE;
    }
  if (g_str_equal (section, "day"))
    {
      FdReportDay *day = report->days->len > 0 ? g_ptr_array_index (report->days, report->days->len - 1) : NULL;

      if (!parse_int (value, &n))
        return FALSE;
      if (day == NULL || !g_str_equal (day->date, item))
        {
          day = g_new0 (FdReportDay, 1);
          day->date = g_strdup (item);
          g_ptr_array_add (report->days, day);
        }
      if (g_str_equal (key, "received")) day->received = (guint) n;
      else if (g_str_equal (key, "answered")) day->answered = (guint) n;
      else return FALSE;
      return TRUE;
    }
  if (g_str_equal (section, "topic"))
    {
      FdReportTopic *topic;

      if (g_str_equal (key, "title"))
        {
          topic = g_new0 (FdReportTopic, 1);
          topic->title = g_strdup (unguard (value));
          g_ptr_array_add (report->topics, topic);
          return TRUE;
        }
      if (report->topics->len == 0 || !parse_int (value, &n))
        return FALSE;
      topic = g_ptr_array_index (report->topics, report->topics->len - 1);
      if (g_str_equal (key, "customers")) topic->customers = (guint) n;
      else if (g_str_equal (key, "messages")) topic->messages = (guint) n;
      else return FALSE;
      return TRUE;
    }
  if (g_str_equal (section, "repeater"))
    {
      FdReportRepeater *repeater;

      if (g_str_equal (key, "customer"))
        {
          repeater = g_new0 (FdReportRepeater, 1);
          repeater->customer = g_strdup (unguard (value));
          g_ptr_array_add (report->repeaters, repeater);
          return TRUE;
        }
      if (report->repeaters->len == 0 || !g_str_equal (key, "copies") || !parse_int (value, &n))
        return FALSE;
      repeater = g_ptr_array_index (report->repeaters, report->repeaters->len - 1);
      repeater->copies = (guint) n;
      return TRUE;
    }

  return FALSE;
}

FdReport *
fd_report_new_from_csv (const char  *csv,
                        GError     **error)
{
  g_autoptr(FdReport) report = _fd_report_new ();
  const char *p = csv;
  gboolean bad = FALSE;
  guint line = 0;

  g_return_val_if_fail (csv != NULL, NULL);

  for (;;)
    {
      g_autoptr(GPtrArray) record = csv_next_record (&p, &bad);

      if (record == NULL)
        break;
      line++;
      if (line == 1)
        {
          if (record->len != 4 || !g_str_equal (g_ptr_array_index (record, 0), "section"))
            bad = TRUE;
        }
      else if (!csv_apply (report, record))
        bad = TRUE;

      if (bad)
        {
          g_set_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID,
                       _("This is not a Frontdesk report: line %u of the CSV cannot be read. Export the report again."),
                       line);
          return NULL;
        }
    }

  if (report->from == NULL || report->to == NULL || report->timezone == NULL)
    {
      g_set_error (error, FD_REPORTS_ERROR, FD_REPORTS_ERROR_INVALID,
                   _("This is not a Frontdesk report: the period is missing. Export the report again."));
      return NULL;
    }

  return g_steal_pointer (&report);
}
