namespace Syndicator.Worker.Lifecycle.Accounts;

/// <summary>Reads a channel secret from <c>SYNDICATOR_SECRET</c> or, when input is piped, from stdin; never from arguments.</summary>
public static class SecretInput
{
    public const string EnvironmentVariable = "SYNDICATOR_SECRET";

    public static async Task<string?> ReadAsync(CancellationToken cancellationToken)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment)) return fromEnvironment;
        if (!Console.IsInputRedirected) return null;
        var text = await Console.In.ReadToEndAsync(cancellationToken);
        var secret = text.TrimEnd('\r', '\n');
        return secret.Length == 0 ? null : secret;
    }
}
