package io.ecstriage.aws;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;

/**
 * An HTTP client built on another thread. Building one loads the JDK's trust store and TLS context (~70 ms
 * of a cold start), which no SDK client needs until it sends its first request: meanwhile the SDK clients
 * are built, and the first request waits for the rest.
 */
final class BackgroundHttpClient implements SdkHttpClient {
    private final FutureTask<SdkHttpClient> delegate;

    BackgroundHttpClient(Supplier<SdkHttpClient> build) {
        this.delegate = new FutureTask<>(build::get);
        Thread builder = new Thread(delegate, "http-client-setup");
        builder.setDaemon(true);
        builder.start();
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return delegate().prepareRequest(request);
    }

    @Override
    public String clientName() {
        return "UrlConnection";
    }

    @Override
    public void close() {
        delegate().close();
    }

    private SdkHttpClient delegate() {
        try {
            return delegate.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up the HTTP client", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
