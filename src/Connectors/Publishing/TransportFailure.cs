using System.Diagnostics.CodeAnalysis;

namespace Syndicator.Connectors.Publishing;

/// <summary>
/// Classifies exceptions thrown by <see cref="HttpClient"/> into publish failures. Messages never include the
/// exception text (it can carry URLs); a caller's own cancellation is never classified and must propagate.
/// </summary>
public static class TransportFailure
{
    /// <param name="exception">What the HTTP call threw.</param>
    /// <param name="channel">Readable channel name for the detail, e.g. "WordPress".</param>
    /// <param name="mayHaveApplied">True for state-changing requests: a time-out after sending is Ambiguous.</param>
    /// <param name="cancellationToken">The caller's token; when it is cancelled nothing is classified.</param>
    /// <param name="failed">The classified failure.</param>
    public static bool TryClassify(
        Exception exception,
        string channel,
        bool mayHaveApplied,
        CancellationToken cancellationToken,
        [NotNullWhen(true)] out PublishOutcome.Failed? failed)
    {
        failed = null;
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        failed = exception switch
        {
            TaskCanceledException or TimeoutException => AfterSend(
                channel, mayHaveApplied, $"{channel} did not answer within the time-out"),
            HttpRequestException { HttpRequestError: var error } when IsBeforeSend(error) => new PublishOutcome.Failed(
                FailureKind.Transient, $"Could not connect to {channel} ({error}); nothing was sent."),
            HttpRequestException { HttpRequestError: var error } => AfterSend(
                channel, mayHaveApplied, $"The connection to {channel} failed while waiting for the answer ({error})"),
            IOException => AfterSend(channel, mayHaveApplied, $"The connection to {channel} broke"),
            _ => null,
        };
        return failed is not null;
    }

    /// <summary>For read-only calls (look-ups) nothing can have been applied, so Ambiguous becomes Transient.</summary>
    public static PublishOutcome.Failed AsReadFailure(PublishOutcome.Failed failed) =>
        failed.Kind == FailureKind.Ambiguous ? failed with { Kind = FailureKind.Transient } : failed;

    private static bool IsBeforeSend(HttpRequestError error) => error is HttpRequestError.ConnectionError
        or HttpRequestError.NameResolutionError
        or HttpRequestError.SecureConnectionError
        or HttpRequestError.ProxyTunnelError;

    private static PublishOutcome.Failed AfterSend(string channel, bool mayHaveApplied, string what) =>
        mayHaveApplied
            ? new PublishOutcome.Failed(
                FailureKind.Ambiguous, $"{what}; the request may have been applied. Reconcile before retrying.")
            : new PublishOutcome.Failed(FailureKind.Transient, $"{what}; nothing was changed on {channel}.");
}
