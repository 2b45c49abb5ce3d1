namespace Syndicator.Connectors.Tests.Fetching;

/// <summary>A clock frozen at one instant; timers still run on real time.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
