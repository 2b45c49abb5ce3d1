using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Syndicator.Connectors.Portal;

namespace Syndicator.Worker.Lifecycle;

/// <summary>POSTs one signed batch; the signature is the portal webhook's (<see cref="WebhookSignature"/>).</summary>
public sealed class LifecycleWebhookPoster(HttpClient http, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <returns>Null when the subscriber answered 2xx, otherwise why not.</returns>
    public async Task<string?> PostAsync(WebhookSubscriberOptions subscriber, LifecycleBatch batch, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(batch, Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, subscriber.Url);
        request.Headers.Add(WebhookHeaders.Signature, WebhookSignature.Compute(body, subscriber.Secret));
        request.Headers.Add(WebhookHeaders.Delivery, $"{subscriber.Name}:{batch.Events[0].Id}-{batch.Events[^1].Id}");
        request.Headers.Add(WebhookHeaders.Timestamp, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" } } };
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            return response.IsSuccessStatusCode ? null : $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
        }
        catch (HttpRequestException ex)
        {
            return $"Cannot reach {request.RequestUri!.GetLeftPart(UriPartial.Authority)}: {ex.Message}";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"{request.RequestUri!.GetLeftPart(UriPartial.Authority)} did not answer in time.";
        }
    }
}
