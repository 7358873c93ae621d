/* wijk-new-action-dialog.c
 *
 * Copyright 2026 The Wijkpact authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "wijk-new-action-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "wijk-new-action-dialog-private.h"
#include "wijk-swatch.h"
#include "wijk-widget-style.h"

struct _WijkNewActionDialog
{
  AdwWindow parent_instance;

  GtkBox *content_box;
  AdwEntryRow *title_row;
  AdwComboRow *theme_row;
  GtkStringList *themes;
  GtkButton *create_button;

  /* Per theme: its group (NULL when the catalogue has no type of it);
   * per catalogue type: its row and radio button. */
  GtkWidget *groups[WIJK_N_THEMES];
  GPtrArray *rows;
  GPtrArray *checks;
  WijkTheme theme_of_choice[WIJK_N_THEMES];
  guint n_theme_choices;
  const WijkActionType *type;
  gboolean area_only;
};

G_DEFINE_FINAL_TYPE (WijkNewActionDialog, wijk_new_action_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_AREA_ONLY,
  N_PROPS
};

enum {
  CREATE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
type_allowed (WijkNewActionDialog  *self,
              const WijkActionType *type)
{
  return !self->area_only || type->area_param >= 0;
}

/* Shows the groups of the chosen theme ("All themes" is choice 0) and the
 * types that fit the location. */
static void
update_visibility (WijkNewActionDialog *self)
{
  guint choice = adw_combo_row_get_selected (self->theme_row);
  gboolean shown[WIJK_N_THEMES] = { FALSE, };

  for (guint i = 0; i < self->rows->len; i++)
    {
      const WijkActionType *type = wijk_catalog_get_type (i);
      gboolean allowed = type_allowed (self, type);

      gtk_widget_set_visible (g_ptr_array_index (self->rows, i), allowed);
      shown[type->theme] |= allowed;
      if (!allowed && type == self->type)
        {
          gtk_check_button_set_active (g_ptr_array_index (self->checks, i), FALSE);
          self->type = NULL;
        }
    }
  for (guint t = 0; t < WIJK_N_THEMES; t++)
    if (self->groups[t] != NULL)
      gtk_widget_set_visible (self->groups[t],
                              shown[t] && (choice == 0 || choice == GTK_INVALID_LIST_POSITION ||
                                           self->theme_of_choice[choice - 1] == t));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create", self->type != NULL);
}

static void
theme_selected_cb (WijkNewActionDialog *self)
{
  update_visibility (self);
}

static void
check_toggled_cb (WijkNewActionDialog *self,
                  GtkCheckButton      *check)
{
  guint index;

  if (!gtk_check_button_get_active (check) || !g_ptr_array_find (self->checks, check, &index))
    return;
  self->type = wijk_catalog_get_type (index);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dialog.create", TRUE);
}

static GtkWidget *
build_type_row (WijkNewActionDialog  *self,
                const WijkActionType *type,
                GtkCheckButton       *group)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *swatch = wijk_swatch_new (wijk_theme_get_colour (type->theme),
                                       wijk_theme_get_icon_name (type->theme));

  wijk_swatch_set_size (WIJK_SWATCH (swatch), 32);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  if (group != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  wijk_action_type_get_description (type),
                                  -1);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self,
                           G_CONNECT_SWAPPED);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), wijk_action_type_get_name (type));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), wijk_action_type_get_description (type));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), swatch);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  wijk_widget_set_accessible_label (check, wijk_action_type_get_name (type));

  g_ptr_array_add (self->checks, check);
  g_ptr_array_add (self->rows, row);
  return row;
}

static void
build_catalogue (WijkNewActionDialog *self)
{
  guint n_types = wijk_catalog_get_n_types ();
  GtkCheckButton *group = NULL;
  char *title;

  gtk_string_list_append (self->themes, _("All themes"));
  for (guint t = 0; t < WIJK_N_THEMES; t++)
    {
      for (guint i = 0; i < n_types; i++)
        {
          const WijkActionType *type = wijk_catalog_get_type (i);

          if (type->theme != t || self->groups[t] != NULL)
            continue;
          /* Group titles are markup: "Efficiency & renovation". */
          title = g_markup_escape_text (wijk_theme_get_label (t), -1);
          self->groups[t] = adw_preferences_group_new ();
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self->groups[t]), title);
          g_free (title);
          gtk_box_append (self->content_box, self->groups[t]);
          gtk_string_list_append (self->themes, wijk_theme_get_label (t));
          self->theme_of_choice[self->n_theme_choices++] = t;
        }
    }

  /* The rows in catalogue order, so that a row's index is its type's. */
  for (guint i = 0; i < n_types; i++)
    {
      const WijkActionType *type = wijk_catalog_get_type (i);
      GtkWidget *row = build_type_row (self, type, group);

      if (group == NULL)
        group = g_ptr_array_index (self->checks, 0);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->groups[type->theme]), row);
    }
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  WijkNewActionDialog *self = WIJK_NEW_ACTION_DIALOG (widget);

  if (self->type == NULL)
    return;
  g_signal_emit (self, signals[CREATE], 0, self->type->id);
  gtk_window_close (GTK_WINDOW (self));
}

static void
wijk_new_action_dialog_finalize (GObject *object)
{
  WijkNewActionDialog *self = WIJK_NEW_ACTION_DIALOG (object);

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->checks, g_ptr_array_unref);

  G_OBJECT_CLASS (wijk_new_action_dialog_parent_class)->finalize (object);
}

static void
wijk_new_action_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  WijkNewActionDialog *self = WIJK_NEW_ACTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_AREA_ONLY:
      g_value_set_boolean (value, self->area_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_new_action_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  WijkNewActionDialog *self = WIJK_NEW_ACTION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_AREA_ONLY:
      wijk_new_action_dialog_set_area_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
wijk_new_action_dialog_class_init (WijkNewActionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = wijk_new_action_dialog_finalize;
  object_class->get_property = wijk_new_action_dialog_get_property;
  object_class->set_property = wijk_new_action_dialog_set_property;

  properties[PROP_AREA_ONLY] =
    g_param_spec_boolean ("area-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * WijkNewActionDialog::create:
   * @type_id: the chosen type's id
   *
   * The user chose a type and pressed "Create"; the dialog closes next.
   */
  signals[CREATE] = g_signal_new ("create", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/wijkpact/Wijkpact/wijk-new-action-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, WijkNewActionDialog, content_box);
  gtk_widget_class_bind_template_child (widget_class, WijkNewActionDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, WijkNewActionDialog, theme_row);
  gtk_widget_class_bind_template_child (widget_class, WijkNewActionDialog, themes);
  gtk_widget_class_bind_template_child (widget_class, WijkNewActionDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, theme_selected_cb);

  gtk_widget_class_install_action (widget_class, "dialog.create", NULL, create_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
wijk_new_action_dialog_init (WijkNewActionDialog *self)
{
  wijk_widget_style_ensure ();
  gtk_widget_init_template (GTK_WIDGET (self));

  self->rows = g_ptr_array_new ();
  self->checks = g_ptr_array_new ();
  build_catalogue (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), GTK_WIDGET (self->create_button));

  wijk_widget_set_accessible_label (GTK_WIDGET (self->title_row), _("New action title"));
  wijk_widget_set_accessible_label (GTK_WIDGET (self->theme_row), _("Theme"));
  wijk_widget_set_accessible_label (GTK_WIDGET (self->create_button), _("Create action"));
  update_visibility (self);
}

/**
 * wijk_new_action_dialog_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer none): a new dialog, not yet shown
 */
WijkNewActionDialog *
wijk_new_action_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (WIJK_TYPE_NEW_ACTION_DIALOG, "transient-for", parent, NULL);
}

/**
 * wijk_new_action_dialog_set_area_only:
 * @self: a #WijkNewActionDialog
 * @area_only: whether to offer only the types drawn as an area (for a
 *   polygon drawn on the map)
 */
void
wijk_new_action_dialog_set_area_only (WijkNewActionDialog *self,
                                      gboolean             area_only)
{
  g_return_if_fail (WIJK_IS_NEW_ACTION_DIALOG (self));

  area_only = !!area_only;
  if (self->area_only == area_only)
    return;
  self->area_only = area_only;
  update_visibility (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AREA_ONLY]);
}

gboolean
wijk_new_action_dialog_get_area_only (WijkNewActionDialog *self)
{
  g_return_val_if_fail (WIJK_IS_NEW_ACTION_DIALOG (self), FALSE);
  return self->area_only;
}

/**
 * wijk_new_action_dialog_select_type:
 * @self: a #WijkNewActionDialog
 * @type_id: a catalogue type id
 *
 * Chooses @type_id, as if the user clicked it.
 *
 * Returns: whether the type exists and is offered
 */
gboolean
wijk_new_action_dialog_select_type (WijkNewActionDialog *self,
                                    const char          *type_id)
{
  const WijkActionType *type;
  gint index;

  g_return_val_if_fail (WIJK_IS_NEW_ACTION_DIALOG (self), FALSE);

  type = type_id != NULL ? wijk_catalog_lookup (type_id) : NULL;
  if (type == NULL || !type_allowed (self, type))
    return FALSE;
  index = wijk_catalog_get_type_index (type);
  gtk_check_button_set_active (g_ptr_array_index (self->checks, index), TRUE);
  return self->type == type;
}

/**
 * wijk_new_action_dialog_get_action_type:
 * @self: a #WijkNewActionDialog
 *
 * Returns: (nullable): the chosen type, %NULL while none is chosen
 */
const WijkActionType *
wijk_new_action_dialog_get_action_type (WijkNewActionDialog *self)
{
  g_return_val_if_fail (WIJK_IS_NEW_ACTION_DIALOG (self), NULL);
  return self->type;
}

/**
 * wijk_new_action_dialog_dup_title:
 * @self: a #WijkNewActionDialog
 *
 * Returns: (transfer full) (nullable): the title typed in, or the chosen
 *   type's name when none was; %NULL while no type is chosen
 */
char *
wijk_new_action_dialog_dup_title (WijkNewActionDialog *self)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (WIJK_IS_NEW_ACTION_DIALOG (self), NULL);

  if (self->type == NULL)
    return NULL;
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  if (title[0] == '\0')
    return g_strdup (wijk_action_type_get_name (self->type));
  return g_steal_pointer (&title);
}

/**
 * wijk_new_action_dialog_dup_action:
 * @self: a #WijkNewActionDialog
 *
 * Makes the new action: a new id, the chosen type with its default
 * parameters, the title, status *idea*, no location and no owners yet.
 *
 * Returns: (transfer full) (nullable): the action, %NULL while no type is
 *   chosen
 */
WijkAction *
wijk_new_action_dialog_dup_action (WijkNewActionDialog *self)
{
  g_autofree char *id = NULL;
  WijkAction *action;

  g_return_val_if_fail (WIJK_IS_NEW_ACTION_DIALOG (self), NULL);

  if (self->type == NULL)
    return NULL;
  id = wijk_new_id ();
  action = wijk_action_new (id, self->type->id);
  wijk_action_type_set_defaults (self->type, action);
  action->title = wijk_new_action_dialog_dup_title (self);
  action->status = WIJK_STATUS_IDEA;
  return action;
}

/* For the tests */

GtkWidget *
wijk_new_action_dialog_get_theme_group (WijkNewActionDialog *self,
                                        WijkTheme            theme)
{
  g_return_val_if_fail (WIJK_IS_NEW_ACTION_DIALOG (self), NULL);
  g_return_val_if_fail ((guint) theme < WIJK_N_THEMES, NULL);
  return self->groups[theme];
}

GtkWidget *
wijk_new_action_dialog_get_type_check (WijkNewActionDialog *self,
                                       const char          *type_id)
{
  const WijkActionType *type;

  g_return_val_if_fail (WIJK_IS_NEW_ACTION_DIALOG (self), NULL);

  type = wijk_catalog_lookup (type_id);
  return type != NULL ? g_ptr_array_index (self->checks, wijk_catalog_get_type_index (type))
                      : NULL;
}

AdwComboRow *
wijk_new_action_dialog_get_theme_row (WijkNewActionDialog *self)
{
  g_return_val_if_fail (WIJK_IS_NEW_ACTION_DIALOG (self), NULL);
  return self->theme_row;
}

AdwEntryRow *
wijk_new_action_dialog_get_title_row (WijkNewActionDialog *self)
{
  g_return_val_if_fail (WIJK_IS_NEW_ACTION_DIALOG (self), NULL);
  return self->title_row;
}

GtkWidget *
wijk_new_action_dialog_get_create_button (WijkNewActionDialog *self)
{
  g_return_val_if_fail (WIJK_IS_NEW_ACTION_DIALOG (self), NULL);
  return GTK_WIDGET (self->create_button);
}
