package com.theogen.security.internal;

import com.theogen.security.Accounts;
import com.theogen.security.AuthenticatedUser;
import com.theogen.security.SecurityError;
import com.theogen.security.SecurityProperties;
import com.theogen.security.UserRegistered;
import com.theogen.shared.DomainException;
import java.net.InetAddress;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Local accounts (register, log in) and the mapping of OIDC identities to TheoGen users. */
@Service
class AccountService implements Accounts {

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TokenService tokens;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AbuseLimits limits;
    private final SecurityProperties properties;
    private final String dummyHash;

    AccountService(
            UserRepository users,
            PasswordEncoder passwordEncoder,
            Optional<TokenService> tokens,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            AbuseLimits limits,
            SecurityProperties properties) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens.orElse(null);
        this.events = events;
        this.transactions = transactions;
        this.limits = limits;
        this.properties = properties;
        this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public SignedIn register(String email, String password, String displayName, InetAddress client) {
        TokenService issuer = requireLocalAccounts();
        if (properties.registration() == SecurityProperties.Registration.CLOSED) {
            throw new DomainException(
                    SecurityError.REGISTRATION_CLOSED,
                    "This server does not accept new accounts; ask its operator for one");
        }
        limits.beginRegistration(client);
        return signedIn(issuer, createUser(email, password, displayName));
    }

    @Override
    public AccountView create(String email, String password, String displayName) {
        return view(createUser(email, password, displayName));
    }

    private UserEntity createUser(String email, String password, String displayName) {
        String normalized = normalize(email);
        String name = displayName == null || displayName.isBlank()
                ? normalized.substring(0, normalized.indexOf('@'))
                : displayName.strip();
        String hash = passwordEncoder.encode(password);
        UserEntity user;
        try {
            user = transactions.execute(status -> {
                if (users.findByEmail(normalized).isPresent()) {
                    throw emailTaken();
                }
                UserEntity created = users.saveAndFlush(UserEntity.local(normalized, hash, name));
                events.publishEvent(new UserRegistered(created.id(), created.displayName()));
                return created;
            });
        } catch (DataIntegrityViolationException e) {
            throw emailTaken();
        }
        return user;
    }

    @Override
    public SignedIn login(String email, String password, InetAddress client) {
        TokenService issuer = requireLocalAccounts();
        String normalized = normalize(email);
        AbuseLimits.LoginAttempt attempt = limits.beginLogin(normalized, client);
        Optional<UserEntity> user = users.findByEmail(normalized);
        String hash = user.map(UserEntity::passwordHash).orElse(dummyHash);
        boolean matches = passwordEncoder.matches(password, hash);
        if (user.isEmpty() || !matches) {
            throw new DomainException(SecurityError.INVALID_CREDENTIALS, "Wrong email or password");
        }
        attempt.succeeded();
        return signedIn(issuer, user.get());
    }

    @Transactional(readOnly = true)
    public Optional<AuthenticatedUser> findLocal(UUID id) {
        return users.findById(id).map(u -> new AuthenticatedUser(u.id(), u.displayName()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountView> describe(UUID id) {
        return users.findById(id).map(AccountService::view);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, AccountView> describeAll(Collection<UUID> ids) {
        return users.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toUnmodifiableMap(UserEntity::id, AccountService::view));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountView> findByEmail(String email) {
        return email == null || email.isBlank()
                ? Optional.empty()
                : users.findByEmail(normalize(email)).map(AccountService::view);
    }

    /** Finds or creates the user for an OIDC identity; safe under concurrent first sign-ins. */
    public AuthenticatedUser resolveExternal(String issuer, String subject, String displayName) {
        Optional<UserEntity> existing = users.findByIssuerAndSubject(issuer, subject);
        if (existing.isPresent()) {
            return new AuthenticatedUser(existing.get().id(), existing.get().displayName());
        }
        String name = displayName == null || displayName.isBlank() ? subject : displayName;
        try {
            UserEntity created = transactions.execute(status -> {
                UserEntity user = users.saveAndFlush(UserEntity.external(issuer, subject, name));
                events.publishEvent(new UserRegistered(user.id(), user.displayName()));
                return user;
            });
            return new AuthenticatedUser(created.id(), created.displayName());
        } catch (DataIntegrityViolationException raced) {
            UserEntity user = users.findByIssuerAndSubject(issuer, subject).orElseThrow(() -> raced);
            return new AuthenticatedUser(user.id(), user.displayName());
        }
    }

    private TokenService requireLocalAccounts() {
        if (tokens == null) {
            throw new DomainException(
                    SecurityError.LOCAL_ACCOUNTS_DISABLED,
                    "This server signs users in through its OIDC issuer; local accounts are disabled");
        }
        return tokens;
    }

    private static SignedIn signedIn(TokenService issuer, UserEntity user) {
        TokenService.IssuedToken token = issuer.issue(user.id(), user.displayName());
        return new SignedIn(view(user), token.value(), token.expiresInSeconds());
    }

    private static AccountView view(UserEntity user) {
        return new AccountView(user.id(), user.email(), user.displayName());
    }

    private static String normalize(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static DomainException emailTaken() {
        return new DomainException(SecurityError.EMAIL_TAKEN, "An account with this email already exists");
    }
}
