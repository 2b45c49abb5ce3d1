namespace Syndicator.Connectors.Facebook;

/// <summary>
/// Sends Graph API requests with the token as the documented <c>access_token</c> parameter (form field for POST,
/// query parameter for GET). Transport exceptions propagate to the caller for classification.
/// </summary>
public sealed class FacebookGraphClient(HttpClient httpClient)
{
    public async Task<GraphReply> PostFormAsync(
        Uri uri, IEnumerable<KeyValuePair<string, string>> fields, string token, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(fields.Append(new("access_token", token)));
        using var response = await httpClient.PostAsync(uri, content, cancellationToken);
        return await GraphReply.ReadAsync(response, cancellationToken);
    }

    public async Task<GraphReply> GetAsync(Uri uri, string token, CancellationToken cancellationToken)
    {
        var separator = string.IsNullOrEmpty(uri.Query) ? "?" : "&";
        using var response = await httpClient.GetAsync(new Uri(uri + separator + "access_token=" + Uri.EscapeDataString(token)), cancellationToken);
        return await GraphReply.ReadAsync(response, cancellationToken);
    }
}
