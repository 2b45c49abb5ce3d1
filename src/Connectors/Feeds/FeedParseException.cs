namespace Syndicator.Connectors.Feeds;

/// <summary>The content could not be read as any feed; the message is readable by an operator.</summary>
public sealed class FeedParseException(string message, Exception? inner = null) : Exception(message, inner);
