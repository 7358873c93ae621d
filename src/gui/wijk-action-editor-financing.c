/* wijk-action-editor-financing.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-action-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-action-editor-private.h"

/* Financing lines */

static gint
find_line (const WijkAction *action,
           const char       *id)
{
  for (guint i = 0; i < action->financing->len; i++)
    {
      const WijkFinancing *line = g_ptr_array_index (action->financing, i);

      if (g_strcmp0 (line->id, id) == 0)
        return i;
    }
  return -1;
}

static void
financing_edited_cb (WijkActionEditor *self,
                     WijkFinancingRow *row)
{
  g_autoptr(WijkAction) action = NULL;
  gint index;

  if (self->syncing > 0 || (action = wijk_action_editor_dup_action (self)) == NULL)
    return;
  index = find_line (action, wijk_financing_row_get_id (row));
  if (index < 0)
    return;
  wijk_financing_row_apply (row, g_ptr_array_index (action->financing, index));
  wijk_action_editor_commit (self, action);
}

static void
financing_remove_cb (WijkActionEditor *self,
                     WijkFinancingRow *row)
{
  g_autoptr(WijkAction) action = NULL;
  gint index;

  if ((action = wijk_action_editor_dup_action (self)) == NULL)
    return;
  index = find_line (action, wijk_financing_row_get_id (row));
  if (index < 0)
    return;
  g_ptr_array_remove_index (action->financing, index);
  wijk_action_editor_commit (self, action);
}

static gboolean
same_lines (WijkActionEditor *self,
            const WijkAction *action)
{
  if (self->financing_rows->len != action->financing->len)
    return FALSE;
  for (guint i = 0; i < action->financing->len; i++)
    {
      const WijkFinancing *line = g_ptr_array_index (action->financing, i);

      if (g_strcmp0 (wijk_financing_row_get_id (g_ptr_array_index (self->financing_rows, i)),
                     line->id) != 0)
        return FALSE;
    }
  return TRUE;
}

void
wijk_action_editor_sync_financing (WijkActionEditor   *self,
                                   const WijkWorkshop *ws,
                                   const WijkAction   *action)
{
  if (!same_lines (self, action))
    {
      g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                              g_free, NULL);

      /* Lines that stay keep their expanded state. */
      for (guint i = 0; i < self->financing_rows->len; i++)
        {
          WijkFinancingRow *row = g_ptr_array_index (self->financing_rows, i);

          if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
            g_hash_table_add (expanded, g_strdup (wijk_financing_row_get_id (row)));
        }
      wijk_action_editor_remove_rows (self->financing_group, self->financing_rows);
      wijk_action_editor_show_placeholder (self->financing_group,
                                           self->financing_placeholder, FALSE);

      for (guint i = 0; i < action->financing->len; i++)
        {
          const WijkFinancing *line = g_ptr_array_index (action->financing, i);
          GtkWidget *row = wijk_financing_row_new ();

          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row),
                                         g_hash_table_contains (expanded, line->id));
          g_signal_connect_object (row, "edited", G_CALLBACK (financing_edited_cb), self,
                                   G_CONNECT_SWAPPED);
          g_signal_connect_object (row, "remove", G_CALLBACK (financing_remove_cb), self,
                                   G_CONNECT_SWAPPED);
          g_ptr_array_add (self->financing_rows, row);
          adw_preferences_group_add (self->financing_group, row);
        }
    }
  wijk_action_editor_show_placeholder (self->financing_group, self->financing_placeholder,
                                       action->financing->len == 0);

  for (guint i = 0; i < action->financing->len; i++)
    {
      WijkFinancingRow *row = g_ptr_array_index (self->financing_rows, i);

      wijk_financing_row_set_organisations (row, ws, action);
      wijk_financing_row_set_line (row, g_ptr_array_index (action->financing, i), i + 1);
    }
}

/* A name typed into a line is kept when the editor turns to another action
 * or closes. */
void
wijk_action_editor_commit_pending_financing (WijkActionEditor *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  /* A commit refreshes the rows: walk a list that keeps them alive. */
  for (guint i = 0; i < self->financing_rows->len; i++)
    g_ptr_array_add (rows, g_object_ref (g_ptr_array_index (self->financing_rows, i)));
  for (guint i = 0; i < rows->len; i++)
    wijk_financing_row_commit_pending (g_ptr_array_index (rows, i));
}

void
wijk_action_editor_add_financing_action (GtkWidget  *widget,
                                         const char *action_name,
                                         GVariant   *parameter)
{
  WijkActionEditor *self = WIJK_ACTION_EDITOR (widget);
  g_autoptr(WijkAction) action = wijk_action_editor_dup_action (self);
  g_autofree char *id = wijk_new_id ();
  WijkFinancing *line;

  if (action == NULL)
    return;

  line = wijk_financing_new (id);
  line->kind = WIJK_FINANCING_OWN_FUNDS;
  g_ptr_array_add (action->financing, line);
  if (wijk_action_editor_commit (self, action))
    {
      /* The new line opens, ready to be filled in. */
      for (guint i = 0; i < self->financing_rows->len; i++)
        {
          WijkFinancingRow *row = g_ptr_array_index (self->financing_rows, i);

          if (g_strcmp0 (wijk_financing_row_get_id (row), id) == 0)
            adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
        }
    }
}
