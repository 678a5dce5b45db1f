/* Printing the deck on the page without leaving the app: Ctrl+P (and the menu's Print Cards…)
 * writes print sheets as a PDF, by the same code as `kletsborden --export-pdf`, in the
 * language the cards are shown in; the toast's Open hands it to the PDF viewer to print. */
#define G_LOG_DOMAIN "kletsborden-play"

#include "config.h"

#include <glib/gi18n.h>

#include "kb-export.h"
#include "kb-play-page-private.h"

/**
 * kb_play_page_print_pdf:
 * @file: where to write the PDF
 *
 * Writes the deck of the session on the page as print sheets (nine cards of real size on an A4
 * page, with cut marks) and says so in a toast, whose Open button shows the file.
 *
 * Returns: whether it was written
 */
gboolean
kb_play_page_print_pdf (KbPlayPage  *self,
                        GFile       *file,
                        GError     **error)
{
  KbPrintOptions options = { KB_PRINT_LAYOUT_A4_3X3, FALSE, TRUE, NULL, NULL };
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (KB_IS_PLAY_PAGE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->session == NULL)
    return TRUE;
  options.lang = kb_session_get_language (self->session);
  if (!kb_export_pdf (kb_session_get_deck (self->session), g_file_peek_path (file), &options,
                      error))
    return FALSE;
  name = g_file_get_basename (file);
  /* Translators: the file name of the PDF just written */
  title = g_strdup_printf (_("Cards saved as “%s”: open it to print"), name);
  _kb_play_undo_show_saved (self, file, title);
  return TRUE;
}

static void
print_response (GtkNativeDialog *dialog,
                int              response,
                KbPlayPage      *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      if (!kb_play_page_print_pdf (self, file, &error))
        _kb_play_keeping_show_error (self, _("The Cards Could Not Be Printed"), error->message);
    }
  g_object_unref (dialog);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  KbPlayPage *self = KB_PLAY_PAGE (widget);
  g_autoptr(GtkFileFilter) pdf = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  if (self->session == NULL)
    return;
  name = g_strdup_printf ("%s.pdf", kb_deck_get_id (kb_session_get_deck (self->session)));
  dialog = gtk_file_chooser_native_new (_("Print the Cards as a PDF"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  gtk_file_filter_set_name (pdf, _("PDF (.pdf)"));
  gtk_file_filter_add_suffix (pdf, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), pdf);
  g_signal_connect (dialog, "response", G_CALLBACK (print_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

void
_kb_play_print_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "play.print", NULL, print_action);
}
