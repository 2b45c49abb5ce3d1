namespace Syndicator.Worker.Composition;

/// <summary>The values of <c>ThemeCadence.Mode</c> and <c>ThemeCadence.Period</c>.</summary>
public static class CadenceModes
{
    public const string Single = "single";
    public const string Digest = "digest";
    public const string Tips = "tips";

    public const string Daily = "daily";
    public const string Weekly = "weekly";
    public const string Monthly = "monthly";
}
