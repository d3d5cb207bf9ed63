package org.regionaltc.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerifiedCredentialsTests {

    private final VerifiedCredentials verified = new VerifiedCredentials();

    @Test
    void acceptsOnlyTheSamePasswordAgainstTheSameStoredHash() {
        verified.remember("Ana", "right-password", "{bcrypt}hash-1");
        assertThat(verified.accepted("ana", "right-password", "{bcrypt}hash-1")).isTrue();
        assertThat(verified.accepted("ana", "wrong-password", "{bcrypt}hash-1")).isFalse();
        assertThat(verified.accepted("bob", "right-password", "{bcrypt}hash-1")).isFalse();
        assertThat(verified.accepted("ana", "right-password", "{bcrypt}hash-2")).isFalse();
    }

    @Test
    void forgetsAnAccountThatChangedOrFailedToSignIn() {
        verified.remember("ana", "right-password", "{bcrypt}hash-1");
        verified.remember("bob", "his-password", "{bcrypt}hash-b");
        verified.on(new AccountChanged("ANA", null));
        assertThat(verified.accepted("ana", "right-password", "{bcrypt}hash-1")).isFalse();
        assertThat(verified.accepted("bob", "his-password", "{bcrypt}hash-b")).isTrue();
        verified.forget("bob");
        assertThat(verified.size()).isZero();
    }
}
