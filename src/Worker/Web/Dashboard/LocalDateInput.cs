using System.Globalization;
using Syndicator.Worker.Composition;

namespace Syndicator.Worker.Web.Dashboard;

/// <summary>Reads and writes the "dd/MM/yyyy HH:mm" local times editors type.</summary>
public static class LocalDateInput
{
    public const string Format = "dd/MM/yyyy HH:mm";

    /// <summary>Empty input is a valid "no time"; anything else must parse.</summary>
    public static bool TryParse(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateTime.TryParseExact(text.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)) return false;
        value = LocalTime.FromLocal(local);
        return true;
    }

    public static string Show(DateTimeOffset? at) =>
        at is { } v ? LocalTime.ToLocal(v).ToString(Format, CultureInfo.InvariantCulture) : "";
}
