/* fd-repeats-private.h: the repeat detector's internals, for the store,
 * fd-customers.c and tests.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "fd-store-private.h"
#include "fd-repeats.h"
#include "fd-parsed-message.h"
#include "fd-sql.h"

G_BEGIN_DECLS

/* MinHash: the low byte of each of FD_REPEATS_N_HASHES 32-bit minima of
 * the hashed character shingles (b-bit MinHash: two different minima
 * agree one time in 256, which _fd_repeats_jaccard() takes out; the
 * signature of every incoming post is kept, and 64 bytes of it cost the
 * store a quarter of 256). LSH: FD_REPEATS_N_BANDS bands of
 * FD_REPEATS_N_ROWS rows. */
#define FD_REPEATS_SHINGLE   4
#define FD_REPEATS_N_HASHES  64
#define FD_REPEATS_N_BANDS   16
#define FD_REPEATS_N_ROWS    (FD_REPEATS_N_HASHES / FD_REPEATS_N_BANDS)
/* Topics are indexed on the first 8 bands only. */
#define FD_TOPIC_N_BANDS     8

/* Signatures are grouped by week of created_at: a post is compared with
 * the posts of its own week and of the weeks either side. */
#define FD_REPEATS_EPOCH     FD_REPEATS_WINDOW

typedef struct {
  guint8  h[FD_REPEATS_N_HASHES];
  guint   length;     /* characters of the normalized text */
} FdRepeatsSignature;

/* What a post is about beyond its words (fd-repeats-meaning.c): the
 * order, invoice, tracking or return numbers it names and the kinds of
 * complaint it makes. */
#define FD_REPEATS_MAX_REFS   4
#define FD_REPEATS_REF_CHARS  24

typedef enum {
  FD_REPEATS_REF_NUMBER,      /* a number; no word says of what */
  FD_REPEATS_REF_ORDER,
  FD_REPEATS_REF_INVOICE,
  FD_REPEATS_REF_TRACKING,
  FD_REPEATS_REF_RETURN,
  FD_REPEATS_REF_TICKET,
} FdRepeatsRefType;

typedef enum {
  FD_COMPLAINT_LATE_DELIVERY,
  FD_COMPLAINT_REFUND,
  FD_COMPLAINT_DOUBLE_CHARGE,
  FD_COMPLAINT_WRONG_ITEM,
  FD_COMPLAINT_DAMAGED_ITEM,
  FD_COMPLAINT_MISSING_ITEM,
  FD_COMPLAINT_LOGIN,
  FD_COMPLAINT_INVOICE,
  FD_COMPLAINT_APP_CRASH,
  FD_COMPLAINT_PAYMENT,
  FD_COMPLAINT_CANCELLATION,
  FD_COMPLAINT_DISCOUNT_CODE,
  FD_COMPLAINT_RETURN,
  FD_COMPLAINT_COURIER,
  FD_N_COMPLAINTS
} FdComplaint;

typedef struct {
  guint32 hash;     /* of its digits: "#48213", "order 48213" and "pedido nº 48213" agree */
  guint8  strong;   /* named as a number ("order 48213", "#48213", "INV-2231"), not a bare number */
  guint8  type;     /* FdRepeatsRefType */
  char    text[FD_REPEATS_REF_CHARS];   /* as shown in a reason: "48213", "RMA-7731" */
} FdRepeatsRef;

/* The post opens with "Update:", "PS", "forgot to say"...: it adds to an
 * earlier one. */
#define FD_REPEATS_MEANING_UPDATE (1 << 0)
/* It asks again: "still", "any news?", "no answer", "otra vez"... */
#define FD_REPEATS_MEANING_NUDGE  (1 << 1)
/* It answers a message of ours that asked nothing ("we are looking into
 * it"): known from the store, not from its text. */
#define FD_REPEATS_MEANING_AFTER_STATEMENT (1 << 2)
/* It thanks: "thanks again", "gracias", "merci". */
#define FD_REPEATS_MEANING_THANKS (1 << 3)
/* It asks something: a question mark in its own words. */
#define FD_REPEATS_MEANING_QUESTION (1 << 4)
/* It says it told us before: "as I said on Mastodon", "ya os escribí". */
#define FD_REPEATS_MEANING_SAID_BEFORE (1 << 5)
/* It asks again in its first words: "still no tape", "Immer noch." */
#define FD_REPEATS_MEANING_OPENS_AGAIN (1 << 6)
/* It says it raises another matter: "separate thing about order 44170",
 * "outra coisa:", "schon wieder was:". */
#define FD_REPEATS_MEANING_NEW_MATTER (1 << 8)

/* It answers a message of ours that asked something: known from the
 * store. */
#define FD_REPEATS_MEANING_AFTER_QUESTION (1 << 9)
/* It thanks in its first words: "Ara sí, moltes gràcies!" */
#define FD_REPEATS_MEANING_OPENS_THANKS (1 << 10)
/* It says the problem is solved: "that worked, I'm in", "ya funciona". */
#define FD_REPEATS_MEANING_RESOLVED (1 << 11)
/* It says the parcel came at last: "Maschine ist endlich da", "ja han
 * arribat les botes". */
#define FD_REPEATS_MEANING_ARRIVED (1 << 12)

/* SQL: whether the post @m answers a message of ours, in its
 * conversation: 0 no, 1 one with no question mark in it, 2 one with. */
#define FD_REPEATS_SQL_AFTER_OURS(m) \
  "(CASE WHEN " m ".in_reply_to IS NULL THEN 0 ELSE coalesce ((SELECT" \
  " CASE WHEN instr (fd_text (r.text), '?') = 0 THEN 1 ELSE 2 END FROM messages r" \
  " WHERE r.conversation_id = " m ".conversation_id AND r.remote_id = " m ".in_reply_to" \
  " AND r.direction = " FD_SQL_OUT " LIMIT 1), 0) END)"

/* The flags for what FD_REPEATS_SQL_AFTER_OURS() gave. */
static inline guint16
_fd_repeats_after_ours (int after)
{
  return after == 1 ? FD_REPEATS_MEANING_AFTER_STATEMENT : after == 2 ? FD_REPEATS_MEANING_AFTER_QUESTION : 0;
}

/* The things a post names ("tape", "casco", "Warenkorb"): its first
 * words that are neither stopwords, nor words any complaint uses, nor
 * the lexicon's; the hashes of their beginnings, 16 bits. */
#define FD_REPEATS_MAX_WORDS  12

typedef struct {
  guint32      kinds;   /* 1 << FdComplaint */
  guint16      flags;
  guint8       n_refs;  /* strong ones first */
  FdRepeatsRef refs[FD_REPEATS_MAX_REFS];
  guint8       n_words;
  guint16      words[FD_REPEATS_MAX_WORDS];
} FdRepeatsMeaning;

/* The same, as the index keeps it and the store writes it
 * (repeat_signatures.facts). */
typedef struct {
  guint32 kinds;
  guint32 refs[FD_REPEATS_MAX_REFS];
  guint8  ref_info[FD_REPEATS_MAX_REFS];   /* type | FD_REPEATS_REF_STRONG */
  guint8  n_refs;
  guint16 flags;
  guint8  n_words;
  guint16 words[FD_REPEATS_MAX_WORDS];
} FdRepeatsFacts;

#define FD_REPEATS_REF_STRONG 0x80

/* A signature computed ahead, on an importer's parse thread. */
typedef struct {
  gboolean           usable;   /* FALSE: too little text to compare */
  FdRepeatsSignature sig;
  FdRepeatsMeaning   meaning;
} FdRepeatsPrecomputed;

/* A word of a folded text: @len bytes at @start. */
typedef struct {
  guint start;
  guint len;
} FdRepeatsWord;

/* Fills msg->repeats_signature for an incoming message. Safe on any
 * thread: it reads only the message. */
void      _fd_repeats_precompute       (FdParsedMessage *msg);

/* Normalizes @text and computes its signature. Returns FALSE when too
 * little text is left to compare (a greeting, an emoji, a link). */
gboolean  _fd_repeats_signature        (const char               *text,
                                        FdRepeatsSignature       *sig);
void      _fd_repeats_signature_from_normalized (const char      *normalized,
                                                 FdRepeatsSignature *sig);
/* Whether the folded word of @len bytes at @word says nothing about what
 * a post is about ("the", "noch", "bonjour"). */
gboolean  _fd_repeats_is_stopword      (const char               *word,
                                        gsize                     len);
/* Lower case, without accents: "Élodie" -> "elodie". */
char     *_fd_repeats_fold             (const char               *text);
/* The signature of @text and what it means (with its @subject, may be
 * NULL), from the lines its author wrote: no quoted text, greeting or
 * signature. Returns FALSE when there is too little text for a
 * signature; @meaning is set all the same. */
gboolean  _fd_repeats_analyse          (const char               *text,
                                        const char               *subject,
                                        FdRepeatsSignature       *sig,
                                        FdRepeatsMeaning         *meaning);
gboolean  _fd_repeats_analyse_post     (const char               *text,
                                        const char               *subject,
                                        const char               *author,
                                        FdRepeatsSignature       *sig,
                                        FdRepeatsMeaning         *meaning);

/* A set of words, each with a value, looked up by an FNV-1a hash that
 * the reader computes as it goes over the word's bytes: prefixes of one
 * word cost one step more each, not a hash of their own
 * (fd-repeats-text.c). Words are not copied. */
typedef struct {
  const char *word;     /* NULL: a free slot */
  gsize       len;
  guint32     hash;
  gpointer    value;
} FdRepeatsWordSlot;

typedef struct {
  FdRepeatsWordSlot *slots;
  guint              mask;       /* number of slots - 1 */
  guint              n_words;
} FdRepeatsWordTable;

#define FD_REPEATS_HASH_INIT 2166136261u

static inline guint32
_fd_repeats_hash_step (guint32 h,
                       guchar  c)
{
  return (h ^ c) * 16777619u;
}

static inline guint32
_fd_repeats_hash_bytes (const char *word,
                        gsize       len)
{
  guint32 h = FD_REPEATS_HASH_INIT;

  for (gsize i = 0; i < len; i++)
    h = _fd_repeats_hash_step (h, (guchar) word[i]);

  return h;
}

FdRepeatsWordTable *_fd_repeats_word_table_new (void);

/* The value of @word (@len bytes), or NULL; @hash is its hash. Inline:
 * it runs for every word of every post, and its beginnings. */
static inline gpointer
_fd_repeats_word_table_lookup (const FdRepeatsWordTable *table,
                               guint32                   hash,
                               const char               *word,
                               gsize                     len)
{
  guint i = hash & table->mask;

  /* Linear probing: the table is at most half full, so a free slot ends
   * every search. */
  while (table->slots[i].word != NULL)
    {
      const FdRepeatsWordSlot *slot = &table->slots[i];

      if (slot->hash == hash && slot->len == len && memcmp (slot->word, word, len) == 0)
        return slot->value;
      i = (i + 1) & table->mask;
    }

  return NULL;
}
/* Sets the value of the nul-terminated @word. */
void      _fd_repeats_word_table_insert (FdRepeatsWordTable       *table,
                                         const char               *word,
                                         gpointer                  value);

/* fd-repeats-meaning.c: what @own (the folded lines the author wrote)
 * and @subject (NULL, or as written) mean. */
void      _fd_repeats_meaning          (const char               *own,
                                        const char               *subject,
                                        FdRepeatsMeaning         *meaning);
void      _fd_repeats_meaning_drop_name (FdRepeatsMeaning         *meaning,
                                         const char               *name);
void      _fd_repeats_facts            (const FdRepeatsMeaning   *meaning,
                                        FdRepeatsFacts           *facts);
gboolean  _fd_repeats_facts_empty      (const FdRepeatsFacts     *facts);
/* As stored: NULL when there is nothing to store. */
GBytes   *_fd_repeats_facts_pack       (const FdRepeatsFacts     *facts);
void      _fd_repeats_facts_unpack     (const guint8             *data,
                                        gsize                     len,
                                        FdRepeatsFacts           *facts);
guint32   _fd_repeats_hash_id          (const char               *remote_id);
/* How many of the things they name (.words) the two posts share, and
 * whether they share one. */
guint     _fd_repeats_facts_shared_words (const FdRepeatsFacts   *a,
                                          const FdRepeatsFacts   *b);
gboolean  _fd_repeats_facts_share_word (const FdRepeatsFacts     *a,
                                        const FdRepeatsFacts     *b);
/* Whether both name orders by number and none the same: two orders. */
gboolean  _fd_repeats_facts_other_orders (const FdRepeatsFacts   *a,
                                          const FdRepeatsFacts   *b);

/* fd-repeats-lexicon.c: the complaints @words of @folded make (bits of
 * FdComplaint); sets FD_REPEATS_MEANING_UPDATE in @flags. */
guint32   _fd_repeats_lexicon_match    (const char               *folded,
                                        const FdRepeatsWord      *words,
                                        guint                     n_words,
                                        guint16                  *flags);
/* Whether the lexicon has a word for @word (@len bytes, folded): words
 * any complaint of a kind uses ("cracked", "tracking") do not say what
 * it is about. */
gboolean  _fd_repeats_lexicon_knows    (const char               *word,
                                        gsize                     len);
const char *_fd_repeats_complaint_id   (FdComplaint               kind);
const char *_fd_repeats_complaint_label (FdComplaint              kind);
gboolean  _fd_repeats_complaint_from_id (const char              *id,
                                         FdComplaint             *out_kind);
/* The kinds of complaint akin to @kinds: money (a double charge, a
 * refund, an invoice...), the goods (wrong, damaged, missing). */
guint32   _fd_repeats_complaint_kin    (guint32                   kinds);
double    _fd_repeats_jaccard          (const FdRepeatsSignature *a,
                                        const FdRepeatsSignature *b);
/* band << 32 | bucket, for each band */
void      _fd_repeats_band_keys        (const FdRepeatsSignature *sig,
                                        gint64                    keys[FD_REPEATS_N_BANDS]);
/* Whether two signatures are copies of one post: estimated Jaccard over
 * the threshold and lengths not too far apart. */
gboolean  _fd_repeats_is_copy          (const FdRepeatsSignature *a,
                                        const FdRepeatsSignature *b,
                                        double                    threshold);

#define FD_REPEATS_COPY_THRESHOLD  0.5
#define FD_TOPIC_COPY_THRESHOLD    0.55
/* Normalized characters needed before a post is compared at all, and
 * before it can be part of a topic (short posts such as "any news?" are
 * the same for everyone without being one problem). */
#define FD_REPEATS_MIN_LENGTH      8
#define FD_TOPIC_MIN_LENGTH        24

/* The LSH index of a few weeks of posts, in memory (fd-repeats-index.c).
 * Each store connection has one, kept in the store's cache slot
 * (_fd_store_set_cache()) so that the store resets it whenever what it
 * read may have changed; _fd_repeats_index_get() finds or makes it. */
typedef struct _FdRepeatsIndex FdRepeatsIndex;

typedef struct {
  gint64             message_id;
  gint64             customer_id;
  gint64             created_at;
  gint64             conversation_id;
  guint32            remote_hash;   /* _fd_repeats_hash_id() of its remote id */
  guint32            reply_hash;    /* and of the one it answers, 0: none */
  FdRepeatsSignature sig;
  FdRepeatsFacts     facts;
} FdRepeatsIndexEntry;

/* Why two posts of one customer are copies of one complaint, or
 * FD_REPEAT_REASON_UNKNOWN when they are not. The rule is the same
 * wherever the posts are compared, so the groups do not depend on the
 * order they arrive in. @keys_a and @keys_b are their LSH band keys.
 * *@out_ref is the hash of the number they share (SAME_REFERENCE), and
 * *@out_complaint the complaint (SAME_COMPLAINT). */
FdRepeatReason _fd_repeats_compare     (const FdRepeatsIndexEntry *a,
                                        const gint64               keys_a[FD_REPEATS_N_BANDS],
                                        const FdRepeatsIndexEntry *b,
                                        const gint64               keys_b[FD_REPEATS_N_BANDS],
                                        guint32                   *out_ref,
                                        FdComplaint               *out_complaint);
/* What is stored as the group's reason_value: "order:48213",
 * "late-delivery". @meaning, of either post, names the number; @facts
 * of both may say what kind of number it is. */
char     *_fd_repeats_reason_value     (FdRepeatReason             reason,
                                        guint32                    ref,
                                        FdComplaint                complaint,
                                        const FdRepeatsMeaning    *meaning,
                                        const FdRepeatsFacts      *facts_a,
                                        const FdRepeatsFacts      *facts_b);

typedef gboolean (*FdRepeatsIndexFilterFunc) (const FdRepeatsIndexEntry *entry,
                                              gpointer                   user_data);

FdRepeatsIndex *_fd_repeats_index_get  (FdStore        *store);
/* Forgets all it holds; it is read again from the store as needed. */
void      _fd_repeats_index_reset      (FdRepeatsIndex *index);
/* The same, and forgets which posts it was asked about: before every
 * post is looked up again in time order. */
void      _fd_repeats_index_restart    (FdRepeatsIndex *index);
/* Makes sure weeks @epoch - 1 to @epoch + 1 are in memory, reading them
 * from the store when that is worth it. *@out_held is FALSE when they
 * are not: the post is far from the weeks the index follows, and its
 * customer's stored posts are read instead (_fd_repeats_read_stored). */
gboolean  _fd_repeats_index_hold       (FdRepeatsIndex            *index,
                                        FdStore                   *store,
                                        gint64                     epoch,
                                        gboolean                  *out_held,
                                        GError                   **error);
/* The posts of the held weeks @epoch - 1 to @epoch + 1 that share one of
 * the first @n_bands band @keys and pass @filter, each once, at most
 * @max_candidates of them: a new array of borrowed entries, valid until
 * the index changes. */
GPtrArray *_fd_repeats_index_find      (FdRepeatsIndex            *index,
                                        gint64                     epoch,
                                        const gint64               keys[FD_REPEATS_N_BANDS],
                                        guint                      n_bands,
                                        FdRepeatsIndexFilterFunc   filter,
                                        gpointer                   user_data,
                                        guint                      max_candidates);
/* The posts of @customer_id in the held weeks @epoch - 1 to @epoch + 1
 * that pass @filter, at most @max_candidates, the post's week first: a new
 * array of borrowed entries, valid until the index changes. */
GPtrArray *_fd_repeats_index_find_customer (FdRepeatsIndex        *index,
                                            gint64                 epoch,
                                            gint64                 customer_id,
                                            FdRepeatsIndexFilterFunc filter,
                                            gpointer               user_data,
                                            guint                  max_candidates);
/* A post whose signature was just stored. */
void      _fd_repeats_index_add        (FdRepeatsIndex            *index,
                                        gint64                     epoch,
                                        const FdRepeatsIndexEntry *entry);
/* The stored signatures of @customer_id's posts created from @from to
 * @to, oldest first: (element-type FdRepeatsIndexEntry). */
GArray   *_fd_repeats_read_stored      (FdStore                   *store,
                                        gint64                     customer_id,
                                        gint64                     from,
                                        gint64                     to,
                                        GError                   **error);

/* What _fd_repeats_on_insert() found that the link suggestions step
 * (fd-customers-links.c) acts on. */
typedef struct {
  /* The post names numbers: another customer of the same name who named
   * one of them may be the same person. */
  gboolean             numbers;
  /* The post makes a complaint, or says it told us before: another
   * customer of the same name whose post it refers back to, or who
   * refers back to it, may be the same person. */
  gboolean             complaint;
  FdRepeatsIndexEntry  post;          /* the post, when numbers or complaint */
  GArray              *same_text;     /* (element-type gint64) other customers'
                                       * posts that say the same, days apart at most */
} FdRepeatsFound;

void      _fd_repeats_found_clear      (FdRepeatsFound             *found);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FdRepeatsFound, _fd_repeats_found_clear)

typedef gboolean (*FdRepeatsFoundFunc) (FdStore               *store,
                                        gint64                 message_id,
                                        const FdRepeatsFound  *found,
                                        gpointer               user_data,
                                        GError               **error);

/* The rules that find repeats change now and then (more words, a new
 * reason). Finds again, under the current rules, the repeats of at most
 * @max_customers customers whose posts were looked at under older ones,
 * in one transaction, telling @found_func (may be NULL) of each of their
 * posts as a rebuild does; *@out_done when none is left,
 * *@out_n_customers (may be NULL) how many it looked at. A rebuild does
 * them all at once. fd_customers_update_repeat_rules() hands it the
 * link suggestions step. */
gboolean  _fd_repeats_update_rules     (FdStore                   *store,
                                        guint                      max_customers,
                                        FdRepeatsFoundFunc         found_func,
                                        gpointer                   user_data,
                                        gboolean                  *out_done,
                                        guint                     *out_n_customers,
                                        GError                   **error);

/* Recomputes every repeat group and topic from the stored messages, in
 * time order, in one transaction, handing what it finds for each post
 * to @found_func (fd_customers_rebuild_repeats() makes the link
 * suggestions of it, as at insert). */
gboolean  _fd_repeats_rebuild          (FdStore                    *store,
                                        FdRepeatsFoundFunc          found_func,
                                        gpointer                    user_data,
                                        GError                    **error);

/* Possible repeats (fd_customers_list_possible_repeats()): @message_a and
 * @message_b with the copies each has, as one group, for @reason: the
 * same number, the same kind of complaint (both read from the posts), or
 * else the same text. */
FdRepeatGroup *_fd_repeats_pair_group  (FdStore                    *store,
                                        gint64                      message_a,
                                        gint64                      message_b,
                                        FdRepeatReason              reason,
                                        GError                    **error);

/* The repeats step of the ingest pipeline (fd-ingest.c), for each new
 * message inside its transaction: groups it with its customer's earlier
 * copies and other customers' posts of the same topic, and fills @found.
 * Does nothing for outgoing messages, for messages without a customer and
 * for messages it has already seen. */
gboolean  _fd_repeats_on_insert        (FdStore                    *store,
                                        gint64                      message_id,
                                        gint64                      customer_id,
                                        const char                 *text,
                                        const FdRepeatsPrecomputed *precomputed,
                                        gint64                      created_at,
                                        FdDirection                 dir,
                                        FdRepeatsFound             *found,
                                        GError                    **error);

/* Joins @message_id and @other_id, two posts of @customer_id in two
 * languages that their translation shows to be copies of one complaint,
 * in one group with the reason FD_REPEAT_REASON_OTHER_LANGUAGE and
 * @value ("es:en"), unless the group would span more than the window;
 * *@out_joined says whether it did. Inside the caller's transaction. */
gboolean  _fd_repeats_join_other_language (FdStore     *store,
                                           gint64       customer_id,
                                           gint64       message_id,
                                           gint64       created_at,
                                           gint64       other_id,
                                           gint64       other_created_at,
                                           const char  *value,
                                           gboolean    *out_joined,
                                           GError     **error);

/* Recomputes the repeat groups of @customer_id from its messages (after
 * its identities changed: merge, split, undo). Inside the caller's
 * transaction. */
gboolean  _fd_repeats_rebuild_customer (FdStore     *store,
                                        gint64       customer_id,
                                        GError     **error);

/* Drops the repeat groups of @customer_id and the signatures of its
 * @message_ids (gint64), before they are erased. */
gboolean  _fd_repeats_forget_customer  (FdStore      *store,
                                        gint64        customer_id,
                                        const GArray *message_ids,
                                        GError      **error);

/* CPU time spent in _fd_repeats_on_insert() by this process since
 * _fd_repeats_reset_cost(), which starts measuring it: for tests and
 * benchmarks. */
void      _fd_repeats_get_cost         (guint64     *n_calls,
                                        gint64      *usec);
void      _fd_repeats_reset_cost       (void);
/* Posts compared with their customer's stored posts because their weeks
 * were not held, since the last reset of the cost. */
guint64   _fd_repeats_get_n_stored_lookups (void);

G_END_DECLS
