using Microsoft.Extensions.Options;
using Syndicator.Worker.Hosting;

namespace Syndicator.Worker.Lifecycle;

/// <summary>Validates <c>Syndicator:Webhooks</c> at start-up, naming each bad key.</summary>
public sealed class LifecycleWebhookOptionsValidator : IValidateOptions<SyndicatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SyndicatorOptions options)
    {
        var failures = new List<string>();
        var webhooks = options.Webhooks;
        if (webhooks.Every < TimeSpan.FromSeconds(1)) Fail(failures, "Every", "must be at least 00:00:01.");
        if (webhooks.BatchSize is < 1 or > 1000) Fail(failures, "BatchSize", "must be between 1 and 1000.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < webhooks.Subscribers.Count; i++)
        {
            var s = webhooks.Subscribers[i];
            var key = $"Subscribers:{i}";
            if (string.IsNullOrWhiteSpace(s.Name)) Fail(failures, $"{key}:Name", "is required.");
            else if (!names.Add(s.Name)) Fail(failures, $"{key}:Name", $"'{s.Name}' is used by another subscriber.");
            if (!Uri.TryCreate(s.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                Fail(failures, $"{key}:Url", "must be an absolute http(s) URL.");
            if (string.IsNullOrEmpty(s.Secret) || s.Secret.Length < 16) Fail(failures, $"{key}:Secret", "is required (at least 16 characters).");
            if (s.Events.Count == 0 || s.Events.Any(string.IsNullOrWhiteSpace))
                Fail(failures, $"{key}:Events", "must list event names such as post.approved, delivery.published, delivery.dead, or \"*\".");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Fail(List<string> failures, string member, string message) =>
        failures.Add($"Configuration error in '{LifecycleWebhookOptions.Section}:{member}': {message}");
}
