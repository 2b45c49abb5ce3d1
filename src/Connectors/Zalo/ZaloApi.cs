using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Syndicator.Connectors.Zalo;

/// <summary>Sends OA API calls with the bare <c>access_token</c> header. Transport exceptions propagate.</summary>
public sealed class ZaloApi(HttpClient httpClient)
{
    public async Task<ZaloReply> PostAsync(Uri uri, JsonNode body, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = JsonContent.Create(body) };
        return await SendAsync(request, accessToken, cancellationToken);
    }

    public async Task<ZaloReply> GetAsync(Uri uri, string accessToken, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        return await SendAsync(request, accessToken, cancellationToken);
    }

    private async Task<ZaloReply> SendAsync(HttpRequestMessage request, string accessToken, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation("access_token", accessToken);
        using var response = await httpClient.SendAsync(request, cancellationToken);
        return await ZaloReply.ReadAsync(response, cancellationToken);
    }
}
