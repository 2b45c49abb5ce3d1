namespace Syndicator.Connectors.Tests.Channels;

/// <summary>A clock the test sets by hand; timers are not faked (connectors only read the time or delay by zero).</summary>
public sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
