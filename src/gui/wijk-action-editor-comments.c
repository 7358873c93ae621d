/* wijk-action-editor-comments.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-action-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-action-editor-private.h"

/* Comments */

static gint
compare_comments_newest_first (gconstpointer a,
                               gconstpointer b)
{
  const WijkComment *ca = *(const WijkComment * const *) a;
  const WijkComment *cb = *(const WijkComment * const *) b;

  return (ca->created < cb->created) - (ca->created > cb->created);
}

static GtkWidget *
build_comment_row (const WijkComment *comment)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (comment->created);
  g_autofree char *date = when != NULL ? g_date_time_format (when, "%x %R") : NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();

  if (comment->author != NULL && date != NULL)
    /* Translators: who wrote a comment, and when */
    subtitle = g_strdup_printf (_("%s · %s"), comment->author, date);
  else
    subtitle = g_strdup (comment->author != NULL ? comment->author : date);

  /* Comments come from files that may be untrusted: never markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), comment->text);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "user-available-symbolic");
  return row;
}

void
wijk_action_editor_sync_comments (WijkActionEditor   *self,
                                  const WijkWorkshop *ws,
                                  const WijkAction   *action)
{
  g_autoptr(GPtrArray) comments = g_ptr_array_new ();
  g_autoptr(GString) key = g_string_new (NULL);

  for (guint i = 0; i < ws->comments->len; i++)
    {
      const WijkComment *comment = g_ptr_array_index (ws->comments, i);

      if (g_strcmp0 (comment->action_id, action->id) == 0)
        g_ptr_array_add (comments, (gpointer) comment);
    }
  g_ptr_array_sort (comments, compare_comments_newest_first);
  for (guint i = 0; i < comments->len; i++)
    {
      const WijkComment *comment = g_ptr_array_index (comments, i);

      g_string_append_printf (key, "%s\n%s\n", comment->id, comment->text);
    }
  if (g_strcmp0 (self->comments_key, key->str) == 0)
    return;

  g_free (self->comments_key);
  self->comments_key = g_strdup (key->str);
  wijk_action_editor_remove_rows (self->comments_group, self->comment_rows);
  for (guint i = 0; i < comments->len; i++)
    {
      GtkWidget *row = build_comment_row (g_ptr_array_index (comments, i));

      g_ptr_array_add (self->comment_rows, row);
      adw_preferences_group_add (self->comments_group, row);
    }
}

static void
add_comment (WijkActionEditor *self)
{
  g_autoptr(WijkComment) comment = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *text = NULL;

  if (wijk_action_editor_peek_action (self) == NULL)
    return;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->comment_row))));
  if (text[0] == '\0')
    return;

  id = wijk_new_id ();
  comment = wijk_comment_new (id);
  comment->action_id = g_strdup (self->action_id);
  comment->author = g_strdup (self->author);
  comment->text = g_steal_pointer (&text);
  comment->created = g_get_real_time () / G_USEC_PER_SEC;
  if (!wijk_store_put_comment (self->store, comment, &error))
    {
      wijk_action_editor_report_error (self, error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->comment_row), "");
}

void
wijk_action_editor_comment_activated (WijkActionEditor *self)
{
  add_comment (self);
}

void
wijk_action_editor_add_comment_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  add_comment (WIJK_ACTION_EDITOR (widget));
}
