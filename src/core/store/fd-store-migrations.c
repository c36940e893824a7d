/* fd-store-migrations.c: the schema, one step per version.
 *
 * Never edit a released step: add a new one. Each step runs in one
 * transaction together with the user_version bump, so a crash leaves the
 * database at the step before or the step after, never in between.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fd-store-private.h"
#include "fd-waits-sql.h"

static const FdMigration migrations[] = {
  { 1,
    "CREATE TABLE accounts ("
    "  id INTEGER PRIMARY KEY,"
    "  channel TEXT NOT NULL,"
    "  name TEXT NOT NULL,"
    "  address TEXT,"
    "  settings TEXT NOT NULL DEFAULT '{}',"  /* never secrets: those live in the keyring */
    "  created_at INTEGER NOT NULL"
    ");"
    "CREATE TABLE customers ("
    "  id INTEGER PRIMARY KEY,"
    "  name TEXT,"
    "  lang TEXT,"
    "  created_at INTEGER NOT NULL"
    ");"
    /* A handle on one channel. customer_id is NULL for the business's own
     * identities (the author of outgoing messages). */
    "CREATE TABLE identities ("
    "  id INTEGER PRIMARY KEY,"
    "  customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,"
    "  channel TEXT NOT NULL,"
    "  handle TEXT NOT NULL,"
    "  name TEXT,"
    "  UNIQUE (channel, handle)"
    ");"
    "CREATE INDEX identities_customer ON identities(customer_id);"
    "CREATE TABLE conversations ("
    "  id INTEGER PRIMARY KEY,"
    "  channel TEXT NOT NULL,"
    "  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
    "  remote_id TEXT NOT NULL,"
    "  kind TEXT NOT NULL DEFAULT 'thread',"
    "  subject TEXT,"
    "  customer_id INTEGER REFERENCES customers(id) ON DELETE SET NULL,"
    "  last_at INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (channel, remote_id)"
    ");"
    "CREATE INDEX conversations_customer ON conversations(customer_id, last_at);"
    /* sort_key = created_at << 20 | n: time order with a tie-breaker, the
     * keyset for paging and the rowid of the full-text index (<< 10 since
     * version 7). */
    "CREATE TABLE messages ("
    "  id INTEGER PRIMARY KEY,"
    "  sort_key INTEGER NOT NULL UNIQUE,"
    "  conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
    "  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
    "  channel TEXT NOT NULL,"
    "  remote_id TEXT NOT NULL,"
    "  identity_id INTEGER REFERENCES identities(id),"
    "  direction INTEGER NOT NULL DEFAULT 0,"
    "  state INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL,"
    "  subject TEXT,"
    "  text TEXT NOT NULL DEFAULT '',"
    "  html TEXT,"
    "  lang TEXT,"
    "  url TEXT,"
    "  in_reply_to TEXT,"
    "  recipient TEXT,"
    "  truncated INTEGER NOT NULL DEFAULT 0,"
    "  repeat_count INTEGER NOT NULL DEFAULT 0,"
    "  n_attachments INTEGER NOT NULL DEFAULT 0,"
    "  UNIQUE (channel, remote_id)"
    ");"
    "CREATE INDEX messages_conversation ON messages(conversation_id, sort_key);"
    "CREATE INDEX messages_identity ON messages(identity_id, sort_key);"
    "CREATE INDEX messages_channel ON messages(channel, state);"
    "CREATE INDEX messages_unanswered ON messages(sort_key) WHERE direction = 0 AND state < 2;"
    "CREATE TABLE attachments ("
    "  id INTEGER PRIMARY KEY,"
    "  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
    "  filename TEXT NOT NULL,"
    "  content_type TEXT,"
    "  size INTEGER NOT NULL DEFAULT 0,"
    "  path TEXT"
    ");"
    "CREATE INDEX attachments_message ON attachments(message_id);"
    "CREATE TABLE sync_cursors ("
    "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    "  key TEXT NOT NULL,"
    "  value TEXT NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    "  PRIMARY KEY (account_id, key)"
    ");"
    "CREATE TABLE outbox ("
    "  id INTEGER PRIMARY KEY,"
    "  account_id INTEGER REFERENCES accounts(id) ON DELETE SET NULL,"
    "  conversation_id INTEGER NOT NULL REFERENCES conversations(id),"
    "  message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,"
    "  action TEXT NOT NULL,"
    "  payload TEXT NOT NULL DEFAULT '{}',"
    "  idempotency_key TEXT NOT NULL UNIQUE,"
    "  state INTEGER NOT NULL DEFAULT 0,"
    "  attempts INTEGER NOT NULL DEFAULT 0,"
    "  error TEXT,"
    "  created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ");"
    "CREATE INDEX outbox_message ON outbox(message_id);"
    "CREATE INDEX outbox_state ON outbox(state, conversation_id, id);"
    /* The full-text index reads its content from this view, so text is
     * stored once. Diacritics are folded: llego finds llegó. */
    "CREATE VIEW messages_fts_source AS"
    "  SELECT m.sort_key AS sort_key, m.subject AS subject, m.text AS text,"
    "         coalesce(i.handle, '') || ' ' || coalesce(i.name, '') AS author"
    "  FROM messages m LEFT JOIN identities i ON i.id = m.identity_id;"
    "CREATE VIRTUAL TABLE messages_fts USING fts5("
    "  subject, text, author,"
    "  content = 'messages_fts_source', content_rowid = 'sort_key',"
    "  tokenize = 'unicode61 remove_diacritics 2',"
    "  detail = 'full'"
    ");"
  },
  { 2,
    /* Drafts survive a crash or a closed window. */
    "CREATE TABLE drafts ("
    "  conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,"
    "  text TEXT NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ");"
  },
  { 3,
    /* Language and translation (fd-language.c, fd-translation-manager.c).
     * How often each customer wrote in each language: customers.lang is
     * the most frequent one, kept up to date on import. */
    "CREATE TABLE customer_languages ("
    "  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
    "  lang TEXT NOT NULL,"
    "  n INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (customer_id, lang)"
    ") WITHOUT ROWID;"
    /* Translations are keyed by a hash of the text, so the five copies of
     * one complaint are translated once. source_lang is '' when the
     * engine detected it. */
    "CREATE TABLE translations ("
    "  id INTEGER PRIMARY KEY,"
    "  message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,"
    "  text_hash TEXT NOT NULL,"
    "  source_lang TEXT NOT NULL,"
    "  target_lang TEXT NOT NULL,"
    "  engine TEXT NOT NULL,"
    "  text TEXT NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  UNIQUE (text_hash, source_lang, target_lang)"
    ");"
    "CREATE INDEX translations_message ON translations(message_id) WHERE message_id IS NOT NULL;"
    /* Wanted while offline with no local engine for the pair. */
    "CREATE TABLE translation_queue ("
    "  id INTEGER PRIMARY KEY,"
    "  message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,"
    "  text_hash TEXT NOT NULL,"
    "  text TEXT NOT NULL,"
    "  source_lang TEXT NOT NULL,"
    "  target_lang TEXT NOT NULL,"
    "  attempts INTEGER NOT NULL DEFAULT 0,"
    "  error TEXT,"
    "  created_at INTEGER NOT NULL,"
    "  UNIQUE (text_hash, source_lang, target_lang)"
    ");"
    /* “Write in English, send in Spanish”: the draft, its translation
     * and the translation back, to check it. */
    "CREATE TABLE draft_translations ("
    "  conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,"
    "  text TEXT NOT NULL,"
    "  source_lang TEXT NOT NULL,"
    "  target_lang TEXT NOT NULL,"
    "  translated TEXT NOT NULL,"
    "  back_translated TEXT NOT NULL,"
    "  engine TEXT NOT NULL,"
    "  updated_at INTEGER NOT NULL"
    ");"
  },
  { 4,
    /* Customers with several identities (fd-customers.c). A customer
     * merged into another is kept as a tombstone so undo can bring it
     * back under the same id. */
    "ALTER TABLE customers ADD COLUMN merged_into INTEGER REFERENCES customers(id) ON DELETE SET NULL;"
    /* Channel keys ("email:ana@example.com", "mastodon:ana@host") an
     * identity is or links to in its profile: a shared key is a certain
     * link between two identities. */
    "CREATE TABLE identity_links ("
    "  identity_id INTEGER NOT NULL REFERENCES identities(id) ON DELETE CASCADE,"
    "  link TEXT NOT NULL,"
    "  PRIMARY KEY (identity_id, link)"
    ") WITHOUT ROWID;"
    "CREATE INDEX identity_links_link ON identity_links(link);"
    "INSERT INTO identity_links (identity_id, link)"
    "  SELECT id, channel || ':' || lower(ltrim(handle, '@')) FROM identities"
    "  WHERE customer_id IS NOT NULL;"
    /* Likely links for the user to confirm. state: 0 open, 1 accepted,
     * 2 dismissed (never suggested again). */
    "CREATE TABLE customer_link_suggestions ("
    "  id INTEGER PRIMARY KEY,"
    "  customer_a INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
    "  customer_b INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
    "  message_a INTEGER REFERENCES messages(id) ON DELETE SET NULL,"
    "  message_b INTEGER REFERENCES messages(id) ON DELETE SET NULL,"
    "  reason TEXT NOT NULL,"
    "  state INTEGER NOT NULL DEFAULT 0,"
    "  created_at INTEGER NOT NULL,"
    "  UNIQUE (customer_a, customer_b)"
    ");"
    "CREATE INDEX customer_link_suggestions_b ON customer_link_suggestions(customer_b);"
    /* The journal of merges and splits, so undo restores exactly the
     * previous assignment of identities and conversations. */
    "CREATE TABLE customer_merges ("
    "  id INTEGER PRIMARY KEY,"
    "  kind TEXT NOT NULL,"                  /* merge, auto-merge or split */
    "  customer_id INTEGER NOT NULL,"        /* kept (merge) or split */
    "  other_id INTEGER NOT NULL,"           /* merged in (merge) or new (split) */
    "  created_at INTEGER NOT NULL,"
    "  undone_at INTEGER"
    ");"
    "CREATE TABLE customer_merge_moves ("
    "  merge_id INTEGER NOT NULL REFERENCES customer_merges(id) ON DELETE CASCADE,"
    "  kind INTEGER NOT NULL,"               /* 0 identity, 1 conversation */
    "  row_id INTEGER NOT NULL,"
    "  from_customer INTEGER,"
    "  PRIMARY KEY (merge_id, kind, row_id)"
    ") WITHOUT ROWID;"
    /* Repeated posts and topics (fd-repeats.c). MinHash signatures and
     * LSH buckets of recent incoming messages only: epoch is created_at
     * in weeks, and rows older than two epochs are pruned, so the cost of
     * a new message does not grow with history. */
    "CREATE TABLE repeat_signatures ("
    "  message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
    "  epoch INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  length INTEGER NOT NULL,"
    "  signature BLOB NOT NULL"
    ");"
    "CREATE INDEX repeat_signatures_epoch ON repeat_signatures(epoch);"
    "CREATE TABLE repeat_lsh ("
    "  epoch INTEGER NOT NULL,"
    "  customer_id INTEGER NOT NULL,"
    "  bkey INTEGER NOT NULL,"               /* band << 32 | bucket */
    "  message_id INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  PRIMARY KEY (epoch, customer_id, bkey, message_id)"
    ") WITHOUT ROWID;"
    "CREATE TABLE topic_lsh ("
    "  epoch INTEGER NOT NULL,"
    "  bkey INTEGER NOT NULL,"
    "  message_id INTEGER NOT NULL,"
    "  customer_id INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  PRIMARY KEY (epoch, bkey, message_id)"
    ") WITHOUT ROWID;"
    "CREATE TABLE repeat_groups ("
    "  id INTEGER PRIMARY KEY,"
    "  customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
    "  created INTEGER NOT NULL,"
    "  last_at INTEGER NOT NULL"
    ");"
    "CREATE INDEX repeat_groups_customer ON repeat_groups(customer_id);"
    "CREATE INDEX repeat_groups_last ON repeat_groups(last_at);"
    "CREATE TABLE repeat_members ("
    "  message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
    "  group_id INTEGER NOT NULL REFERENCES repeat_groups(id) ON DELETE CASCADE"
    ");"
    "CREATE INDEX repeat_members_group ON repeat_members(group_id);"
    /* Near-identical posts from several customers: one topic. */
    "CREATE TABLE topics ("
    "  id INTEGER PRIMARY KEY,"
    "  created INTEGER NOT NULL,"
    "  last_at INTEGER NOT NULL"
    ");"
    "CREATE INDEX topics_last ON topics(last_at);"
    "CREATE TABLE topic_members ("
    "  message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
    "  topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE"
    ");"
    "CREATE INDEX topic_members_topic ON topic_members(topic_id);"
  },
  { 5,
    /* Mastodon (providers/mastodon/). Who may see a post: a reply is never
     * more public than the post it answers. */
    "ALTER TABLE messages ADD COLUMN visibility TEXT;"
    /* Listening: hashtags (kind 0, without '#') and keywords (kind 1)
     * followed per account; cursor is the provider's, opaque. */
    "CREATE TABLE listening_terms ("
    "  id INTEGER PRIMARY KEY,"
    "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    "  kind INTEGER NOT NULL,"
    "  term TEXT NOT NULL,"
    "  cursor TEXT,"
    "  created_at INTEGER NOT NULL,"
    "  UNIQUE (account_id, kind, term)"
    ");"
    /* Matching posts, outside the inbox until someone adopts one
     * (message_id: the inbox message it became). */
    "CREATE TABLE listening_posts ("
    "  id INTEGER PRIMARY KEY,"
    "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    "  term_id INTEGER REFERENCES listening_terms(id) ON DELETE SET NULL,"
    "  channel TEXT NOT NULL,"
    "  remote_id TEXT NOT NULL,"
    "  in_reply_to TEXT,"
    "  author_handle TEXT NOT NULL,"
    "  author_name TEXT,"
    "  text TEXT NOT NULL DEFAULT '',"
    "  html TEXT,"
    "  lang TEXT,"
    "  url TEXT,"
    "  visibility TEXT,"
    "  created_at INTEGER NOT NULL,"
    "  fetched_at INTEGER NOT NULL,"
    "  message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,"
    "  UNIQUE (account_id, remote_id)"
    ");"
    "CREATE INDEX listening_posts_account ON listening_posts(account_id, id);"
  },
  { 6,
    /* The inbox lists sort keys of unarchived messages: a covering index
     * makes that an index-only scan instead of a walk over every row. */
    "CREATE INDEX messages_sort_state ON messages(sort_key, state);"
    /* The name a message was sent under, kept with the message: the
     * search index must see the same author text when a row is removed
     * as when it was added, and an identity's name can change. */
    "ALTER TABLE messages ADD COLUMN author_name TEXT;"
    "UPDATE messages SET author_name = (SELECT name FROM identities WHERE id = messages.identity_id);"
    "DROP VIEW messages_fts_source;"
    "CREATE VIEW messages_fts_source AS"
    "  SELECT m.sort_key AS sort_key, m.subject AS subject, m.text AS text,"
    "         coalesce(i.handle, '') || ' ' || coalesce(m.author_name, '') AS author"
    "  FROM messages m LEFT JOIN identities i ON i.id = m.identity_id;"
    "INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');"
  },
  { 7,
    /* A smaller store (fd-store-text.c).
     *
     * Sort keys become created_at << 10 | n: the full-text index stores
     * differences of its rowids, and smaller keys give shorter ones. Keys
     * stay in the old order; a second with more than 1024 messages (mail
     * without a date, all given one file time) lends the following
     * seconds' keys. With n the row number in key order, the new key is
     * n + max over earlier rows of (second << 10) - row number: never
     * below its own second, always above the previous key. */
    "DROP TABLE messages_fts;"
    "DROP VIEW messages_fts_source;"
    "CREATE TEMP TABLE fd_rekey (id INTEGER PRIMARY KEY, k INTEGER NOT NULL);"
    "INSERT INTO fd_rekey (id, k)"
    "  SELECT id, rn + max (base - rn) OVER (ORDER BY sort_key ROWS UNBOUNDED PRECEDING)"
    "  FROM (SELECT id, sort_key, (sort_key >> 20) << 10 AS base,"
    "               row_number () OVER (ORDER BY sort_key) AS rn FROM messages);"
    "UPDATE messages SET sort_key = -sort_key - 1;"
    "UPDATE messages SET sort_key = (SELECT k FROM fd_rekey WHERE fd_rekey.id = messages.id);"
    "DROP TABLE fd_rekey;"
    /* Text and HTML compressed; HTML against the text. */
    "UPDATE messages SET html = fd_compress (html, text), text = fd_compress (text);"
    /* The index keeps which messages hold a word, not where: phrases and
     * authors are checked on the rows it finds (fd-filter.c). Quoted
     * lines of a reply are left out: they are indexed in the message
     * they quote. */
    "CREATE VIEW messages_fts_source AS"
    "  SELECT m.sort_key AS sort_key, m.subject AS subject, fd_index_text (m.text) AS text,"
    "         coalesce(i.handle, '') || ' ' || coalesce(m.author_name, '') AS author"
    "  FROM messages m LEFT JOIN identities i ON i.id = m.identity_id;"
    "CREATE VIRTUAL TABLE messages_fts USING fts5("
    "  subject, text, author,"
    "  content = 'messages_fts_source', content_rowid = 'sort_key',"
    "  tokenize = 'unicode61 remove_diacritics 2',"
    "  detail = 'none', columnsize = 0"
    ");"
    "INSERT INTO messages_fts (messages_fts) VALUES ('rebuild');"
    /* from: looks up authors here, then their messages. */
    "CREATE VIRTUAL TABLE identities_fts USING fts5("
    "  handle, name,"
    "  content = 'identities', content_rowid = 'id',"
    "  tokenize = 'unicode61 remove_diacritics 2'"
    ");"
    "INSERT INTO identities_fts (identities_fts) VALUES ('rebuild');"
    "CREATE TRIGGER identities_fts_insert AFTER INSERT ON identities BEGIN"
    "  INSERT INTO identities_fts (rowid, handle, name) VALUES (new.id, new.handle, new.name);"
    "END;"
    "CREATE TRIGGER identities_fts_delete AFTER DELETE ON identities BEGIN"
    "  INSERT INTO identities_fts (identities_fts, rowid, handle, name)"
    "    VALUES ('delete', old.id, old.handle, old.name);"
    "END;"
    "CREATE TRIGGER identities_fts_update AFTER UPDATE OF handle, name ON identities BEGIN"
    "  INSERT INTO identities_fts (identities_fts, rowid, handle, name)"
    "    VALUES ('delete', old.id, old.handle, old.name);"
    "  INSERT INTO identities_fts (rowid, handle, name) VALUES (new.id, new.handle, new.name);"
    "END;"
  },
  { 8,
    /* The repeat detector's LSH index lives in memory, rebuilt from the
     * stored signatures (fd-repeats-index.c). */
    "DROP TABLE repeat_lsh;"
    "DROP TABLE topic_lsh;"
  },
  { 9,
    /* The profile's own id, made once: account ids start at 1 in every
     * profile, so secrets in the keyring are kept under this id as well
     * (fd-secrets.c). */
    "CREATE TABLE profile ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  profile_id TEXT NOT NULL"
    ");"
    "INSERT INTO profile (id, profile_id) VALUES (1, lower (hex (randomblob (16))));"
    /* Account ids are never given out again: whatever was left under a
     * removed account's id (a secret, a cursor) must not reach the next
     * account. AUTOINCREMENT needs the table made anew; the migration
     * runs with foreign keys off, so dropping the old one neither cascades
     * to sync_cursors nor clears the account of messages. Ids given and
     * removed before this version are not known: the count starts after
     * the highest one still there. */
    "CREATE TABLE accounts_new ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  channel TEXT NOT NULL,"
    "  name TEXT NOT NULL,"
    "  address TEXT,"
    "  settings TEXT NOT NULL DEFAULT '{}',"
    "  created_at INTEGER NOT NULL"
    ");"
    "INSERT INTO accounts_new (id, channel, name, address, settings, created_at)"
    "  SELECT id, channel, name, address, settings, created_at FROM accounts;"
    "DROP TABLE accounts;"
    "ALTER TABLE accounts_new RENAME TO accounts;"
  },
  { 10,
    /* Repeats in other words (fd-repeats-meaning.c): what a post is
     * about beyond its words (the kinds of complaint it makes and the
     * numbers it names, packed), and why a group's posts were grouped.
     * The groups made before were all near copies. */
    "ALTER TABLE repeat_signatures ADD COLUMN facts BLOB;"
    "ALTER TABLE repeat_groups ADD COLUMN reason INTEGER NOT NULL DEFAULT 2;"
    "ALTER TABLE repeat_groups ADD COLUMN reason_value TEXT;"
  },
  { 11,
    /* Email threading (fd-store-thread.c): every Message-ID a mail is or
     * names, received or not, and its conversation, so that replies to a
     * missing parent meet and a late parent merges what it joins. parent
     * is the id's parent as its own References say (seen = 1) or, until
     * it arrives, as a child's References say. */
    "CREATE TABLE thread_ids ("
    "  channel TEXT NOT NULL,"
    "  remote_id TEXT NOT NULL,"
    "  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
    "  parent TEXT,"
    "  seen INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (channel, remote_id)"
    ") WITHOUT ROWID;"
    "CREATE INDEX thread_ids_conversation ON thread_ids(conversation_id);"
    /* What older versions knew: the mails, their In-Reply-To and the
     * roots conversations were named after (References were not kept). */
    "INSERT OR IGNORE INTO thread_ids (channel, remote_id, conversation_id, parent, seen)"
    "  SELECT channel, remote_id, conversation_id, in_reply_to, 1 FROM messages WHERE channel = 'email';"
    "INSERT OR IGNORE INTO thread_ids (channel, remote_id, conversation_id)"
    "  SELECT channel, in_reply_to, conversation_id FROM messages"
    "  WHERE channel = 'email' AND in_reply_to IS NOT NULL;"
    "INSERT OR IGNORE INTO thread_ids (channel, remote_id, conversation_id)"
    "  SELECT channel, remote_id, id FROM conversations WHERE channel = 'email';"
  },
  { 12,
    /* Mail sent by a program (a mailing list, an automatic reply, bulk
     * mail; FdParsedMessage.automated) is never a customer's repeated
     * complaint. Known from the headers at parse time only: what is
     * stored already stays as it was. */
    "ALTER TABLE messages ADD COLUMN automated INTEGER NOT NULL DEFAULT 0;"
  },
  { 13,
    /* Names compared whole, folded (_fd_store_fold_name()): another
     * customer of the same name is an index lookup for each incoming
     * post, where a query of the identities' full-text index cost the
     * import some 45 us a message. */
    "ALTER TABLE identities ADD COLUMN name_key TEXT;"
    "UPDATE identities SET name_key = fd_fold_name (name) WHERE name IS NOT NULL;"
    "CREATE INDEX identities_name_key ON identities(name_key) WHERE name_key IS NOT NULL;"
  },
  { 14,
    /* A channel whose messages can be changed or withdrawn after they
     * were sent (Telegram): when the stored text was last replaced by
     * the author's edit, and when the author deleted the message. A
     * deleted message is kept, marked, as the record of what was said. */
    "ALTER TABLE messages ADD COLUMN edited_at INTEGER;"
    "ALTER TABLE messages ADD COLUMN deleted_at INTEGER;"
  },
  { 15,
    /* Email threading finds a message it has through the message's own
     * row; thread_ids keeps only ids named but not received. The rows
     * of received mail held each Message-ID a second time. */
    "DELETE FROM thread_ids WHERE EXISTS (SELECT 1 FROM messages m"
    "  WHERE m.channel = thread_ids.channel AND m.remote_id = thread_ids.remote_id);"
  },
  { 16,
    /* Response targets and reports (src/core/reports/). The profile's
     * settings that are not an account's: business hours, time zone,
     * days off, response targets. */
    "CREATE TABLE profile_settings ("
    "  key TEXT PRIMARY KEY,"
    "  value TEXT NOT NULL"
    ") WITHOUT ROWID;"
    /* Waits (fd-waits-sql.h): kept up to date as messages arrive and
     * replies are sent, so a report reads rows instead of replaying every
     * conversation. ended_at is NULL while the wait is open. */
    "CREATE TABLE waits ("
    "  id INTEGER PRIMARY KEY,"
    "  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
    "  message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
    "  channel TEXT NOT NULL,"
    "  started_at INTEGER NOT NULL,"
    "  ended_at INTEGER,"
    "  kind INTEGER NOT NULL DEFAULT 0,"  /* FD_WAIT_OPEN, _REPLIED, _MARKED */
    "  reply_id INTEGER REFERENCES messages(id) ON DELETE SET NULL"
    ");"
    "CREATE INDEX waits_conversation ON waits(conversation_id, started_at);"
    "CREATE INDEX waits_message ON waits(message_id);"
    "CREATE INDEX waits_reply ON waits(reply_id) WHERE reply_id IS NOT NULL;"
    "CREATE INDEX waits_started ON waits(started_at, channel, kind, ended_at);"
    /* A report reads a period's arrivals from the index alone. */
    "CREATE INDEX messages_arrivals ON messages(sort_key, channel, conversation_id, lang)"
    "  WHERE direction = 0;"
    FD_WAITS_SQL_BUILD ("1") ";"
    /* Whatever changes a customer's message to answered (Mark as
     * Answered in the window or the CLI, the server's flag, archiving, a
     * group of repeats marked answered) ends the conversation's open wait
     * once nothing in it is unanswered, unless a reply of ours that went
     * out after it did (that one is counted by fd-waits.c). */
    "CREATE TRIGGER waits_marked_answered AFTER UPDATE OF state ON messages"
    "  WHEN new.direction = 0 AND old.state < 2 AND new.state >= 2 BEGIN"
    "  UPDATE waits SET kind = 2, ended_at = max (started_at, CAST (strftime ('%s', 'now') AS INTEGER))"
    "  WHERE conversation_id = new.conversation_id AND kind = 0"
    "    AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = new.conversation_id"
    "                    AND m.direction = 0 AND m.state < 2)"
    "    AND NOT EXISTS (SELECT 1 FROM messages r WHERE r.conversation_id = new.conversation_id"
    "                    AND r.direction = 1"
    "                    AND r.sort_key > (SELECT s.sort_key FROM messages s WHERE s.id = waits.message_id)"
    "                    AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_id = r.id AND o.state != 2));"
    "END;"
    /* Marked unanswered again: the wait it ended is open again. */
    "CREATE TRIGGER waits_reopened AFTER UPDATE OF state ON messages"
    "  WHEN new.direction = 0 AND old.state >= 2 AND new.state < 2 BEGIN"
    "  UPDATE waits SET kind = 0, ended_at = NULL WHERE kind = 2 AND id ="
    "    (SELECT id FROM waits WHERE conversation_id = new.conversation_id"
    "     ORDER BY started_at DESC, id DESC LIMIT 1);"
    "END;"
    /* Threading merges conversations by moving their messages. */
    "CREATE TRIGGER waits_moved AFTER UPDATE OF conversation_id ON messages BEGIN"
    "  UPDATE waits SET conversation_id = new.conversation_id WHERE message_id = new.id;"
    "END;"
  },
  { 17,
    /* Snoozes (fd-snooze.c): a conversation put aside until a time.
     * woken_at is NULL while it sleeps; announced once the app has said
     * it is back. */
    "CREATE TABLE snoozes ("
    "  conversation_id INTEGER PRIMARY KEY REFERENCES conversations(id) ON DELETE CASCADE,"
    "  until INTEGER NOT NULL,"
    "  created_at INTEGER NOT NULL,"
    "  woken_at INTEGER,"
    "  woken_by INTEGER NOT NULL DEFAULT 0,"  /* FdSnoozeWake */
    "  announced INTEGER NOT NULL DEFAULT 0"
    ");"
    "CREATE INDEX snoozes_until ON snoozes(until) WHERE woken_at IS NULL;"
    /* The customer writes again: awake at once, whichever way the message
     * came in. A message older than the snooze (an import, a late fetch)
     * leaves it asleep. Its notification is the message's own. */
    "CREATE TRIGGER snoozes_wake_on_message AFTER INSERT ON messages"
    "  WHEN new.direction = 0 BEGIN"
    "  UPDATE snoozes SET woken_at = new.created_at, woken_by = 1, announced = 1"
    "  WHERE conversation_id = new.conversation_id AND woken_at IS NULL"
    "    AND new.created_at >= created_at;"
    "END;"
  },
  { 18,
    /* Saved replies (fd-saved-replies.c): a title and a text per language.
     * default_lang is the variant translated when the customer's language
     * has none; uses and used_at order the list. */
    "CREATE TABLE saved_replies ("
    "  id INTEGER PRIMARY KEY,"
    "  title TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    "  default_lang TEXT NOT NULL,"
    "  position INTEGER NOT NULL DEFAULT 0,"
    "  uses INTEGER NOT NULL DEFAULT 0,"
    "  used_at INTEGER,"
    "  created_at INTEGER NOT NULL"
    ");"
    "CREATE TABLE saved_reply_variants ("
    "  reply_id INTEGER NOT NULL REFERENCES saved_replies(id) ON DELETE CASCADE,"
    "  lang TEXT NOT NULL,"
    "  text TEXT NOT NULL,"
    "  updated_at INTEGER NOT NULL,"
    "  PRIMARY KEY (reply_id, lang)"
    ") WITHOUT ROWID;"
    /* Signatures (fd-signatures.c): per account, lang '' for any language. */
    "CREATE TABLE signatures ("
    "  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,"
    "  lang TEXT NOT NULL DEFAULT '',"
    "  text TEXT NOT NULL,"
    "  PRIMARY KEY (account_id, lang)"
    ") WITHOUT ROWID;"
  },
  { 19,
    /* Overdue reminders (the app's notifications): the waits (by their
     * conversation and start) already said to be past the response
     * target, so that each is said once, across restarts. */
    "CREATE TABLE overdue_reminders ("
    "  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
    "  started_at INTEGER NOT NULL,"
    "  reminded_at INTEGER NOT NULL,"
    "  PRIMARY KEY (conversation_id, started_at)"
    ") WITHOUT ROWID;"
  },
  { 20,
    /* A reply written in the user's language and sent in the customer's
     * (the composer's translation): what was written, shown next to what
     * was sent. */
    "CREATE TABLE written_replies ("
    "  message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
    "  lang TEXT NOT NULL,"
    "  text TEXT NOT NULL"
    ");"
  },
  { 21,
    /* Repeats across languages (fd-repeats-languages.c), found after
     * ingest, a few posts at a time: the incoming posts up to
     * repeat_language_cursor.message_id have been looked at; the queue
     * holds posts to look at again (their customer changed). */
    "CREATE TABLE repeat_language_queue ("
    "  message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE"
    ");"
    "CREATE TABLE repeat_language_cursor ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  message_id INTEGER NOT NULL"
    ");"
    "INSERT INTO repeat_language_cursor (id, message_id) VALUES (1, 0);"
  },
  { 22,
    /* Zstd dictionaries trained on the profile's own message texts
     * (fd-store-text.c): short texts compress far better against one.
     * A text compressed with a dictionary names it by id; a dictionary
     * is never changed or removed. Texts stored before stay as they are. */
    "CREATE TABLE text_dictionaries ("
    "  id INTEGER PRIMARY KEY,"
    "  dict BLOB NOT NULL,"
    "  created_at INTEGER NOT NULL"
    ");"
  },
  { 23,
    /* A smaller waits table: a customer's message starts at most one
     * wait, so the message's id is the row's, and the index of
     * message_id goes. The triggers that name the table are made again
     * with it. */
    "DROP TRIGGER waits_marked_answered;"
    "DROP TRIGGER waits_reopened;"
    "DROP TRIGGER waits_moved;"
    "CREATE TABLE waits_new ("
    "  message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
    "  conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,"
    "  channel TEXT NOT NULL,"
    "  started_at INTEGER NOT NULL,"
    "  ended_at INTEGER,"
    "  kind INTEGER NOT NULL DEFAULT 0,"  /* FD_WAIT_OPEN, _REPLIED, _MARKED */
    "  reply_id INTEGER REFERENCES messages(id) ON DELETE SET NULL"
    ");"
    "INSERT OR IGNORE INTO waits_new (message_id, conversation_id, channel, started_at, ended_at, kind, reply_id)"
    "  SELECT message_id, conversation_id, channel, started_at, ended_at, kind, reply_id FROM waits ORDER BY id;"
    "DROP TABLE waits;"
    "ALTER TABLE waits_new RENAME TO waits;"
    "CREATE INDEX waits_conversation ON waits(conversation_id, started_at);"
    "CREATE INDEX waits_reply ON waits(reply_id) WHERE reply_id IS NOT NULL;"
    "CREATE INDEX waits_started ON waits(started_at, channel, kind, ended_at);"
    "CREATE TRIGGER waits_marked_answered AFTER UPDATE OF state ON messages"
    "  WHEN new.direction = 0 AND old.state < 2 AND new.state >= 2 BEGIN"
    "  UPDATE waits SET kind = 2, ended_at = max (started_at, CAST (strftime ('%s', 'now') AS INTEGER))"
    "  WHERE conversation_id = new.conversation_id AND kind = 0"
    "    AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = new.conversation_id"
    "                    AND m.direction = 0 AND m.state < 2)"
    "    AND NOT EXISTS (SELECT 1 FROM messages r WHERE r.conversation_id = new.conversation_id"
    "                    AND r.direction = 1"
    "                    AND r.sort_key > (SELECT s.sort_key FROM messages s WHERE s.id = waits.message_id)"
    "                    AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.message_id = r.id AND o.state != 2));"
    "END;"
    "CREATE TRIGGER waits_reopened AFTER UPDATE OF state ON messages"
    "  WHEN new.direction = 0 AND old.state >= 2 AND new.state < 2 BEGIN"
    "  UPDATE waits SET kind = 0, ended_at = NULL WHERE kind = 2 AND message_id ="
    "    (SELECT message_id FROM waits WHERE conversation_id = new.conversation_id"
    "     ORDER BY started_at DESC, message_id DESC LIMIT 1);"
    "END;"
    "CREATE TRIGGER waits_moved AFTER UPDATE OF conversation_id ON messages BEGIN"
    "  UPDATE waits SET conversation_id = new.conversation_id WHERE message_id = new.id;"
    "END;"
  },
  { 24,
    /* Repeats across languages: the posts passed over because no engine
     * here had their pair wait, and are looked at again when the
     * engines' pairs change (repeat_language_cursor.pairs: the pairs of
     * the last run; NULL before this version, when the posts passed
     * over were not kept, so the pass starts over once). */
    "CREATE TABLE repeat_language_waiting ("
    "  message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE"
    ");"
    "ALTER TABLE repeat_language_cursor ADD COLUMN pairs TEXT;"
  },
  { 25,
    /* The version of the rules the repeats of this profile were found
     * with (fd_customers_update_repeat_rules()), and the last customer whose
     * posts were looked at again under newer ones. Profiles before this
     * version had the first rules. */
    "CREATE TABLE repeat_rules ("
    "  id INTEGER PRIMARY KEY CHECK (id = 1),"
    "  version INTEGER NOT NULL,"
    "  customer_cursor INTEGER NOT NULL DEFAULT 0"
    ");"
    /* 0: a new profile, whose posts are all looked at under the
     * rules of the code that stores them. */
    "INSERT INTO repeat_rules (id, version)"
    "  VALUES (1, CASE WHEN EXISTS (SELECT 1 FROM messages) THEN 1 ELSE 0 END);"
  },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == FD_STORE_SCHEMA_VERSION);

const FdMigration *
_fd_store_get_migrations (guint *n_migrations)
{
  *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

static int
get_user_version (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int version = -1;

  if (sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return version;
}

static int
get_foreign_keys (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  int enabled = 0;

  if (sqlite3_prepare_v2 (db, "PRAGMA foreign_keys", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    enabled = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return enabled;
}

static gboolean
migrate_steps (sqlite3  *db,
               int       current,
               int       target_version,
               GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      const FdMigration *m = &migrations[i];
      g_autofree char *bump = NULL;
      int rc;

      if (m->version <= current || m->version > target_version)
        continue;

      g_debug ("Migrating store to version %d", m->version);

      if ((rc = sqlite3_exec (db, "BEGIN IMMEDIATE", NULL, NULL, NULL)) != SQLITE_OK)
        return _fd_store_set_error (db, rc, error);

      bump = g_strdup_printf ("PRAGMA user_version = %d; PRAGMA application_id = %d;",
                              m->version, FD_STORE_APPLICATION_ID);

      if ((rc = sqlite3_exec (db, m->sql, NULL, NULL, NULL)) != SQLITE_OK ||
          (rc = sqlite3_exec (db, bump, NULL, NULL, NULL)) != SQLITE_OK)
        {
          g_autoptr(GError) local_error = NULL;

          _fd_store_set_error (db, rc, &local_error);
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          g_set_error (error, FD_STORE_ERROR, local_error->code,
                       _("Could not upgrade the message store to version %d: %s"),
                       m->version, local_error->message);
          return FALSE;
        }

      if ((rc = sqlite3_exec (db, "COMMIT", NULL, NULL, NULL)) != SQLITE_OK)
        {
          _fd_store_set_error (db, rc, error);
          sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return TRUE;
}

/* Steps that make a table anew (SQLite's way to change a column) drop the
 * old table: with foreign keys on, that would delete or clear every row
 * that refers to it. The pragma cannot change inside a transaction, so it
 * is set around all the steps. */
gboolean
_fd_store_migrate (sqlite3  *db,
                   int       target_version,
                   GError  **error)
{
  int current = get_user_version (db);
  int foreign_keys;
  gboolean ok;

  if (current < 0)
    return _fd_store_set_error (db, sqlite3_errcode (db), error);
  if (current >= target_version)
    return TRUE;

  foreign_keys = get_foreign_keys (db);
  if (foreign_keys)
    sqlite3_exec (db, "PRAGMA foreign_keys = OFF", NULL, NULL, NULL);
  ok = migrate_steps (db, current, target_version, error);
  if (foreign_keys)
    sqlite3_exec (db, "PRAGMA foreign_keys = ON", NULL, NULL, NULL);

  return ok;
}
