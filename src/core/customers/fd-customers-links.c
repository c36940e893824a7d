/* fd-customers-links.c: suggestions to link customers who may be one
 * person, from what the repeat detector found, and the possible repeats
 * they stand for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fd-customers-private.h"
#include "fd-repeats-private.h"

/* Whether @post and @entry name the same number, named as a number by
 * one of them at least. */
static gboolean
same_number (const FdRepeatsIndexEntry *post,
             const FdRepeatsIndexEntry *entry)
{
  for (guint a = 0; a < post->facts.n_refs; a++)
    for (guint b = 0; b < entry->facts.n_refs; b++)
      if (post->facts.refs[a] == entry->facts.refs[b] &&
          ((post->facts.ref_info[a] | entry->facts.ref_info[b]) & FD_REPEATS_REF_STRONG))
        return TRUE;

  return FALSE;
}

/* Whether @later says it told us before ("as I said on Mastodon") what
 * @earlier, in the window before it, complains of: the same complaint or
 * one akin to it, or none of its own; or, when the earlier one names no
 * complaint the lexicon knows, the same thing ("the KMC chain"). Not
 * when the two name different orders. */
static gboolean
refers_back (const FdRepeatsIndexEntry *earlier,
             const FdRepeatsIndexEntry *later)
{
  if ((later->facts.flags & FD_REPEATS_MEANING_SAID_BEFORE) == 0 ||
      earlier->created_at >= later->created_at ||
      later->created_at - earlier->created_at > FD_REPEATS_WINDOW ||
      (earlier->facts.kinds == 0 && !_fd_repeats_facts_share_word (&earlier->facts, &later->facts)))
    return FALSE;

  /* Another complaint, unless both name the same thing ("PRIMAVERA15
   * was not applied", then "PRIMAVERA15 still does not work"). */
  if (later->facts.kinds != 0 && earlier->facts.kinds != 0 &&
      (_fd_repeats_complaint_kin (later->facts.kinds) & earlier->facts.kinds) == 0 &&
      !_fd_repeats_facts_share_word (&earlier->facts, &later->facts))
    return FALSE;

  return !_fd_repeats_facts_other_orders (&earlier->facts, &later->facts);
}

/* Whether two posts under one full name, days apart at most, make the
 * same complaint about the same thing ("tubeless tyres stuck in Bologna",
 * then "still no tyres, parcel stuck in Bologna"), naming no different
 * orders: it takes two things they both name, not only the kind, or one
 * when the later post opens by asking again ("Still no tyres!"). */
static gboolean
same_complaint_and_thing (const FdRepeatsIndexEntry *a,
                          const FdRepeatsIndexEntry *b)
{
  const FdRepeatsIndexEntry *later = a->created_at > b->created_at ? a : b;

  if (ABS (a->created_at - b->created_at) > FD_REPEATS_WINDOW ||
      (a->facts.kinds & b->facts.kinds) == 0 ||
      _fd_repeats_facts_shared_words (&a->facts, &b->facts) <
      ((later->facts.flags & FD_REPEATS_MEANING_OPENS_AGAIN) ? 1u : 2u))
    return FALSE;

  for (guint i = 0; i < a->facts.n_refs; i++)
    for (guint j = 0; j < b->facts.n_refs; j++)
      if ((a->facts.ref_info[i] & b->facts.ref_info[j] & FD_REPEATS_REF_STRONG) &&
          a->facts.refs[i] != b->facts.refs[j])
        return FALSE;

  return TRUE;
}

/* What a post found among the posts of another customer of the same
 * name on another channel, within the window. */
typedef struct {
  gint64      same_number;   /* a post that names the same number */
  gint64      said_so;       /* one it refers back to ("as I said on
                                Mastodon"), that refers back to it, or
                                that makes the same complaint about the
                                same things (full names only) */
  const char *said_reason;
} Other;

static gboolean
look_at_other (FdStore               *store,
               const FdRepeatsFound  *found,
               gint64                 customer_id,
               gboolean               full_name,
               Other                 *other,
               GError               **error)
{
  const FdRepeatsIndexEntry *post = &found->post;
  g_autoptr(GArray) stored = NULL;

  stored = _fd_repeats_read_stored (store, customer_id, post->created_at - FD_REPEATS_WINDOW,
                                    post->created_at + FD_REPEATS_WINDOW, error);
  if (stored == NULL)
    return FALSE;

  for (guint j = 0; j < stored->len; j++)
    {
      const FdRepeatsIndexEntry *entry = &g_array_index (stored, FdRepeatsIndexEntry, j);

      if (found->numbers && other->same_number == 0 && same_number (post, entry))
        other->same_number = entry->message_id;
      if (!found->complaint || !full_name || other->said_so != 0)
        continue;
      if (refers_back (entry, post) || refers_back (post, entry))
        {
          other->said_so = entry->message_id;
          other->said_reason = "same-name-said-before";
        }
      else if (same_complaint_and_thing (entry, post))
        {
          other->said_so = entry->message_id;
          other->said_reason = "same-name-same-complaint";
        }
    }

  return TRUE;
}

gboolean
_fd_customers_suggest_links (FdStore               *store,
                             gint64                 message_id,
                             const FdRepeatsFound  *found,
                             GError               **error)
{
  g_autoptr(GArray) customers = NULL;
  g_autofree Other *others = NULL;
  gboolean full_name = FALSE;

  /* Another customer of the same name on another channel, whose posts
   * are read from the store whatever order the two arrived in. */
  if (found->numbers || found->complaint)
    {
      if (!(customers = _fd_customers_same_name_elsewhere (store, found->post.message_id, &full_name, error)))
        return FALSE;
      others = g_new0 (Other, customers->len);
      for (guint i = 0; i < customers->len; i++)
        if (!look_at_other (store, found, g_array_index (customers, gint64, i), full_name, &others[i], error))
          return FALSE;
    }

  /* Each a suggestion to link them, and a possible repeat until it is
   * answered; a pair suggested for a better reason first keeps it: the
   * same number, the same text, then saying so. */
  for (guint i = 0; customers != NULL && i < customers->len; i++)
    if (others[i].same_number != 0 &&
        !_fd_customers_suggest_link (store, others[i].same_number, message_id, "same-name-same-number", error))
      return FALSE;

  for (guint i = 0; found->same_text != NULL && i < found->same_text->len; i++)
    {
      if (!_fd_customers_suggest_link (store, g_array_index (found->same_text, gint64, i),
                                       message_id, "same-name-same-text", error))
        return FALSE;
    }

  for (guint i = 0; customers != NULL && i < customers->len; i++)
    if (others[i].said_so != 0 &&
        !_fd_customers_suggest_link (store, others[i].said_so, message_id, others[i].said_reason, error))
      return FALSE;

  return TRUE;
}

static gboolean
suggest_links_cb (FdStore               *store,
                  gint64                 message_id,
                  const FdRepeatsFound  *found,
                  gpointer               user_data,
                  GError               **error)
{
  return _fd_customers_suggest_links (store, message_id, found, error);
}

gboolean
fd_customers_rebuild_repeats (FdStore  *store,
                              GError  **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  return _fd_repeats_rebuild (store, suggest_links_cb, NULL, error);
}

gboolean
fd_customers_update_repeat_rules (FdStore   *store,
                                  guint      max_customers,
                                  gboolean  *out_done,
                                  guint     *out_n_customers,
                                  GError   **error)
{
  g_return_val_if_fail (FD_IS_STORE (store), FALSE);

  return _fd_repeats_update_rules (store, max_customers, suggest_links_cb, NULL, out_done, out_n_customers, error);
}

GPtrArray *
fd_customers_list_possible_repeats (FdStore  *store,
                                    GError  **error)
{
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(GPtrArray) possible = g_ptr_array_new_with_free_func ((GDestroyNotify) fd_repeat_group_free);

  g_return_val_if_fail (FD_IS_STORE (store), NULL);

  if (!(suggestions = fd_customers_list_suggestions (store, error)))
    return NULL;

  for (guint i = 0; i < suggestions->len; i++)
    {
      FdLinkSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      g_autoptr(FdRepeatGroup) group = NULL;
      g_autoptr(FdCustomer) customer = NULL;
      FdRepeatReason reason;

      /* A post of the pair was erased: nothing left to show as copies. */
      if (suggestion->message_a == 0 || suggestion->message_b == 0)
        continue;

      if (g_strcmp0 (suggestion->reason, "same-name-same-number") == 0)
        reason = FD_REPEAT_REASON_SAME_REFERENCE;
      else if (g_strcmp0 (suggestion->reason, "same-name-said-before") == 0 ||
               g_strcmp0 (suggestion->reason, "same-name-same-complaint") == 0)
        reason = FD_REPEAT_REASON_SAME_COMPLAINT;
      else
        reason = FD_REPEAT_REASON_NEAR_COPY;
      group = _fd_repeats_pair_group (store, suggestion->message_a, suggestion->message_b, reason, error);
      if (group == NULL)
        return NULL;
      group->possible = TRUE;
      group->suggestion_id = suggestion->id;
      group->customer_id = suggestion->customer_a;

      if ((customer = fd_customers_get (store, suggestion->customer_a, NULL)) != NULL)
        group->customer_name = g_strdup (customer->name);

      g_ptr_array_add (possible, g_steal_pointer (&group));
    }

  return g_steal_pointer (&possible);
}
