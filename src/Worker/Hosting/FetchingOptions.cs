using System.ComponentModel.DataAnnotations;

namespace Syndicator.Worker.Hosting;

/// <summary><c>Syndicator:Fetching</c>: time limits of one source fetch.</summary>
public sealed class FetchingOptions : IValidatableObject
{
    /// <summary>Overall deadline of one fetch, redirects and body included.</summary>
    [Range(typeof(TimeSpan), "00:00:02", "00:10:00")] public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest wait for the next bytes of a body; must be shorter than <see cref="Timeout"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")] public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromSeconds(20);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IdleTimeout >= Timeout)
            yield return new ValidationResult($"must be shorter than Syndicator:Fetching:Timeout ({Timeout}), or it never fires.", [nameof(IdleTimeout)]);
    }
}
