using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Syndicator.Worker.Hosting;

/// <summary>Validates the options tree and names each bad setting by its full configuration key.</summary>
public sealed class SyndicatorOptionsValidator : IValidateOptions<SyndicatorOptions>
{
    public ValidateOptionsResult Validate(string? name, SyndicatorOptions options)
    {
        var failures = new List<string>();
        Check(options, ConfigKeys.Section, failures);
        Check(options.Jobs, $"{ConfigKeys.Section}:Jobs", failures);
        Check(options.Ingestion, $"{ConfigKeys.Section}:Ingestion", failures);
        Check(options.Fetching, $"{ConfigKeys.Section}:Fetching", failures);
        Check(options.Publishing, $"{ConfigKeys.Section}:Publishing", failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(object target, string prefix, List<string> failures)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true)) return;
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty("?"))
                failures.Add($"Configuration error in '{prefix}:{member}': {result.ErrorMessage}");
        }
    }
}
