namespace Syndicator.Connectors.Publishing;

/// <summary>Last line of defence: removes a secret (or parts of a "user:password" secret) from readable text.</summary>
public static class SecretRedactor
{
    public static string Redact(string text, params string?[] secrets)
    {
        foreach (var secret in secrets)
        {
            if (!string.IsNullOrEmpty(secret) && secret.Length >= 6)
            {
                text = text.Replace(secret, "***", StringComparison.Ordinal);
            }
        }

        return text;
    }
}
