/* fault-server.h: a tiny messaging API that misbehaves on purpose.
 *
 * Runs a SoupServer on 127.0.0.1 (a free port) in its own thread. Driven
 * by a seeded GRand it drops connections (before or after doing the
 * work), stalls past the client's timeout, answers 500, 429 with
 * Retry-After, or garbage JSON. POST /replies stores each reply once per
 * Idempotency-Key, so tests can check that every reply arrived exactly
 * once. See tests/fd-loopback-provider.c for the API.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _FaultServer FaultServer;

typedef enum {
  FAULT_DROP_BEFORE,   /* connection closed, nothing done */
  FAULT_DROP_AFTER,    /* work done, connection closed: the answer is lost */
  FAULT_STALL,         /* work done, no answer before the client gives up */
  FAULT_ERROR_500,     /* nothing done */
  FAULT_RATE_LIMIT,    /* 429 with Retry-After, nothing done */
  FAULT_GARBAGE,       /* work done, 200 with broken JSON */
  N_FAULTS
} FaultKind;

typedef struct
{
  guint  id;
  char  *key;
  char  *in_reply_to;
  char  *text;
  guint  n_posts;      /* POSTs received with this key */
} FaultReply;

FaultServer *fault_server_new            (guint32       seed);
void         fault_server_free           (FaultServer  *self);
const char  *fault_server_get_url        (FaultServer  *self);

/* Probability of each fault per request; all 0 by default. */
void         fault_server_set_rate       (FaultServer  *self,
                                          FaultKind     kind,
                                          double        probability);
void         fault_server_clear_faults   (FaultServer  *self);
void         fault_server_set_stall_ms   (FaultServer  *self,
                                          guint         stall_ms);
void         fault_server_set_retry_after (FaultServer *self,
                                           guint        seconds);
/* Requests without "Authorization: Bearer TOKEN" get 401; NULL: open. */
void         fault_server_set_token      (FaultServer  *self,
                                          const char   *token);

/* A customer message; returns its id ("m1", "m2"…). */
char        *fault_server_add_message    (FaultServer  *self,
                                          const char   *thread,
                                          const char   *handle,
                                          const char   *text);
guint        fault_server_get_n_messages (FaultServer  *self);

/* (element-type FaultReply) a snapshot, in arrival order */
GPtrArray   *fault_server_dup_replies    (FaultServer  *self);
void         fault_reply_free            (FaultReply   *reply);
guint        fault_server_get_n_state_changes (FaultServer *self);

guint        fault_server_get_n_requests (FaultServer  *self);
guint        fault_server_get_n_faults   (FaultServer  *self,
                                          FaultKind     kind);
guint        fault_server_get_total_faults (FaultServer *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FaultReply, fault_reply_free)

G_END_DECLS
