using System.Globalization;
using System.Net;

namespace Syndicator.Connectors.Fetching;

/// <summary>
/// Fetches feeds over HTTP(S) (and file:// for allowed demo sources) with conditional GET, a size cap
/// counted after decompression, manual redirects with a cap and loop detection, an overall deadline,
/// an idle limit between body reads (a stalled server fails early) and one request in flight per host.
/// Register as a singleton: the per-host gate lives in the instance.
/// The <see cref="HttpClient"/> should use <see cref="CreateHandler"/> (no automatic redirects).
/// </summary>
public sealed class HttpFeedFetcher(HttpClient client, FetcherOptions options) : IFeedFetcher
{
    private const string Accept =
        "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, text/html;q=0.7, */*;q=0.5";

    private readonly HostGate hostGate = new();
    private readonly FileFeedReader fileReader = new(options);

    /// <summary>A handler suited to this fetcher: no automatic redirects, all decompression, bounded connect time.</summary>
    public static SocketsHttpHandler CreateHandler() => new()
    {
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectTimeout = TimeSpan.FromSeconds(10),
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        UseCookies = false,
    };

    public async Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Url.IsFile)
        {
            return await fileReader.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (request.Url.Scheme is not ("http" or "https"))
        {
            return new FetchResult.Failed($"unsupported URL scheme '{request.Url.Scheme}'", true, null);
        }

        using var deadline = new CancellationTokenSource(options.Timeout, options.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            return await FollowAsync(request, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new FetchResult.Failed(TimedOut(), false, null);
        }
        catch (HttpRequestException ex)
        {
            return new FetchResult.Failed($"request failed: {ex.Message}", false, null);
        }
        catch (IOException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return deadline.IsCancellationRequested
                ? new FetchResult.Failed(TimedOut(), false, null)
                : new FetchResult.Failed($"connection broken: {ex.Message}", false, null);
        }
    }

    private string TimedOut() => string.Create(CultureInfo.InvariantCulture, $"timed out after {options.Timeout.TotalSeconds:0.###} s");

    private async Task<FetchResult> FollowAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var url = request.Url;
        var visited = new HashSet<Uri> { url };
        for (var redirects = 0; ; redirects++)
        {
            using var gate = await hostGate.EnterAsync(url, cancellationToken).ConfigureAwait(false);
            using var response = await SendAsync(url, request, cancellationToken).ConfigureAwait(false);
            if (!HttpResponseInterpreter.IsRedirect(response.StatusCode) || response.Headers.Location is null)
            {
                return await CompleteAsync(response, url, cancellationToken).ConfigureAwait(false);
            }

            var next = new Uri(url, response.Headers.Location);
            if (redirects + 1 > options.MaxRedirects)
            {
                return new FetchResult.Failed($"too many redirects ({redirects + 1})", false, null);
            }

            if (next.Scheme is not ("http" or "https"))
            {
                return new FetchResult.Failed($"redirect to unsupported scheme '{next.Scheme}'", true, null);
            }

            if (!visited.Add(next))
            {
                return new FetchResult.Failed("redirect loop", false, null);
            }

            url = next;
        }
    }

    private async Task<HttpResponseMessage> SendAsync(Uri url, FetchRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", Accept);
        if (!string.IsNullOrWhiteSpace(request.ETag))
        {
            message.Headers.TryAddWithoutValidation("If-None-Match", request.ETag);
        }

        if (request.LastModified is { } lastModified)
        {
            message.Headers.IfModifiedSince = lastModified;
        }

        return await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FetchResult> CompleteAsync(HttpResponseMessage response, Uri url, CancellationToken cancellationToken)
    {
        var freshFor = HttpResponseInterpreter.FreshFor(response, options.TimeProvider);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult.NotModified(freshFor);
        }

        if (!response.IsSuccessStatusCode)
        {
            return HttpResponseInterpreter.Failure(response, options.TimeProvider);
        }

        if (response.Content.Headers.ContentLength > options.MaxBodyBytes)
        {
            return new FetchResult.Failed(ByteSize.TooLarge(options.MaxBodyBytes), false, null);
        }

        using var idle = new IdleReadGuard(options.IdleTimeout, options.TimeProvider, cancellationToken);
        byte[]? body;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            body = await CappedBodyReader.ReadAsync(stream, options.MaxBodyBytes, idle).ConfigureAwait(false);
        }
        catch (Exception ex) when ((ex is OperationCanceledException or IOException) && idle.Expired && !cancellationToken.IsCancellationRequested)
        {
            return new FetchResult.Failed(idle.Reason, false, null);
        }

        if (body is null)
        {
            return new FetchResult.Failed(ByteSize.TooLarge(options.MaxBodyBytes), false, null);
        }

        return new FetchResult.Fetched(
            body,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified,
            url,
            freshFor);
    }
}
