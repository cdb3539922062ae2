package com.theogen.security.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "users")
class UserEntity {

    @Id
    private UUID id;

    @Column(length = 320)
    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 500)
    private String issuer;

    @Column(length = 255)
    private String subject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserEntity() {}

    /** A new user: a fresh id, created now; the caller sets how the user signs in. */
    private UserEntity(String displayName) {
        this.id = UUID.randomUUID();
        this.displayName = displayName;
        this.createdAt = Instant.now();
    }

    static UserEntity local(String email, String passwordHash, String displayName) {
        UserEntity user = new UserEntity(displayName);
        user.email = email;
        user.passwordHash = passwordHash;
        return user;
    }

    static UserEntity external(String issuer, String subject, String displayName) {
        UserEntity user = new UserEntity(displayName);
        user.issuer = issuer;
        user.subject = subject;
        return user;
    }

    UUID id() {
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }
}
