namespace Syndicator.Storage.Entities;

public static class SourceKinds
{
    public const string Feed = "feed";
    public const string Html = "html";
}
