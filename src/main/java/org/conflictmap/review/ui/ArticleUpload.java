package org.conflictmap.review.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.conflictmap.article.ArticleMeta;
import org.conflictmap.article.ArticleRefused;
import org.conflictmap.article.ArticleService;
import org.conflictmap.article.Imported;
import org.conflictmap.extract.ArticleBytes;

/**
 * Upload of one or many articles (.txt, .html) with optional metadata that overrides what the files say. Each file is
 * imported on its own: one refused file (no date, duplicate, binary) does not stop the others.
 */
class ArticleUpload extends VerticalLayout {
    private final TextField title = new TextField("Title");
    private final TextField publisher = new TextField("Publisher");
    private final TextField url = new TextField("URL");
    private final DatePicker published = new DatePicker("Publication date");
    /** The form as last edited, read by the upload thread (which does not hold the UI lock). */
    private volatile ArticleMeta meta = ArticleMeta.none();

    ArticleUpload(ArticleService articles, Runnable onImported) {
        setPadding(false);
        setSpacing(false);
        title.setId("upload-title");
        publisher.setId("upload-publisher");
        url.setId("upload-url");
        published.setId("upload-published");
        published.setHelperText("Needed when the file has no 'Published:' line");
        published.setMax(LocalDate.now().plusDays(1));
        for (TextField f : new TextField[] {title, publisher, url}) {
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> updateMeta());
        }
        published.addValueChangeListener(e -> updateMeta());
        FormLayout form = new FormLayout(title, publisher, url, published);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((file, bytes) -> {
            // import outside the UI lock, then tell the user
            String message;
            boolean ok;
            try {
                Imported imported = articles.importArticle(bytes, file.fileName(), file.contentType(), meta);
                message = file.fileName() + ": " + imported.pending() + " item(s) to review from “"
                        + imported.title() + "”.";
                ok = true;
            } catch (ArticleRefused e) {
                message = file.fileName() + ": " + e.getMessage();
                ok = false;
            }
            String text = message;
            boolean success = ok;
            ui.access(() -> {
                Notification n = Notification.show(text, success ? 4000 : 8000, Notification.Position.BOTTOM_START);
                n.addThemeVariants(success ? NotificationVariant.SUCCESS : NotificationVariant.ERROR);
                if (success) {
                    onImported.run();
                }
            });
        }));
        upload.setId("article-upload");
        upload.setAcceptedFileTypes("text/plain", "text/html", ".txt", ".html", ".htm");
        upload.setMaxFileSize(ArticleBytes.MAX_BYTES);
        upload.addFileRejectedListener(e -> {
            Notification n = Notification.show(e.getFileName() + ": " + e.getErrorMessage(), 8000,
                    Notification.Position.BOTTOM_START);
            n.addThemeVariants(NotificationVariant.ERROR);
        });
        add(new H3("Import articles"), new Paragraph("Plain text (optionally starting with lines 'Title:', "
                + "'Published: YYYY-MM-DD', 'Source:', 'URL:') or HTML, up to 1 MiB each. Filled fields below apply "
                + "to every file uploaded next."), form, upload);
    }

    private void updateMeta() {
        meta = new ArticleMeta(blankToNull(title.getValue()), blankToNull(publisher.getValue()),
                blankToNull(url.getValue()), published.getValue());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
