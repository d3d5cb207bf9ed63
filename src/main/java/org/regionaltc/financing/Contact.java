package org.regionaltc.financing;

import org.jspecify.annotations.Nullable;

/** Someone to talk to at a financing body. */
public record Contact(long id, String bodyCode, String name, @Nullable String position, @Nullable String email,
        @Nullable String phone, boolean sample) {
}
