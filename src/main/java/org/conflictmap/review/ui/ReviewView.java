package org.conflictmap.review.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.conflictmap.actor.ActorService;
import org.conflictmap.article.ArticleService;
import org.conflictmap.gazetteer.Gazetteer;
import org.conflictmap.review.ReviewEdit;
import org.conflictmap.review.ReviewException;
import org.conflictmap.review.ReviewItemView;
import org.conflictmap.review.ReviewService;
import org.conflictmap.review.StaleReviewException;

/**
 * The editors' screen: import articles, work through the queue of pending items, and for the selected one correct
 * its fields and accept or reject it while reading its sentence in the article.
 */
@Route("review")
@PageTitle("Review — Conflict map")
@RolesAllowed("EDITOR")
public class ReviewView extends VerticalLayout {
    private final ReviewService review;
    private final ArticleService articles;
    private final Grid<ReviewItemView> queue = new Grid<>();
    private final Span queueCount = new Span();
    private final ItemEditor editor;
    private final ArticleTextView text = new ArticleTextView();
    private final Paragraph hint = new Paragraph("Choose an item under “Pending items” to see the sentence it "
            + "comes from, highlighted in its article, then correct it if needed and accept or reject it. Only "
            + "accepted items reach the public map. With the keyboard: Tab to the list, arrow keys to move, Space "
            + "to choose.");

    ReviewView(ReviewService review, ArticleService articles, Gazetteer gazetteer, ActorService actors,
               AuthenticationContext auth) {
        this.review = review;
        this.articles = articles;
        addClassName("review-view");
        setSizeFull();

        H1 title = new H1("Review");
        title.addClassName("app-title");
        Anchor map = new Anchor("", "Map");
        map.setId("map-link");
        Span user = new Span("Signed in as " + auth.getPrincipalName().orElse("?"));
        Button logout = new Button("Log out", e -> auth.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout header = new HorizontalLayout(title, map, user, logout);
        header.addClassName("review-header");
        header.setWidthFull();
        header.setFlexGrow(1, user);

        queue.setId("review-queue");
        queue.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        queue.addColumn(ReviewItemView::what).setHeader("What").setAutoWidth(true);
        queue.addColumn(v -> v.placeName() == null ? "?" : v.placeName()).setHeader("Place").setAutoWidth(true);
        queue.addColumn(v -> v.date() == null ? "?" : v.date().toString()).setHeader("Date").setAutoWidth(true);
        queue.addColumn(v -> Math.round(v.confidence() * 100) + " %").setHeader("Conf.").setAutoWidth(true);
        queue.addColumn(ReviewItemView::articleTitle).setHeader("Article").setFlexGrow(1);
        queue.setItems(q -> review.pending(q.getOffset(), q.getLimit()).stream());
        queue.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        queueCount.setId("queue-count");

        VerticalLayout left = new VerticalLayout(new ArticleUpload(articles, this::refresh),
                new H3("Pending items"), queueCount, queue);
        left.addClassName("review-left");
        left.setFlexGrow(1, queue);
        editor = new ItemEditor(gazetteer, actors.all(), this::decided);
        hint.setId("review-hint");
        hint.addClassName("review-hint");
        VerticalLayout right = new VerticalLayout(hint, editor, text);
        right.addClassName("review-right");

        SplitLayout columns = new SplitLayout(left, right);
        columns.addClassName("review-columns");
        columns.setSizeFull();
        columns.setSplitterPosition(45);
        add(header, columns);
        setFlexGrow(1, columns);
        refresh();
    }

    private void refresh() {
        int pending = review.countPending();
        queueCount.setText(pending == 0 ? "Nothing to review." : pending + " item(s) pending");
        queue.getDataProvider().refreshAll();
    }

    private void show(ReviewItemView item) {
        editor.show(item);
        hint.setVisible(item == null);
        if (item == null) {
            text.clear();
            return;
        }
        articles.find(item.articleId()).ifPresentOrElse(a -> text.show(a.getBody(), item.start(), item.end(),
                item.mentionStart(), item.mentionEnd()), text::clear);
    }

    private void decided(ReviewItemView item, ItemEditor.Decision decision, ReviewEdit edit) {
        try {
            switch (decision) {
                case ACCEPT -> {
                    ReviewService.Accepted accepted = review.accept(item.id(), edit);
                    notify(accepted.merged() ? "Accepted: added as a further source of an item already on the map."
                            : "Accepted: it is on the map now.", false);
                }
                case REJECT -> {
                    review.reject(item.id(), edit.version());
                    notify("Rejected: it stays off the map.", false);
                }
                case SAVE -> {
                    ReviewItemView saved = review.save(item.id(), edit);
                    notify("Saved.", false);
                    refresh();
                    queue.select(saved);
                    return;
                }
            }
            refresh();
            queue.asSingleSelect().clear();
            review.pending(0, 1).stream().findFirst().ifPresent(queue::select);
        } catch (ReviewException e) {
            notify(e.getMessage(), true);
        } catch (StaleReviewException e) {
            notify(e.getMessage(), true);
            refresh();
            Optional<ReviewItemView> fresh = review.find(item.id());
            ReviewItemView still = fresh.filter(f -> f.status() == org.conflictmap.review.ReviewStatus.PENDING)
                    .orElse(null);
            editor.show(still);
            hint.setVisible(still == null);
        }
    }

    private static void notify(String message, boolean error) {
        Notification n = Notification.show(message, error ? 8000 : 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(error ? NotificationVariant.ERROR : NotificationVariant.SUCCESS);
    }
}
