package com.theogen.demo.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.theogen.demo.DemoProjects;
import com.theogen.demo.DemoProperties;
import com.theogen.security.UserRegistered;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DemoSeederTest {

    private final DemoProjects demos = mock(DemoProjects.class);

    @Test
    void aFailingSeedNeverFailsTheRegistration() {
        UUID user = UUID.randomUUID();
        when(demos.create(user)).thenThrow(new IllegalStateException("database down"));

        assertThatCode(() -> new DemoSeeder(demos, new DemoProperties(true))
                        .onUserRegistered(new UserRegistered(user, "Ana")))
                .doesNotThrowAnyException();
        verify(demos).create(user);
    }

    @Test
    void seedsNothingWhenSwitchedOff() {
        new DemoSeeder(demos, new DemoProperties(false)).onUserRegistered(new UserRegistered(UUID.randomUUID(), "Ana"));
        verify(demos, never()).create(org.mockito.ArgumentMatchers.any());
    }
}
