using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Syndicator.Connectors.Publishing;

namespace Syndicator.Connectors.Portal;

/// <summary>
/// Pushes posts to a commune portal that exposes a signed webhook (see WEBHOOK.md). Receivers must be idempotent
/// on <c>X-Syndicator-Delivery</c>, so a retry after an Ambiguous answer cannot create a second post.
/// </summary>
public sealed class WebhookConnector(HttpClient httpClient, TimeProvider timeProvider) : IChannelConnector
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public string Kind => "webhook";

    public async Task<PublishOutcome> PublishAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (!TryGetTarget(request.Account, WebhookSettings.Url, out var url) || string.IsNullOrEmpty(request.Account.Secret))
        {
            return new PublishOutcome.Failed(FailureKind.Rejected, "The webhook channel needs a 'url' setting and a shared secret.");
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(Payload(request), Json);
        using var message = Signed(HttpMethod.Post, url, body, request);
        message.Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };
        try
        {
            using var response = await httpClient.SendAsync(message, cancellationToken);
            return await ReadOutcomeAsync(response, request, cancellationToken);
        }
        catch (Exception exception) when (TransportFailure.TryClassify(exception, "the portal webhook", true, cancellationToken, out var failed))
        {
            return failed;
        }
    }

    /// <summary>Without a lookup URL returns null: a retry is safe because receivers de-duplicate on the delivery key.</summary>
    public async Task<PublishOutcome.Published?> ReconcileAsync(PublishRequest request, CancellationToken cancellationToken)
    {
        if (!TryGetTarget(request.Account, WebhookSettings.LookupUrl, out var lookup) || string.IsNullOrEmpty(request.Account.Secret))
        {
            return null;
        }

        var uri = new Uri(lookup + (string.IsNullOrEmpty(lookup.Query) ? "?" : "&") + "deliveryKey=" + Uri.EscapeDataString(request.DeliveryKey));
        using var message = Signed(HttpMethod.Get, uri, [], request);
        try
        {
            using var response = await httpClient.SendAsync(message, cancellationToken);
            return (int)response.StatusCode == 404 ? null
                : await ReadOutcomeAsync(response, request, cancellationToken) as PublishOutcome.Published
                  ?? throw new ReconcileFailedException($"The portal lookup answered HTTP {(int)response.StatusCode}.");
        }
        catch (Exception exception) when (TransportFailure.TryClassify(exception, "the portal lookup", false, cancellationToken, out var failed))
        {
            throw new ReconcileFailedException(failed.Detail, exception);
        }
    }

    private static async Task<PublishOutcome> ReadOutcomeAsync(HttpResponseMessage response, PublishRequest request, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var snippet = SecretRedactor.Redact(text.Length > 200 ? text[..200] : text, request.Account.Secret).Trim();
            var retryAfter = response.Headers.RetryAfter?.Delta;
            return WebhookErrorClassifier.Classify((int)response.StatusCode, snippet, retryAfter);
        }

        var (id, url) = ParseReceipt(text);
        return new PublishOutcome.Published(id ?? request.DeliveryKey, url);
    }

    private static (string? Id, string? Url) ParseReceipt(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Object ? (Text(root, "id"), Text(root, "url")) : (null, null);
        }
        catch (JsonException)
        {
            return (null, null);
        }
    }

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value)
            ? value.ValueKind switch { JsonValueKind.String => value.GetString(), JsonValueKind.Number => value.GetRawText(), _ => null }
            : null;

    private HttpRequestMessage Signed(HttpMethod method, Uri uri, byte[] body, PublishRequest request)
    {
        var message = new HttpRequestMessage(method, uri);
        message.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Compute(body, request.Account.Secret!));
        message.Headers.Add(WebhookHeaders.Delivery, request.DeliveryKey);
        message.Headers.Add(WebhookHeaders.Timestamp, timeProvider.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return message;
    }

    private WebhookPayload Payload(PublishRequest request)
    {
        var c = request.Content;
        return new WebhookPayload(request.DeliveryKey, c.Title, c.Html, c.Summary, c.Link, c.ImageUrl, c.Categories, c.Hashtags, timeProvider.GetUtcNow());
    }

    private static bool TryGetTarget(ChannelAccountContext account, string key, out Uri uri)
    {
        uri = null!;
        return account.Settings.TryGetValue(key, out var value) && Uri.TryCreate(value, UriKind.Absolute, out uri!)
            && uri.Scheme is "http" or "https";
    }
}
