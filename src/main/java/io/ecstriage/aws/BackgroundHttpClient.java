package io.ecstriage.aws;

import io.ecstriage.concurrent.BackgroundTask;
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
    private final BackgroundTask<SdkHttpClient> delegate;

    BackgroundHttpClient(Supplier<SdkHttpClient> build) {
        this.delegate = BackgroundTask.start("http-client-setup", build::get);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        return delegate.join().prepareRequest(request);
    }

    @Override
    public String clientName() {
        return "UrlConnection";
    }

    @Override
    public void close() {
        delegate.join().close();
    }
}
