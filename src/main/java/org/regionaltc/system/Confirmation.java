package org.regionaltc.system;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page's write says what it saved: the message travels as a flash attribute across the redirect and the
 * layout shows it once, in the page's language, on the page the redirect lands on.
 */
public final class Confirmation {

    static final String FLASH_ATTRIBUTE = "tc.confirmation";

    private Confirmation() {
    }

    /**
     * Redirects to {@code path} with the message {@code code}; an argument that is itself a message code to
     * translate (a status, a role) is passed as {@link #text(String)}.
     */
    public static String redirect(RedirectAttributes redirect, String path, String code, Object... args) {
        redirect.addFlashAttribute(FLASH_ATTRIBUTE, new DefaultMessageSourceResolvable(new String[] {code}, args));
        return "redirect:" + path;
    }

    /** A message argument translated in the page's language, e.g. a status name. */
    public static DefaultMessageSourceResolvable text(String code) {
        return new DefaultMessageSourceResolvable(new String[] {code}, code);
    }
}
