/* wijk-organisations-view-edit.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-organisations-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "wijk-organisations-view-private.h"

/* The edits of the organisations view: one committed store edit per
 * change of a field, and adding and deleting organisations. */

/* Colours for new organisations: Paul Tol's "muted" scheme, distinguishable
 * with the common colour-vision deficiencies and apart from the theme
 * colours (Okabe–Ito) of the action markers. */
static const char * const palette[] = {
  "#332288", "#88CCEE", "#44AA99", "#117733", "#999933",
  "#DDCC77", "#CC6677", "#882255", "#AA4499", "#DDDDDD",
};

static gboolean
commit (WijkOrganisationsView  *self,
        const WijkOrganisation *org)
{
  g_autoptr(GError) error = NULL;

  if (wijk_store_put_organisation (wijk_organisations_view_get_store (self), org, &error))
    return TRUE;
  g_signal_emit_by_name (self, "error", error->message);
  wijk_organisations_view_sync_editor (self);
  return FALSE;
}

/* Edits */

void
wijk_organisations_view_commit_name (WijkOrganisationsView *self)
{
  g_autoptr(WijkOrganisation) org = NULL;
  g_autofree char *name = NULL;

  if (self->syncing > 0 || (org = wijk_organisations_view_dup_organisation (self)) == NULL)
    return;
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  if (g_strcmp0 (org->name, name) == 0)
    return;

  g_free (org->name);
  org->name = g_strdup (name);
  if (commit (self, org))
    {
      g_free (self->synced_name);
      self->synced_name = g_steal_pointer (&name);
    }
}

static void
name_activated_cb (WijkOrganisationsView *self)
{
  wijk_organisations_view_commit_name (self);
}

static void
name_focus_leave_cb (WijkOrganisationsView *self)
{
  wijk_organisations_view_commit_name (self);
}

static void
kind_selected_cb (WijkOrganisationsView *self)
{
  g_autoptr(WijkOrganisation) org = NULL;
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (self->syncing > 0 || kind >= WIJK_N_ORG_KINDS ||
      (org = wijk_organisations_view_dup_organisation (self)) == NULL)
    return;
  if (org->kind == (WijkOrgKind) kind)
    return;
  org->kind = kind;
  commit (self, org);
}

static void
colour_set_cb (WijkOrganisationsView *self)
{
  g_autoptr(WijkOrganisation) org = NULL;
  GdkRGBA rgba;

  if (self->syncing > 0 || (org = wijk_organisations_view_dup_organisation (self)) == NULL)
    return;
  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->colour_button), &rgba);
  g_free (org->colour);
  org->colour = g_strdup_printf ("#%02x%02x%02x",
                                 (guint) round (CLAMP (rgba.red, 0., 1.) * 255),
                                 (guint) round (CLAMP (rgba.green, 0., 1.) * 255),
                                 (guint) round (CLAMP (rgba.blue, 0., 1.) * 255));
  commit (self, org);
}

static void
employees_changed_cb (WijkOrganisationsView *self)
{
  g_autoptr(WijkOrganisation) org = NULL;

  if (self->syncing > 0 || (org = wijk_organisations_view_dup_organisation (self)) == NULL ||
      !wijk_spin_differs (self->employees_spin, org->employees))
    return;
  org->employees = (gint64) gtk_spin_button_get_value (self->employees_spin);
  commit (self, org);
}

static void
energy_changed_cb (WijkOrganisationsView *self)
{
  g_autoptr(WijkOrganisation) org = NULL;

  if (self->syncing > 0 || (org = wijk_organisations_view_dup_organisation (self)) == NULL ||
      !wijk_spin_differs (self->energy_spin, org->baseline_mwh_per_year))
    return;
  org->baseline_mwh_per_year = gtk_spin_button_get_value (self->energy_spin);
  commit (self, org);
}

static void
emissions_changed_cb (WijkOrganisationsView *self)
{
  g_autoptr(WijkOrganisation) org = NULL;

  if (self->syncing > 0 || (org = wijk_organisations_view_dup_organisation (self)) == NULL ||
      !wijk_spin_differs (self->emissions_spin, org->baseline_t_co2_per_year))
    return;
  org->baseline_t_co2_per_year = gtk_spin_button_get_value (self->emissions_spin);
  commit (self, org);
}

static void
illustrative_changed_cb (WijkOrganisationsView *self)
{
  g_autoptr(WijkOrganisation) org = NULL;
  gboolean active = gtk_switch_get_active (self->illustrative_switch);

  if (self->syncing > 0 || (org = wijk_organisations_view_dup_organisation (self)) == NULL ||
      org->illustrative == active)
    return;
  org->illustrative = active;
  commit (self, org);
}

/* Add and delete */

static const char *
pick_colour (const WijkWorkshop *ws)
{
  /* The first colour of the palette no organisation has yet; once all are
   * taken, they come round again. */
  for (guint i = 0; i < G_N_ELEMENTS (palette); i++)
    {
      gboolean used = FALSE;

      for (guint j = 0; j < ws->organisations->len && !used; j++)
        {
          const WijkOrganisation *org = g_ptr_array_index (ws->organisations, j);

          used = org->colour != NULL && g_ascii_strcasecmp (org->colour, palette[i]) == 0;
        }
      if (!used)
        return palette[i];
    }
  return palette[ws->organisations->len % G_N_ELEMENTS (palette)];
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  WijkOrganisationsView *self = WIJK_ORGANISATIONS_VIEW (widget);
  g_autoptr(WijkOrganisation) org = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = wijk_new_id ();

  if (self->model == NULL)
    return;

  org = wijk_organisation_new (id);
  org->name = g_strdup (_("New organisation"));
  org->kind = WIJK_ORG_KIND_COMPANY;
  org->colour = g_strdup (pick_colour (wijk_workshop_model_get_workshop (self->model)));
  if (!wijk_store_put_organisation (wijk_organisations_view_get_store (self), org, &error))
    {
      g_signal_emit_by_name (self, "error", error->message);
      return;
    }
  /* The model brought its list up to date during the edit. */
  if (wijk_organisations_view_select (self, id))
    {
      wijk_organisations_view_show_editor (self);
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      gtk_editable_select_region (GTK_EDITABLE (self->name_row), 0, -1);
    }
}

static void
undo_delete_cb (AdwToast  *toast,
                WijkStore *store)
{
  g_autoptr(GError) error = NULL;

  if (!wijk_store_undo (store, &error))
    g_warning ("Could not undo the delete: %s", error->message);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WijkOrganisationsView *self = WIJK_ORGANISATIONS_VIEW (widget);
  const WijkOrganisation *org = wijk_organisations_view_peek_organisation (self);
  WijkStore *store = wijk_organisations_view_get_store (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *id = NULL;
  AdwToast *toast;

  if (org == NULL)
    return;

  /* Translators: a toast after deleting an organisation; %s is its name */
  title = g_strdup_printf (_("“%s” deleted"), org->name);
  /* A copy: the record, and its id, are gone once the delete is done. */
  id = g_strdup (org->id);
  if (!wijk_store_delete_organisation (store, id, &error))
    {
      /* Most often WIJK_STORE_ERROR_IN_USE: it still co-owns actions. */
      wijk_organisations_view_show_error (self, error->message);
      g_signal_emit_by_name (self, "error", error->message);
      return;
    }

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_delete_cb), store, 0);
  /* Undo from the toast undoes the delete only: any later edit takes the
   * toast away. */
  g_signal_connect_object (store, "changed", G_CALLBACK (adw_toast_dismiss), toast,
                           G_CONNECT_SWAPPED);
  g_signal_emit_by_name (self, "toast", toast);
  g_object_unref (toast);
}

void
wijk_organisations_view_init_edits (WijkOrganisationsView *self)
{
  self->name_focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (self->name_focus, "leave", G_CALLBACK (name_focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->name_row), self->name_focus);
}

void
wijk_organisations_view_class_init_edits (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, name_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, colour_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, employees_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, energy_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, emissions_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, illustrative_changed_cb);

  gtk_widget_class_install_action (widget_class, "organisations.add", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "organisations.delete", NULL, delete_action);
}
