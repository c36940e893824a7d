/* fd-account-setup-rows.h: one row per field of a set-up form, for
 * fd-account-setup-page.c: made from the field's kind, read and written
 * as parameter values (fd-account-setup-form.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "fd-account-setup-form.h"

G_BEGIN_DECLS

typedef struct
{
  const FdSetupField *field;
  /* The row; an entry row is also where the value is typed. */
  GtkWidget          *row;
  /* The spin button or switch of a number or switch; else the row. */
  GtkWidget          *control;
} FdSetupRow;

/* A row for @field, at its default value. */
FdSetupRow *fd_setup_row_new          (const FdSetupField *field);
void        fd_setup_row_free         (FdSetupRow         *row);
/* The field's title as a person reads it: translated, without mnemonic. */
char       *fd_setup_row_dup_title    (FdSetupRow         *row);
/* The value as a parameter; NULL when empty (or a switch is off). */
char       *fd_setup_row_dup_value    (FdSetupRow         *row);
/* NULL: back to the field's default. */
void        fd_setup_row_set_value    (FdSetupRow         *row,
                                       const char         *value);
/* Marks the row as the one a problem is about (@message), or not (NULL). */
void        fd_setup_row_set_problem  (FdSetupRow         *row,
                                       const char         *message);

G_END_DECLS
