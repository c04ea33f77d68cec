package org.conflictmap.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** A failure in the UI is logged and shown as a short notification, never as a stack trace. */
@Component
class UiErrors implements VaadinServiceInitListener {
    private static final Logger log = LoggerFactory.getLogger(UiErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            log.error("Unexpected failure in the UI", error.getThrowable());
            UI ui = UI.getCurrent();
            if (ui != null) {
                Notification n = Notification.show("Something went wrong; the error was logged. Please try again.",
                        5000, Notification.Position.BOTTOM_CENTER);
                n.addThemeVariants(NotificationVariant.ERROR);
            }
        }));
    }
}
