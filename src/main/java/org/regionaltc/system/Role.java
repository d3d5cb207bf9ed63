package org.regionaltc.system;

/** The roles a user account can hold; an ADMIN can do everything an OFFICER can. */
public enum Role {
    ADMIN, OFFICER, FOCAL_POINT, DONOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
