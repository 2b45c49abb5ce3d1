namespace Syndicator.Tests.Infrastructure;

/// <summary>Waits for a condition that real processes make true, polling, with a hard limit (no fixed sleeps).</summary>
public static class Eventually
{
    public static async Task<bool> TrueAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return true;
            await Task.Delay(250);
        }
        return await condition();
    }
}
