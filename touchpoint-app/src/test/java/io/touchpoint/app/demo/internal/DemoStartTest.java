package io.touchpoint.app.demo.internal;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.touchpoint.app.customer.CustomerProfiles;
import io.touchpoint.app.demo.DemoData;
import io.touchpoint.app.demo.DemoData.Status;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

class DemoStartTest {

    DemoData demo = mock(DemoData.class);
    CustomerProfiles profiles = mock(CustomerProfiles.class);

    private void start(boolean property, String... args) {
        new DemoStart(demo, profiles, property).run(new DefaultApplicationArguments(args));
    }

    @Test
    void loadsIntoAnEmptyDatabaseWhenStartedWithDemo() {
        when(demo.status()).thenReturn(Status.NOT_LOADED);
        start(false, "--demo");
        verify(demo).load();
    }

    @Test
    void loadsWhenThePropertyAsksForIt() {
        when(demo.status()).thenReturn(Status.NOT_LOADED);
        start(true);
        verify(demo).load();
    }

    @Test
    void doesNothingWithoutTheOption() {
        start(false, "--port=8080");
        start(false, "--demo=false");
        verify(demo, never()).status();
        verify(demo, never()).load();
    }

    @Test
    void doesNotLoadTwice() {
        when(demo.status()).thenReturn(Status.LOADED);
        start(false, "--demo");
        verify(demo, never()).load();
    }

    @Test
    void resumesAnInterruptedLoadEvenThoughProfilesExist() {
        when(demo.status()).thenReturn(Status.LOADING);
        when(profiles.count()).thenReturn(12_000L);
        start(false, "--demo");
        verify(demo).load();
    }

    @Test
    void refusesToMixDemoGuestsIntoExistingCustomers() {
        when(demo.status()).thenReturn(Status.NOT_LOADED);
        when(profiles.count()).thenReturn(3L);
        start(false, "--demo");
        verify(demo, never()).load();
    }
}
