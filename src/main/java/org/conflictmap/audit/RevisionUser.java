package org.conflictmap.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the signed-in user, or {@value #SYSTEM} for start-up loads and batch imports. */
public class RevisionUser implements RevisionListener {
    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        ((Revision) revisionEntity).setUsername(currentUser());
    }

    /** The name of the signed-in user, or {@value #SYSTEM} when nobody is. */
    public static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return auth.getName();
    }
}
